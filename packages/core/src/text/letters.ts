/**
 * Letter classes of code points, as the regex classes `\p{L}`, `\p{Lu}` and `\p{Ll}` decide them, read
 * from a table instead of a regex: for scanners that visit every character of a text, where a Unicode
 * property test per character (hundreds of ranges for `\p{Lu}` alone) is the cost.
 */

const LETTER = 1;
const UPPER = 2;
const LOWER = 4;
const KNOWN = 8;

const IS_LETTER = /^\p{L}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_LOWER = /^\p{Ll}$/u;

function classify(char: string): number {
  return (
    KNOWN | (IS_LETTER.test(char) ? LETTER : 0) | (IS_UPPER.test(char) ? UPPER : 0) | (IS_LOWER.test(char) ? LOWER : 0)
  );
}

/** The classes of the code points of the Basic Multilingual Plane, each classified the first time it is seen. */
const BMP = new Uint8Array(0x10000);

function classesOf(cp: number): number {
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
