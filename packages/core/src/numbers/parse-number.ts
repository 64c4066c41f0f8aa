/**
 * One written number ("5.990", "139,33", "80,7 tỷ", "hai mươi mốt") to its value.
 */
import { type DecimalDigits, parseDigitLiteral, scaleDecimal } from './digits.js';
import { SCALE_EXPONENTS } from './vocabulary.js';
import { parseNumberWords } from './words.js';

/** A digit literal token: "5.990", "139,33", "1,234,567", "02". */
const DIGIT_LITERAL = /^(?<literal>\d[\d.,]*)$/;
/** A word token of letters only: "hai", "mươi", "tỷ". */
const WORD_TOKEN = /^(?<word>[\p{L}\p{M}]+)$/u;
/** A spaced-thousands group after the first: the "452" of "5 452". */
const THREE_DIGITS = /^(?<group>\d{3})$/;
/** A first spaced-thousands group: the "5" of "5 452", "12" of "12 345 678". */
const ONE_TO_THREE_DIGITS = /^(?<group>\d{1,3})$/;

/** A whitespace-free token of a number phrase: "80,7", "tỷ", "mươi". */
const TOKEN = /(?<token>\S+)/gu;

/** NFC, lowercase, whitespace-separated tokens; [] for blank input. */
function tokenizeNumberText(s: string): string[] {
  return s.normalize('NFC').toLowerCase().match(TOKEN) ?? [];
}

interface Segment {
  digits: DecimalDigits;
  exponent: number;
}

/**
 * Digit numbers with optional scale words, tokens already split: ["80,7", "tỷ"], ["5", "452"],
 * ["1", "tỷ", "200", "triệu"]. Several segments must each carry a scale, in strictly decreasing
 * order, each below the previous scale ("1 tỷ 200 triệu"); only a lone segment may have a fraction.
 */
function parseDigitTokens(tokens: readonly string[]): number | null {
  const segments: Segment[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!DIGIT_LITERAL.test(first)) return null;
    let literal = first;
    i++;
    // Spaced thousands: "5 452", "12 345 678".
    if (ONE_TO_THREE_DIGITS.test(first) && THREE_DIGITS.test(tokens[i] ?? '')) {
      while (THREE_DIGITS.test(tokens[i] ?? '')) literal += tokens[i++];
    }
    const digits = parseDigitLiteral(literal);
    if (digits === null) return null;
    let exponent = 0;
    let lastScale = 0;
    for (let e = SCALE_EXPONENTS.get(tokens[i] ?? ''); e !== undefined && e > lastScale; ) {
      exponent += e;
      lastScale = e;
      e = SCALE_EXPONENTS.get(tokens[++i] ?? '');
    }
    segments.push({ digits, exponent });
  }
  if (segments.length === 0) return null;
  if (segments.length === 1) return scaleDecimal(segments[0]!.digits, segments[0]!.exponent);
  let total = 0;
  let previous = Number.POSITIVE_INFINITY;
  for (const { digits, exponent } of segments) {
    if (exponent === 0 || exponent >= previous || digits.fraction !== '') return null;
    const value = scaleDecimal(digits, exponent);
    if (value === null || value === 0 || value >= 10 ** previous) return null;
    total += value;
    previous = exponent;
  }
  return Number.isSafeInteger(total) ? total : null;
}

/**
 * Parses a whole string as exactly one number, or returns null.
 *
 * Digits follow Vietnamese usage ("." thousands, "," decimals) with an English-style fallback
 * only where the Vietnamese reading is impossible ("99.07", "1,234,567"); the ambiguous "1,234"
 * reads as 1.234. Spaced thousands ("5 452") join when every later group has exactly 3 digits.
 * Scale words follow digits ("80,7 tỷ", "1,5 triệu", "3 nghìn", "2 trăm", "1 tỷ 200 triệu").
 * Spelled numerals are read by {@link parseNumberWords}. Signs, "%", dates ("15/5/2016") and
 * times are not numbers here: null.
 *
 * @example
 * parseNumber('1.234.567,5'); // 1234567.5
 * parseNumber('80,7 tỷ'); // 80700000000
 * parseNumber('hai mươi mốt'); // 21
 * parseNumber('139,33%'); // null
 */
export function parseNumber(s: string): number | null {
  const tokens = tokenizeNumberText(s);
  if (tokens.length === 0) return null;
  if (tokens.every((t) => WORD_TOKEN.test(t))) return parseNumberWords(tokens);
  return parseDigitTokens(tokens);
}
