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
export { type AnalyzeOptions, analyze } from './analyze/analyze.js';
export {
  type DistrictRow,
  describeProvince,
  findDistricts,
  findProvinceCode,
  foldPlaceName,
  guessProvince,
  type ProvinceGuess,
} from './analyze/guess-province.js';
export { opensLine } from './analyze/number-mentions.js';
export { findOrganizations, type OrganizationMention } from './analyze/organizations.js';
export { PROVINCES } from './analyze/provinces.js';
export { type ResolvedUnit, resolveUnit, type UnitContext, type UnitLevel } from './analyze/resolve-unit.js';
export type * from './analyze/types.js';
export { readUnit } from './analyze/units.js';
export { type DateToken, findDates } from './dates/find-dates.js';
export {
  type CompletedDay,
  completeDay,
  type DateOptions,
  isCalendarDate,
  type ParsedDate,
  type PartOfDay,
  parseDate,
} from './dates/parse-date.js';
// Scanner helpers shared with @vnpr/extractors (one reader of periods for core and the extractors), not library API.
export { type HalfYear, readHalfYear, readPeriod, readQuarter, readTerm, readYear } from './dates/period.js';
export { InputError, type InputErrorCode } from './errors.js';
export { findNumbers, type NumberToken } from './numbers/find-numbers.js';
export { parseNumber } from './numbers/parse-number.js';
export { type SentenceSpan, splitSentences } from './segment/split-sentences.js';
export { type DecodeResult, decode, repairMojibake } from './text/decode.js';
export {
  codePointBefore,
  isAlphanumeric,
  isLetter,
  isLetterOrMark,
  isLowerLetter,
  isMark,
  isUpperLetter,
  letterRunEnd,
  matchAllNotAfter,
} from './text/letters.js';
export { foldTone, type NormalizedText, normalize, toSourceSpan, widenToGroups } from './text/normalize.js';
