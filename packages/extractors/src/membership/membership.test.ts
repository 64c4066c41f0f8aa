import { runFixtures } from '../testing/run-fixtures.js';

runFixtures('membership', import.meta.dirname);
