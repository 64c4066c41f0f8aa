import { runFixtures } from '../testing/run-fixtures.js';

runFixtures('participation', import.meta.dirname);
