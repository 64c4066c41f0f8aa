/**
 * Vietnamese numerals spelled in words ("hai mươi mốt", "một trăm linh năm", "một nghìn chín trăm").
 */
import {
  ABBREVIATED_NEXT_PLACE,
  HALF_WORD,
  HUNDRED_WORD,
  LEAD_DIGITS,
  LONE_DIGITS,
  SCALE_EXPONENTS,
  TEEN_WORD,
  TENS_WORDS,
  UNITS_AFTER_TEEN,
  UNITS_AFTER_TENS,
  UNITS_AFTER_ZERO_TENS,
  ZERO_TENS_WORDS,
} from './vocabulary.js';

interface GroupResult {
  /** 0–999. */
  value: number;
  /** Index of the first word after the group. */
  next: number;
  /** True when the group stopped right after "trăm" ("hai trăm"), so "hai trăm tư" may abbreviate 240. */
  endsWithHundred: boolean;
}

/** Scale words above the three-digit group: nghìn/ngàn 3, triệu 6, tỷ/tỉ 9. */
function groupScaleExponent(word: string | undefined): number | null {
  if (word === undefined || word === HUNDRED_WORD) return null;
  return SCALE_EXPONENTS.get(word) ?? null;
}

/**
 * Reads a group below one thousand at `i`. `leading` is false after a scale word, where
 * "không trăm" and a bare "linh năm" are allowed ("một nghìn không trăm linh năm", "một nghìn linh năm").
 */
function parseGroup(words: readonly string[], i: number, leading: boolean): GroupResult | null {
  let value = 0;
  let hundreds = false;
  const first = words[i];
  if (first !== undefined && words[i + 1] === HUNDRED_WORD) {
    const digit = LEAD_DIGITS.get(first) ?? (!leading && first === 'không' ? 0 : undefined);
    if (digit === undefined) return null;
    value = digit * 100;
    hundreds = true;
    i += 2;
  }
  const word = words[i];
  if (word !== undefined && ZERO_TENS_WORDS.has(word)) {
    if (!hundreds && leading) return null;
    const unit = UNITS_AFTER_ZERO_TENS.get(words[i + 1] ?? '');
    if (unit === undefined) return null;
    return { value: value + unit, next: i + 2, endsWithHundred: false };
  }
  if (word === TEEN_WORD) {
    const unit = UNITS_AFTER_TEEN.get(words[i + 1] ?? '');
    return unit === undefined
      ? { value: value + 10, next: i + 1, endsWithHundred: false }
      : { value: value + 10 + unit, next: i + 2, endsWithHundred: false };
  }
  const digit = word === undefined ? undefined : LEAD_DIGITS.get(word);
  if (digit !== undefined) {
    const after = words[i + 1];
    if (after !== undefined && TENS_WORDS.has(after)) {
      if (digit === 1 && after !== 'chục') return null; // "một mươi" is not Vietnamese; 10 is "mười"
      const tens = value + digit * 10;
      const unit = after === 'chục' ? undefined : UNITS_AFTER_TENS.get(words[i + 2] ?? '');
      return unit === undefined
        ? { value: tens, next: i + 2, endsWithHundred: false }
        : { value: tens + unit, next: i + 3, endsWithHundred: false };
    }
    if (!hundreds) return { value: digit, next: i + 1, endsWithHundred: false };
  }
  if (hundreds) return { value, next: i, endsWithHundred: true };
  return null;
}

/** The value of a phrase-final abbreviation ("mốt", "tư", "rưỡi") one place below 10^exponent. */
function abbreviatedTail(word: string, exponent: number): number | null {
  if (word === HALF_WORD) return 10 ** exponent / 2;
  const digit = ABBREVIATED_NEXT_PLACE.get(word);
  return digit === undefined ? null : digit * 10 ** (exponent - 1);
}

/**
 * Reads a whole phrase of lowercase NFC number words, or null when it is not one well-formed numeral.
 * Groups below a thousand are joined by strictly decreasing scales (nghìn, triệu, tỷ, or stacked
 * "nghìn tỷ" = 10^12). Single words: digits, "không" (0), "tư" (4) and "mười" (10).
 *
 * @example
 * parseNumberWords(['một', 'trăm', 'linh', 'năm']); // 105
 * parseNumberWords(['hai', 'mươi', 'năm']); // null ("twenty years")
 */
export function parseNumberWords(words: readonly string[]): number | null {
  if (words.length === 0) return null;
  if (words.length === 1) return words[0] === TEEN_WORD ? 10 : (LONE_DIGITS.get(words[0]!) ?? null);
  let total = 0;
  let previousExponent = Number.POSITIVE_INFINITY;
  let i = 0;
  while (i < words.length) {
    const leading = i === 0;
    const group = parseGroup(words, i, leading);
    if (group === null) return null;
    i = group.next;
    // Stacked scales multiply: "nghìn tỷ" = 10^3 · 10^9.
    let exponent = 0;
    let lastScale = 0;
    for (let e = groupScaleExponent(words[i]); e !== null && e > lastScale; e = groupScaleExponent(words[i])) {
      exponent += e;
      lastScale = e;
      i++;
    }
    const isLast = i === words.length;
    if (exponent === 0) {
      if (group.endsWithHundred && i === words.length - 1) {
        const tail = abbreviatedTail(words[i]!, 2);
        if (tail === null) return null;
        total += group.value + tail;
        break;
      }
      if (!isLast) return null;
      // A bare unit after a scale ("một nghìn năm") is ambiguous: "nghìn linh năm" or "nghìn rưỡi" say it.
      if (!leading && group.value < 10 && !ZERO_TENS_WORDS.has(words[i - 2] ?? '')) return null;
      total += group.value;
      break;
    }
    if (group.value === 0 || exponent >= previousExponent) return null;
    total += group.value * 10 ** exponent;
    previousExponent = exponent;
    if (i === words.length - 1) {
      const tail = abbreviatedTail(words[i]!, exponent);
      if (tail !== null) {
        total += tail;
        break;
      }
    }
  }
  return Number.isSafeInteger(total) ? total : null;
}
