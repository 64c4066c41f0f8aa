/**
 * `@vnpr/core/scanner`: the small text scanners extractors are written with. Not the library API of `@vnpr/core`
 * (its root export): these follow what the built-in extractors need and may change in a minor version.
 *
 * @example
 * import { isLetter, readUnit } from '@vnpr/core/scanner';
 * readUnit('đảng viên mới', 0) // → { unit: 'đảng viên', length: 9 }
 */
export { opensLine } from './analyze/number-mentions.js';
export { readUnit } from './analyze/units.js';
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
