import { runFixtures } from '../testing/run-fixtures.js';

runFixtures('award', import.meta.dirname);
