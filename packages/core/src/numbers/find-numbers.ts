/**
 * Every written number in a text, with offsets: digits ("5.990", "139,33"), digits with a scale
 * word ("80,7 tỷ"), spaced thousands ("5 452") and spelled numerals ("hai mươi mốt").
 */
import { codePointBefore, isAlphanumeric, isLetterOrMark } from '../text/letters.js';
import { type DecimalDigits, parseDigitLiteral, scaleDecimal } from './digits.js';
import { DIGIT_WORDS, LEAD_DIGITS, NUMBER_WORDS, SCALE_EXPONENTS, TEEN_WORD } from './vocabulary.js';
import { parseNumberWords } from './words.js';

export interface NumberToken {
  start: number;
  end: number;
  raw: string;
  value: number;
}

/**
 * A digit run: "5.990", "139,33", "1.234.567,5". One glued to a preceding letter or digit ("02" in "H5N1") is
 * skipped by the caller (see `gluesToDigits`).
 */
const DIGIT_RUN = /\d[\d.,]*/gu;
/** Trailing separators that end a sentence or a list, not the number: the "." of "năm 2019." */
const TRAILING_SEPARATORS = /(?<trailing>[.,]+)$/u;
/** The " 452" of "Trong tuần: 5 452": one space, exactly three digits, then no more digits or separators. */
const SPACED_GROUP = /[ \u00A0\u202F](?<group>\d{3})(?![\p{N}\p{L}\p{M}]|[.,/:-]\p{N})/uy;
/**
 * A scale word after digits: the " tỷ" of "80,7 tỷ đồng", " triệu", " nghìn"/" ngàn", " trăm", " tỉ"; not the "tỷ"
 * of "tỷ lệ"/"tỉ lệ" (a rate) or "tỷ trọng" (a share): "Năm 2018 tỷ lệ đảng viên …" is the year 2018.
 */
const SCALE_WORD =
  /[ \u00A0\u202F](?<scale>(?:tỷ|tỉ)(?![\p{L}\p{M}])(?![ \u00A0\u202F](?:lệ|trọng)(?![\p{L}\p{M}]))|(?:triệu|nghìn|ngàn|trăm)(?![\p{L}\p{M}]))/iuy;
/** The next scaled segment of a compound amount: the " 200" of "1 tỷ 200 triệu". */
const NEXT_SEGMENT = /[ \u00A0\u202F](?<literal>\d+)(?![\p{L}\p{M}\p{N}.,])/uy;
/** A word of a possible numeral phrase at a position: "hai", "mươi", "mốt", "trăm", "linh". */
const WORD_AT = /[\p{L}\p{M}]+/uy;
/** A short integer that may open spaced thousands: the "5" of "5 452". */
const SHORT_INTEGER = /^(?<digits>\d{1,3})$/u;
/** A plain digit run inside an unreadable literal: the "1", "2", "3" of "1.2.3". */
const PLAIN_DIGITS = /(?<digits>\d+)/gu;

/** Longest numeral phrase tried, in words ("một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn..." fits). */
const MAX_PHRASE_WORDS = 24;

interface ScaledRead {
  end: number;
  exponent: number;
}

/** Reads a chain of increasing scale words at `pos` ("80,7| tỷ", "5| nghìn tỷ"). */
function readScales(text: string, pos: number): ScaledRead {
  let exponent = 0;
  let lastScale = 0;
  let end = pos;
  for (;;) {
    SCALE_WORD.lastIndex = end;
    const m = SCALE_WORD.exec(text);
    const e = m ? SCALE_EXPONENTS.get(m.groups!.scale!.normalize('NFC').toLowerCase()) : undefined;
    if (!m || e === undefined || e <= lastScale) return { end, exponent };
    exponent += e;
    lastScale = e;
    end = SCALE_WORD.lastIndex;
  }
}

/** Appends scaled segments smaller than the last one: "1 tỷ| 200 triệu| 500 nghìn". */
function readCompound(text: string, end: number, exponent: number, value: number): { end: number; value: number } {
  let previous = exponent;
  while (previous > 0) {
    NEXT_SEGMENT.lastIndex = end;
    const m = NEXT_SEGMENT.exec(text);
    if (!m) break;
    const scales = readScales(text, NEXT_SEGMENT.lastIndex);
    const digits: DecimalDigits = { integer: m.groups!.literal!, fraction: '' };
    const part = scaleDecimal(digits, scales.exponent);
    if (scales.exponent === 0 || scales.exponent >= previous || part === null || part === 0) break;
    if (part >= 10 ** previous) break;
    value += part;
    end = scales.end;
    previous = scales.exponent;
  }
  return { end, value };
}

function pushToken(out: NumberToken[], text: string, start: number, end: number, value: number | null): void {
  if (value !== null && Number.isFinite(value)) out.push({ start, end, raw: text.slice(start, end), value });
}

/**
 * What may not stand right before a digit run: a letter, mark, number or "_" (what the pattern would say
 * with a lookbehind, `(?<![\p{L}\p{M}\p{N}_])`, which would make it slow to search for).
 */
const gluesToDigits = (cp: number) => cp === 0x5f || isAlphanumeric(cp);

function findDigitNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    const start = m.index;
    if (gluesToDigits(codePointBefore(text, start))) {
      DIGIT_RUN.lastIndex = start + 1;
      continue;
    }
    const literal = m[0].replace(TRAILING_SEPARATORS, '');
    let end = start + literal.length;
    let digits = parseDigitLiteral(literal);
    if (digits === null) {
      // Unreadable as one number ("1.2.3", "1.2.3,4,5"): keep its plain digit runs for the caller.
      for (const d of literal.matchAll(PLAIN_DIGITS)) {
        pushToken(out, text, start + d.index, start + d.index + d[0].length, Number(d[0]));
      }
      DIGIT_RUN.lastIndex = end;
      continue;
    }
    if (SHORT_INTEGER.test(literal)) {
      let grouped = literal;
      SPACED_GROUP.lastIndex = end;
      for (let g = SPACED_GROUP.exec(text); g !== null; g = SPACED_GROUP.exec(text)) {
        grouped += g.groups!.group!;
        end = SPACED_GROUP.lastIndex;
      }
      digits = { integer: grouped, fraction: '' };
    }
    const scales = readScales(text, end);
    let value = scaleDecimal(digits, scales.exponent);
    end = scales.end;
    if (value !== null && scales.exponent > 0 && digits.fraction === '') {
      const compound = readCompound(text, end, scales.exponent, value);
      end = compound.end;
      value = compound.value;
    }
    pushToken(out, text, start, end, value);
    DIGIT_RUN.lastIndex = end;
  }
  return out;
}

/** Horizontal spaces, the only gap allowed inside a numeral phrase ("hai mươi", not "hai, mươi"). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f;
}

/** Length of the longest number word ("nghìn", "triệu"), in code units of its NFC form. */
const LONGEST_NUMBER_WORD = Math.max(...[...NUMBER_WORDS].map((word) => word.length));

/**
 * True when a word is already in NFC: each of its code units is below U+0300 or a precomposed Latin
 * letter (U+1E00–U+1EFF), none of which composes or decomposes under NFC. Every Vietnamese word
 * written with precomposed letters passes, so `normalize('NFC')` (a call into ICU) is skipped for it.
 */
function isPlainNfc(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return false;
  }
  return true;
}

/**
 * The lowercase NFC form of a word, as `raw.normalize('NFC').toLowerCase()`, or '' for a word in NFC
 * that is longer than every number word (lower-casing these letters never shortens them), since such
 * a word can only end a run.
 */
function numberWordKey(raw: string): string {
  if (!isPlainNfc(raw)) return raw.normalize('NFC').toLowerCase();
  return raw.length > LONGEST_NUMBER_WORD ? '' : raw.toLowerCase();
}

/** Alternation of words in NFC and NFD, longest first, for a regex. */
function wordAlternation(words: Iterable<string>): string {
  const forms = new Set([...words].flatMap((word) => [word, word.normalize('NFD')]));
  return [...forms].sort((a, b) => b.length - a.length).join('|');
}

/**
 * Where a numeral phrase of two or more words may open: a digit word or "mười" ("hai mươi", "mười lăm"),
 * then spaces and another number word. Most texts have few; the words between them are never looked at.
 */
const PHRASE_START = new RegExp(
  `(?:${wordAlternation([...LEAD_DIGITS.keys(), TEEN_WORD])})[ \\t\\u00A0\\u202F]+(?:${wordAlternation(NUMBER_WORDS)})(?![\\p{L}\\p{M}])`,
  'giu',
);

interface WordAt {
  word: string;
  start: number;
  end: number;
}

/**
 * The run of number words from `start`: adjacent words (horizontal spaces between them) up to the
 * first other word, punctuation, or two digit words side by side ("một năm", "năm năm": never one numeral).
 */
function readRun(text: string, start: number): WordAt[] {
  const run: WordAt[] = [];
  let pos = start;
  for (;;) {
    WORD_AT.lastIndex = pos;
    const m = WORD_AT.exec(text);
    if (!m) break;
    const word = numberWordKey(m[0]);
    const previous = run[run.length - 1];
    if (!NUMBER_WORDS.has(word) || (previous && DIGIT_WORDS.has(previous.word) && DIGIT_WORDS.has(word))) break;
    run.push({ word, start: pos, end: WORD_AT.lastIndex });
    pos = WORD_AT.lastIndex;
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
    if (pos === WORD_AT.lastIndex) break;
  }
  return run;
}

/** The longest readable phrase of 2+ words in each run of adjacent number words, left to right. */
function findWordNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  PHRASE_START.lastIndex = 0;
  for (let m = PHRASE_START.exec(text); m !== null; m = PHRASE_START.exec(text)) {
    // Inside a word ("chai ba"): not a phrase; look again from the next character.
    if (isLetterOrMark(codePointBefore(text, m.index))) {
      PHRASE_START.lastIndex = m.index + 1;
      continue;
    }
    const run = readRun(text, m.index);
    let i = 0;
    while (i < run.length - 1) {
      let found = false;
      const first = run[i]!.word;
      // A numeral of two or more words opens with a digit ("hai mươi") or "mười" ("mười lăm").
      if (LEAD_DIGITS.has(first) || first === TEEN_WORD) {
        for (let j = Math.min(run.length, i + MAX_PHRASE_WORDS); j >= i + 2; j--) {
          const value = parseNumberWords(run.slice(i, j).map((w) => w.word));
          if (value !== null) {
            pushToken(out, text, run[i]!.start, run[j - 1]!.end, value);
            i = j;
            found = true;
            break;
          }
        }
      }
      if (!found) i++;
    }
    // The next run may open with the word that ended this one ("năm| hai mươi").
    PHRASE_START.lastIndex = run.length > 0 ? run[run.length - 1]!.end : m.index + 1;
  }
  return out;
}

/**
 * Finds every written number in a text, in order and without overlaps, with offsets into `text`.
 *
 * - Digits: Vietnamese grouping and decimals as {@link parseNumber} reads them ("5.990", "139,33").
 *   A run that cannot be one number ("1.2.3") yields its plain digit runs. Runs glued to a preceding
 *   letter ("H5N1", "8h30"'s "30") are skipped; "%" and units after the digits are not included.
 * - A following scale word belongs to the token ("80,7 tỷ" = 80 700 000 000), as does a compound
 *   amount with decreasing scales ("1 tỷ 200 triệu").
 * - Spaced thousands: a 1–3 digit integer followed by one space and exactly three digits (not
 *   followed by more digits, a letter or a separator and digit) is one number: "5 452" = 5452.
 * - Ratios and ranges are separate tokens ("209/150", "140 - 150"); digit runs inside dates,
 *   times and document numbers are returned too: the caller resolves overlaps with dates.
 * - Spelled numerals only as phrases of two or more number words ("hai mươi mốt", "ba trăm");
 *   single words ("năm", "một", "tư", "mười") are never returned.
 *
 * @example
 * findNumbers('kết nạp 209/150 đảng viên, đạt 139,33%, tổng số tiền trên 80,7 tỷ đồng');
 * // [{ raw: '209', value: 209 }, { raw: '150', value: 150 }, { raw: '139,33', value: 139.33 },
 * //  { raw: '80,7 tỷ', value: 80700000000 }] (with start/end offsets)
 */
export function findNumbers(text: string): NumberToken[] {
  const all = [...findDigitNumbers(text), ...findWordNumbers(text)].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NumberToken[] = [];
  for (const token of all) {
    const last = out[out.length - 1];
    if (!last || token.start >= last.end) out.push(token);
  }
  return out;
}
