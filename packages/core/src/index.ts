export {
  ABBREVIATION_LEXICON,
  type AbbreviationCategory,
  type AbbreviationDefinition,
  type AbbreviationEntry,
  canonicalAbbreviation,
  expandAbbreviation,
  findAbbreviationDefinitions,
  lookupAbbreviation,
} from './abbreviations/expand-abbreviation.js';
export { type AnalyzeOptions, analyze, decodeDocument } from './analyze/analyze.js';
export {
  type DistrictRow,
  describeProvince,
  findDistricts,
  findProvinceCode,
  foldPlaceName,
  guessProvince,
  type ProvinceGuess,
} from './analyze/guess-province.js';
export { findOrganizations, type OrganizationMention } from './analyze/organizations.js';
export { PROVINCES } from './analyze/provinces.js';
export { type ResolvedUnit, resolveUnit, type UnitContext, type UnitLevel } from './analyze/resolve-unit.js';
export type * from './analyze/types.js';
export { type DateToken, findDates } from './dates/find-dates.js';
export {
  type CompletedDay,
  completeDay,
  type DateOptions,
  isCalendarDate,
  PARTS_OF_DAY,
  type ParsedDate,
  type PartOfDay,
  parseDate,
  readDateAt,
} from './dates/parse-date.js';
// Scanner helpers shared with @vnpr/extractors (one reader of periods for core and the extractors), not library API.
export { type HalfYear, readHalfYear, readPeriod, readQuarter, readTerm, readYear } from './dates/period.js';
export { InputError, type InputErrorCode } from './errors.js';
export { findNumbers, type NumberToken } from './numbers/find-numbers.js';
export { parseNumber } from './numbers/parse-number.js';
/**
 * Scanner helpers: the small text scanners the built-in extractors are written with (letter classes, the counted
 * noun after a number, whether a line opens a list item). Kept here for plugins written against them; new code
 * imports them from `@vnpr/core/scanner`. They are not the library API: they may change in a minor version.
 */
export * from './scanner.js';
export { type SentenceSpan, splitSentences } from './segment/split-sentences.js';
export { type DecodeResult, decode, repairMojibake } from './text/decode.js';
export { foldTone, type NormalizedText, normalize, toSourceSpan, widenToGroups } from './text/normalize.js';
