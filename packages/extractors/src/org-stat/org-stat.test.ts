import { runFixtures } from '../testing/run-fixtures.js';

runFixtures('orgStat', import.meta.dirname);
