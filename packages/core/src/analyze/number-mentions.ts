import type { DateToken } from '../dates/find-dates.js';
import { findNumbers, type NumberToken } from '../numbers/find-numbers.js';
import { isLetterOrMark } from '../text/letters.js';
import type { NumberKind, NumberMention, Qualifier } from './types.js';
import { readUnit } from './units.js';

// Words before a number that qualify it: "trên 90%", "hơn 80 tỷ", "gần 100", "khoảng 50", "từ 140 - 150", "ít nhất 01".
const QUALIFIERS: readonly Qualifier[] = [
  'trên',
  'hơn',
  'gần',
  'khoảng',
  'từ',
  'dưới',
  'ít nhất',
  'tối thiểu',
  'tối đa',
];
const QUALIFIER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<q>${QUALIFIERS.join('|')})\\s+$`, 'iu');

// Words before a 4-digit number that make it a year: "năm 2019", "nhiệm kỳ 2015", "giai đoạn 2021", "khóa 2020".
const YEAR_BEFORE = /(?:năm|nhiệm kỳ|giai đoạn|khóa|đến|từ|tháng\s+\d{1,2}\/|\/)\s*$/iu;

// Words before a number that make it an ordinal: "lần thứ 17", "thứ 3", "số 01" (not "tổng số 4.294").
const ORDINALS = ['lần thứ', 'thứ', 'hạng', 'kỳ họp thứ', 'khóa'];
const ORDINAL_BEFORE = new RegExp(`(?:${ORDINALS.join('|')}|(?<![\\p{L}])(?<!tổng )(?<!với )(?<!có )số)\\s+$`, 'iu');

// The last word of each of those: a pattern is tried only when the text before the number ends with one of them
// (and its spaces), which is cheap to test and rare.
const lastWord = (words: string) => words.slice(words.lastIndexOf(' ') + 1);
const QUALIFIER_LAST_WORDS = [...new Set(QUALIFIERS.map(lastWord))];
const ORDINAL_LAST_WORDS = [...new Set([...ORDINALS.map(lastWord), 'số'])];

/** True when `before`, its white space at the end left out and lowercased, ends with one of `words`. */
function endsWithWord(before: string, words: readonly string[]): boolean {
  const tail = before.trimEnd().slice(-8).toLowerCase();
  return words.some((w) => tail.endsWith(w));
}

// Between the two numbers of a range: "140 - 150", "2015 – 2020", "từ 3 đến 5".
const RANGE_JOIN = /^\s*(?:-|–|—|đến|tới)\s*$/u;

const SPACE = /^\s$/u;

// A percent sign after the number, with at most one white space before it: "90%", "90 %".
const PERCENT_AFTER = /^\s?%/;

// Money units: "80,7 tỷ đồng", "1,5 triệu đồng", "200.000 đồng", "USD".
const MONEY_UNITS = new Set(['đồng', 'USD']);

/** A letter or combining mark at `at` (one UTF-16 unit, as `[\p{L}\p{M}]` tests a one-character string; a lone surrogate or the text's end is none). */
const isLetterAt = (text: string, at: number): boolean => {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  return (c < 0xd800 || c > 0xdfff) && isLetterOrMark(c);
};

/**
 * Finds the numbers of a normalized text and reads each in its context: kind, counted noun, qualifier,
 * the denominator of a ratio ("209/150") and the upper bound of a range ("140 - 150").
 * Numbers inside dates and document symbols ("05-CT/TW") are left out.
 *
 * Rules: "a/b" is a ratio unless it is part of a date mention (the date finder decides: "ngày 02/01" and
 * "Chiều 02/01" are dates, "09/10 chỉ tiêu" and "81/81 chi bộ" are ratios).
 */
export function findNumberMentions(
  text: string,
  dates: readonly DateToken[],
  sentenceOf: (offset: number) => number,
): NumberMention[] {
  const tokens = outside(findNumbers(text), dates).filter((t) => !isSymbolPart(text, t));
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    let end = t.end;
    let kind: NumberKind = 'count';
    let denominator: number | null = null;
    let max: number | null = null;
    const between = next ? text.slice(t.end, next.start) : '';
    if (next && between === '/' && !isLetterAt(text, next.end)) {
      kind = 'ratio';
      denominator = next.value;
      end = next.end;
      i++;
    } else if (next && RANGE_JOIN.test(between) && !between.includes('\n') && next.value >= t.value) {
      kind = 'range';
      max = next.value;
      end = next.end;
      i++;
    }
    const before = text.slice(Math.max(0, t.start - 24), t.start);
    // Qualifiers and ordinal words stand before a space ("trên 90%"): with none, neither pattern is tried.
    const spaced = t.start > 0 && SPACE.test(text.charAt(t.start - 1));
    const qualifier = spaced
      ? ((endsWithWord(before, QUALIFIER_LAST_WORDS)
          ? (QUALIFIER_BEFORE.exec(before)?.groups?.q?.toLowerCase() ?? null)
          : null) as Qualifier | null)
      : null;
    let unit: string | null = null;
    let pos = end;
    // The percent sign is looked for only where it can be (a "%" right after, or after one more character).
    const pct =
      text.charCodeAt(end) === 37 || text.charCodeAt(end + 1) === 37
        ? PERCENT_AFTER.exec(text.slice(end, end + 2))
        : null;
    if (pct) {
      kind = kind === 'count' ? 'percent' : kind;
      unit = '%';
      pos = end + pct[0].length;
    } else {
      const u = readUnit(text, pos + (text.charCodeAt(pos) === 32 ? 1 : 0));
      if (u) unit = u.unit;
    }
    const plainYear = t.raw.length === 4 && /^\d{4}$/.test(t.raw) && t.value >= 1900 && t.value <= 2100;
    if (kind === 'count' || kind === 'range') {
      if (plainYear && (YEAR_BEFORE.test(before) || unit === null || kind === 'range')) kind = 'year';
      else if (
        (spaced && endsWithWord(before, ORDINAL_LAST_WORDS) && ORDINAL_BEFORE.test(before)) ||
        isListMarker(text, t) ||
        isInlineMarker(text, t)
      )
        kind = 'ordinal';
      else if (unit && MONEY_UNITS.has(unit)) kind = 'money';
    }
    if (kind === 'year' || kind === 'ordinal') unit = kind === 'year' ? null : unit;
    out.push({
      start: t.start,
      end: pct && kind === 'percent' ? pos : end,
      raw: text.slice(t.start, pct && kind === 'percent' ? pos : end),
      value: t.value,
      kind,
      unit,
      qualifier,
      denominator,
      max,
      sentence: sentenceOf(t.start),
    });
  }
  return out;
}

/** The tokens that overlap none of the spans; both lists are in text order, so one sweep does it. */
function outside(tokens: readonly NumberToken[], spans: readonly { start: number; end: number }[]): NumberToken[] {
  // A text with no dates keeps every token. A copy of an empty list is another kind of array to
  // V8 than one of objects, and meeting it late in a run made it recompile `findNumberMentions`.
  if (spans.length === 0) return tokens.slice();
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const out: NumberToken[] = [];
  let j = 0;
  let reach = -1; // the furthest end among spans that start before the token
  for (const t of tokens) {
    while (j < sorted.length && sorted[j]!.start < t.end) reach = Math.max(reach, sorted[j++]!.end);
    if (reach <= t.start) out.push(t);
  }
  return out;
}

// "05-CT/TW", "3286-QĐ/TU", "B52", "COVID-19", "GMT+7": a number glued to letters is a code, not a quantity.
function isSymbolPart(text: string, t: NumberToken): boolean {
  if (isLetterAt(text, t.start - 1) || (isLetterAt(text, t.end) && !/^[hg]\d/u.test(text.slice(t.end, t.end + 2))))
    return true;
  // Each pattern is tried only where its first character (after the number) or last one (before it) stands.
  if (text.charCodeAt(t.end) === 45 && /^-\s?\p{Lu}/u.test(text.slice(t.end, t.end + 3))) return true;
  const joiner = text.charCodeAt(t.start - 1);
  if (
    (joiner === 45 || joiner === 47 || joiner === 43) &&
    /\p{L}[-/+]$/u.test(text.slice(Math.max(0, t.start - 2), t.start))
  )
    return true;
  return false;
}

// "(3)" or "3." at the start of a line: the index of a list item.
function isListMarker(text: string, t: NumberToken): boolean {
  const paren = t.start > 0 && text.charAt(t.start - 1) === '(';
  const after = text.charCodeAt(t.end);
  if (paren ? after !== 41 : (after !== 46 && after !== 41) || !/^[.)]\s/.test(text.slice(t.end, t.end + 2)))
    return false;
  return opensLine(text, paren ? t.start - 1 : t.start);
}

// "…: (1) Hằng năm …; (2) kết nạp …": a small number in parentheses followed by a space marks a list item.
function isInlineMarker(text: string, t: NumberToken): boolean {
  return (
    /^\d{1,2}$/.test(t.raw) && t.start > 0 && text.charAt(t.start - 1) === '(' && text.slice(t.end, t.end + 2) === ') '
  );
}

/** True when only spaces stand between `at` and the start of its line (looks back a few characters, not the line). */
export function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 8 && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i--;
  return i < 0 || text.charAt(i) === '\n';
}
