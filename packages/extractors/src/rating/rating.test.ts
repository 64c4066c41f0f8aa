import { runFixtures } from '../testing/run-fixtures.js';

runFixtures('rating', import.meta.dirname);
