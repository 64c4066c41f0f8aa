import type { Extractor } from './contract.js';

/**
 * The built-in extractors, by hand, in the order they run when priorities tie. Adding an extractor is
 * adding its folder and one line here.
 */
export const builtinExtractors: readonly Extractor[] = [];
