import { runFixtures } from '../testing/run-fixtures.js';

runFixtures('target', import.meta.dirname);
