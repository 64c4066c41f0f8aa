export { InputError, type InputErrorCode } from './errors.js';
export { decode, repairMojibake, type DecodeResult } from './text/decode.js';
export { normalize, toSourceSpan, foldTone, type NormalizedText } from './text/normalize.js';
export { splitSentences, type SentenceSpan } from './segment/split-sentences.js';
export { parseNumber } from './numbers/parse-number.js';
export { findNumbers, type NumberToken } from './numbers/find-numbers.js';
export { parseDate, type ParsedDate, type PartOfDay, type DateOptions } from './dates/parse-date.js';
export { findDates, type DateToken } from './dates/find-dates.js';
export {
  expandAbbreviation,
  findAbbreviationDefinitions,
  canonicalAbbreviation,
  lookupAbbreviation,
  ABBREVIATION_LEXICON,
  type AbbreviationDefinition,
  type AbbreviationEntry,
  type AbbreviationCategory,
} from './abbreviations/expand-abbreviation.js';
export type * from './analyze/types.js';
export { analyze, type AnalyzeOptions } from './analyze/analyze.js';
export { findOrganizations, type OrganizationMention } from './analyze/organizations.js';
export { guessProvince } from './analyze/metadata.js';
export { readUnit } from './analyze/units.js';
export { PROVINCES } from './analyze/provinces.js';
