import { runFixtures } from '../testing/run-fixtures.js';

runFixtures('quantity', import.meta.dirname);
