/**
 * Character classes of code points, as the regex classes `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{M}` and `\p{N}`
 * decide them, read from a table instead of a regex: for scanners that visit every character of a text,
 * where a Unicode property test per character (hundreds of ranges for `\p{Lu}` alone) is the cost, and for
 * the "no letter before" test that a pattern would otherwise open with. A regex that opens with a
 * lookbehind (`(?<![\p{L}])…`) is tried at every character of the text; without it, V8 skips ahead to the
 * characters the pattern can start with.
 */

const LETTER = 1;
const UPPER = 2;
const LOWER = 4;
const MARK = 8;
const NUMBER = 16;
const KNOWN = 32;

const CLASSES: readonly [RegExp, number][] = [
  [/^\p{L}$/u, LETTER],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{Ll}$/u, LOWER],
  [/^\p{M}$/u, MARK],
  [/^\p{N}$/u, NUMBER],
];

function classify(char: string): number {
  let classes = KNOWN;
  for (const [pattern, bit] of CLASSES) if (pattern.test(char)) classes |= bit;
  return classes;
}

/** The classes of the code points of the Basic Multilingual Plane, each classified the first time it is seen. */
const BMP = new Uint8Array(0x10000);

function classesOf(cp: number): number {
  if (cp < 0) return 0;
  if (cp >= 0x10000) return classify(String.fromCodePoint(cp));
  let classes = BMP[cp]!;
  if (classes === 0) {
    classes = classify(String.fromCharCode(cp));
    BMP[cp] = classes;
  }
  return classes;
}

/** True for a letter of any script (`\p{L}`): "a", "Đ", "ữ"; not digits, marks or punctuation. */
export function isLetter(cp: number): boolean {
  return (classesOf(cp) & LETTER) !== 0;
}

/** True for an uppercase letter (`\p{Lu}`): "A", "Đ", "Ữ". */
export function isUpperLetter(cp: number): boolean {
  return (classesOf(cp) & UPPER) !== 0;
}

/** True for a lowercase letter (`\p{Ll}`): "a", "đ", "ữ". */
export function isLowerLetter(cp: number): boolean {
  return (classesOf(cp) & LOWER) !== 0;
}

/** True for a combining mark (`\p{M}`): "\u0301", "\u0323". */
export function isMark(cp: number): boolean {
  return (classesOf(cp) & MARK) !== 0;
}

/** True for a letter or a combining mark (`[\p{L}\p{M}]`): a code point inside a word. */
export function isLetterOrMark(cp: number): boolean {
  return (classesOf(cp) & (LETTER | MARK)) !== 0;
}

/** True for a letter, a mark or a number (`[\p{L}\p{M}\p{N}]`): "a", "\u0301", "5", "½". */
export function isAlphanumeric(cp: number): boolean {
  return (classesOf(cp) & (LETTER | MARK | NUMBER)) !== 0;
}

/**
 * The code point that ends right before `index` (a surrogate pair read as one), or -1 at the start:
 * what a lookbehind of one character sees.
 */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/**
 * Every match of a global `pattern` in `text` that no code point passing `before` stands right before:
 * `matchAllNotAfter(text, /Chi bộ/gu, isLetter)` finds what `/(?<![\p{L}])Chi bộ/gu` finds (the first `limit` of them), without the
 * leading lookbehind that makes V8 try the pattern at every character. A match rejected for the code point
 * before it is searched again from its next character, as the lookbehind pattern would be.
 *
 * @example
 * matchAllNotAfter('Chi bộ, Đảng ủy; xChi bộ', /Chi bộ|Đảng ủy/gu, isLetter).map((m) => m.index) // [0, 8]
 */
export function matchAllNotAfter(
  text: string,
  pattern: RegExp,
  before: (cp: number) => boolean,
  limit = Number.POSITIVE_INFINITY,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null && out.length < limit; m = pattern.exec(text)) {
    const rejected = before(codePointBefore(text, m.index));
    if (!rejected) out.push(m);
    if (rejected || m[0] === '') pattern.lastIndex = m.index + 1;
  }
  return out;
}

/**
 * The end of the run of letters (`\p{L}+`) that starts at `start`: `start` itself when no letter is
 * there. ASCII is decided inline, the rest through the table.
 *
 * @example
 * letterRunEnd('quan-Doanh nghiệp', 5) // 10 (after "Doanh")
 */
export function letterRunEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // a-z and A-Z (setting the 0x20 bit lower-cases an ASCII letter)
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) {
        i++;
        continue;
      }
      break;
    }
    const cp = text.codePointAt(i)!;
    if (!isLetter(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}
