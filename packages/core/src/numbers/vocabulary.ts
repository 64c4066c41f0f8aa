/**
 * Vietnamese number vocabulary shared by the digit and the word parsers.
 * Keys are lowercase NFC words; values are data, not code.
 */

/** Powers of ten named by scale words written after a numeral ("80,7 tỷ", "hai triệu", "3 nghìn"). */
export const SCALE_EXPONENTS: ReadonlyMap<string, number> = new Map([
  ['trăm', 2], // hundred
  ['nghìn', 3], // thousand (northern)
  ['ngàn', 3], // thousand (southern)
  ['triệu', 6], // million
  ['tỷ', 9], // billion
  ['tỉ', 9], // billion, older spelling
]);

/** Digit words that can lead a numeral ("hai mươi", "ba trăm", "năm triệu"). */
export const LEAD_DIGITS: ReadonlyMap<string, number> = new Map([
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['năm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['bẩy', 7], // regional spelling
  ['tám', 8],
  ['chín', 9],
]);

/** Digit words accepted when the whole phrase is that one word ("không" = 0, "tư" = 4). */
export const LONE_DIGITS: ReadonlyMap<string, number> = new Map([...LEAD_DIGITS, ['không', 0], ['tư', 4]]);

/** Units after "mười" (10): "mười một" 11, "mười lăm" 15, "mười tư" 14; "mười năm" is "ten years", so not here. */
export const UNITS_AFTER_TEEN: ReadonlyMap<string, number> = new Map([
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['tư', 4],
  ['lăm', 5],
  ['nhăm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['bẩy', 7],
  ['tám', 8],
  ['chín', 9],
]);

/** Units after "mươi" (tens): "hai mươi mốt" 21, "ba mươi tư" 34, "năm mươi lăm" 55; "hai mươi năm" is "twenty years". */
export const UNITS_AFTER_TENS: ReadonlyMap<string, number> = new Map([...UNITS_AFTER_TEEN, ['mốt', 1]]);

/** Units after "linh"/"lẻ" (zero tens): "một trăm linh năm" 105, "linh tư" 104. */
export const UNITS_AFTER_ZERO_TENS: ReadonlyMap<string, number> = new Map([...LEAD_DIGITS, ['tư', 4]]);

/**
 * A lone digit closing a phrase right after "trăm" or a scale word names the next lower place:
 * "một trăm hai" 120, "hai nghìn mốt" 2 100, "một triệu hai" 1 200 000. "một" ("a") and "năm"
 * ("year": "một trăm năm" is "a hundred years") are left out on purpose.
 */
export const ABBREVIATED_NEXT_PLACE: ReadonlyMap<string, number> = new Map([
  ['mốt', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['tư', 4],
  ['sáu', 6],
  ['bảy', 7],
  ['bẩy', 7],
  ['tám', 8],
  ['chín', 9],
]);

/** "mười" = 10, the teen word. */
export const TEEN_WORD = 'mười';
/** "mươi" (after 2–9) and "chục" (after 1–9) multiply by ten. */
export const TENS_WORDS: ReadonlySet<string> = new Set(['mươi', 'chục']);
/** "trăm" = hundred inside a three-digit group. */
export const HUNDRED_WORD = 'trăm';
/** "linh"/"lẻ" mark an empty tens place: "một trăm linh năm" = 105. */
export const ZERO_TENS_WORDS: ReadonlySet<string> = new Set(['linh', 'lẻ']);
/** "rưỡi" = and a half of the preceding place: "hai triệu rưỡi" = 2 500 000. */
export const HALF_WORD = 'rưỡi';

/** Words that name a single digit; two of them are never adjacent inside one numeral. */
export const DIGIT_WORDS: ReadonlySet<string> = new Set([...LONE_DIGITS.keys(), ...UNITS_AFTER_TENS.keys()]);

/** Every word that may appear inside a numeral phrase. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...SCALE_EXPONENTS.keys(),
  ...LONE_DIGITS.keys(),
  ...UNITS_AFTER_TENS.keys(),
  TEEN_WORD,
  ...TENS_WORDS,
  ...ZERO_TENS_WORDS,
  HALF_WORD,
]);
