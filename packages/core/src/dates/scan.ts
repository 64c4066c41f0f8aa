/**
 * The date scanner behind parseDate and findDates: finds date cores ("16/1/2020", "14-1",
 * "ngày 3 tháng 2 năm 2020", "tháng 12/2019"), then widens each to the words around it
 * (part of day, "ngày", weekday, a time before or after, "(GMT+7)").
 */

import { isAlphanumeric, isLetterOrMark, matchAllNotAfter } from '../text/letters.js';
import { type CalendarDay, type ClockTime, clockTime, formatDay, MAX_YEAR, MIN_YEAR, resolveDay } from './calendar.js';
import type { DateMention, PartOfDay, ReferenceSpan } from './types.js';

/**
 * "find" keeps only what is clearly a date in running text: a yearless "14-1" needs "ngày",
 * "hôm", a part of day or a weekday before it. "parse" reads one phrase the caller already
 * isolated: yearless short forms and "năm 2019" are accepted there.
 */
export type ScanMode = 'find' | 'parse';

/** Horizontal whitespace inside one date phrase (dates never span lines). */
const H = '[ \\t\\u00A0\\u202F]';
/** A clock time: "15:34", "08:46:10", "8h30", "8h", "8g30", "8 giờ", "8 giờ 30 phút". */
const TIME_SOURCE = `\\d{1,2}(?::\\d{2}(?::\\d{2})?|[hg](?:\\d{2})?(?![\\p{L}\\p{M}])|${H}*giờ(?:${H}*\\d{1,2}(?:${H}*phút)?)?(?![\\p{L}\\p{M}]))(?!\\p{N})`;

/** Numeric dates "16/1/2020", "15-5-2009", "02.08.2019" and yearless "14-1", "02/01", "2.7"; never inside "3286-QĐ/TU" or "5.990/6.046". */
const NUMERIC_DATE = new RegExp(
  '(?<![\\p{L}\\p{M}\\p{N}_]|\\p{N}[.,/:-])(?<day>\\d{1,2})(?<separator>[/.-])(?<month>\\d{1,2})' +
    '(?:\\k<separator>(?<year>\\d{4}))?(?![\\p{L}\\p{M}\\p{N}]|[/.,:-]\\p{N})',
  'gu',
);
/**
 * Word dates "ngày 3 tháng 2 năm 2020", "ngày 14 tháng 1", "3 tháng 2, năm 2020" (the core starts at the day;
 * not after a letter or digit, see `matchAllNotAfter`).
 */
const WORD_DATE = new RegExp(
  `(?<day>\\d{1,2})${H}+tháng${H}+(?<month>\\d{1,2})(?:,?${H}+năm${H}+(?<year>\\d{4}))?(?!\\p{N})`,
  'giu',
);
/**
 * Two or more days of one month, the month written once: "ngày 20 và 21-12", "ngày 20, 21/12/2019",
 * "ngày 20-21/12", "ngày 20 đến 22-12". The core starts at the first day and reads as that day (the
 * meeting opens then); a "ngày", "hôm", weekday or part of day must stand before it, as for a yearless date.
 * At most six days a run, so that a long list of numbers costs linear time. (Not after a letter or digit,
 * see `matchAllNotAfter`.)
 */
const DAY_RUN = new RegExp(
  `(?<first>\\d{1,2})(?:${H}*(?:,|và|-|–|đến|tới)${H}*(?:ngày${H}+)?\\d{1,2}){0,4}?${H}*(?:,|và|-|–|đến|tới)${H}*(?:ngày${H}+)?` +
    `(?<day>\\d{1,2})(?<separator>[/.-])(?<month>\\d{1,2})(?:\\k<separator>(?<year>\\d{4}))?(?![\\p{L}\\p{M}\\p{N}]|[/.,:-]\\p{N})`,
  'gu',
);
/** Month and year "tháng 12/2019", "tháng 12-2019", "tháng 12 năm 2019" (not after a letter). */
const MONTH_YEAR = new RegExp(
  `tháng${H}+(?<month>\\d{1,2})(?:[/.-]|,?${H}+năm${H}+)(?<year>\\d{4})(?![\\p{N}/.-])`,
  'giu',
);
/** A year "năm 2019", "Năm 2024" (parse mode only: too common in running text; not after a letter). */
const YEAR_ONLY = new RegExp(`năm${H}+(?<year>\\d{4})(?![\\p{N}/.-])`, 'giu');

/**
 * What may stand right before a day: "09:01, " / "8h30 " (time), "Chiều " / "buổi sáng " (part of
 * day), "Thứ Sáu, " (weekday, not "lần thứ hai"), "ngày " / "hôm " / "ngày mồng ". Anchored at the
 * end of the text before the core.
 */
const LEFT_CONTEXT = new RegExp(
  '(?<![\\p{L}\\p{M}\\p{N}:.,])' +
    `(?:(?<time>${TIME_SOURCE})${H}*(?:[,|–-]${H}*)?)?` +
    `(?:(?<partOfDay>(?:buổi${H}+)?(?:sáng|trưa|chiều|tối))${H}+)?` +
    `(?:(?<!(?:lần|khóa|khoá|kỳ|kì|hạng)${H}+)(?<weekday>thứ${H}+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ${H}+nhật)${H}*(?:,${H}*)?)?` +
    `(?:(?<keyword>ngày|hôm)${H}+(?:(?:mồng|mùng)${H}+)?)?$`,
  'diuy',
);
/** A time after a day: the " 08:46" of "21-07-2020 08:46", ", 15:34", " lúc 8h30". */
const RIGHT_TIME = new RegExp(`${H}*(?:[,|–-]${H}*)?(?:(?:vào${H}+)?lúc${H}+)?(?<time>${TIME_SOURCE})`, 'iuy');
/** A zone after a timestamp: the " (GMT+7)" of "15:34, Thứ Sáu, 02/08/2019 (GMT+7)". */
const TIME_ZONE = new RegExp(
  `${H}*(?<zone>\\(GMT${H}*[+-]${H}*\\d{1,2}(?::?\\d{2})?\\)|GMT[+-]\\d{1,2}(?::?\\d{2})?)`,
  'iuy',
);
/** The parts of a time matched by TIME_SOURCE: "15:34", "08:46:10", "8h30", "8 giờ 30 phút". */
const TIME_PARTS = new RegExp(
  `^(?<hour>\\d{1,2})(?:(?::|h|g|${H}*giờ${H}*)(?<minute>\\d{1,2})?(?::(?<second>\\d{2}))?)?`,
  'iu',
);
/** The part-of-day word at the end of "buổi sáng", "Chiều". */
const PART_OF_DAY_WORD = /(?<word>sáng|trưa|chiều|tối)$/iu;

/** How far left of a core the context may reach ("15:34, Thứ Sáu, " is 16 characters). */
const LEFT_REACH = 64;

interface LeftContext {
  start: number;
  time: ClockTime | null;
  partOfDay: PartOfDay | null;
  triggered: boolean;
}

function readTime(source: string): ClockTime | null {
  const g = TIME_PARTS.exec(source)?.groups;
  if (!g) return null;
  const second = g.second === undefined ? undefined : Number(g.second);
  return clockTime(Number(g.hour), g.minute === undefined ? 0 : Number(g.minute), second);
}

/** Where a left context may start: a word start ("ngày", "Chiều", "15:34,") within reach of the core. */
function wordStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let i = from; i < to; i++) {
    if (!isSpaceAt(text, i) && (i === 0 || isSpaceAt(text, i - 1))) starts.push(i);
  }
  return starts;
}

/** Any whitespace, line breaks included: a context may start at the beginning of a line. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x202f || c === 0x2028 || c === 0x3000;
}

/** The words before a day core at `coreStart`, widest reach first. */
function readLeftContext(text: string, coreStart: number): LeftContext {
  const none: LeftContext = { start: coreStart, time: null, partOfDay: null, triggered: false };
  const from = Math.max(0, coreStart - LEFT_REACH);
  const before = text.slice(from, coreStart);
  // Try only word starts, farthest first: a handful of anchored attempts instead of one per character.
  for (const at of wordStarts(text, from, coreStart)) {
    LEFT_CONTEXT.lastIndex = at - from;
    const m = LEFT_CONTEXT.exec(before);
    if (m === null || m[0] === '') continue;
    const g = m.groups!;
    const indices = m.indices!.groups!;
    const time = g.time === undefined ? null : readTime(g.time);
    // An impossible time ("25:00, ngày 5/3") is left out of the mention rather than voiding the date.
    const firstKept = [indices.partOfDay, indices.weekday, indices.keyword].find((span) => span !== undefined);
    if (time === null && g.time !== undefined && firstKept === undefined) return none;
    const start = from + (time !== null || g.time === undefined ? m.index : firstKept![0]);
    const word = g.partOfDay === undefined ? undefined : PART_OF_DAY_WORD.exec(g.partOfDay)?.groups?.word;
    return {
      start,
      time,
      partOfDay: word === undefined ? null : (word.toLowerCase() as PartOfDay),
      triggered: g.partOfDay !== undefined || g.weekday !== undefined || g.keyword !== undefined,
    };
  }
  return none;
}

/** A time and/or zone after a day core ending at `end`. */
function readRightContext(text: string, end: number, hasTime: boolean): { end: number; time: ClockTime | null } {
  let time: ClockTime | null = null;
  if (!hasTime) {
    RIGHT_TIME.lastIndex = end;
    const m = RIGHT_TIME.exec(text);
    time = m ? readTime(m.groups!.time!) : null;
    if (time !== null) end = RIGHT_TIME.lastIndex;
  }
  if (hasTime || time !== null) {
    TIME_ZONE.lastIndex = end;
    if (TIME_ZONE.exec(text)) end = TIME_ZONE.lastIndex;
  }
  return { end, time };
}

function mention(
  text: string,
  start: number,
  end: number,
  value: string,
  inferred: boolean,
  partOfDay: PartOfDay | null,
): DateMention {
  return { value, inferred, partOfDay, start, end, raw: text.slice(start, end) };
}

/**
 * A day core widened to its context, or null when it is not a date here. The core reads as the day of
 * its `day` group, or, for a run of days ("ngày 20 và 21-12"), as its `first` day, when that comes first.
 * A run, like a yearless date in running text, needs a trigger word before it ("ngày", "hôm", …).
 */
function dayMention(
  text: string,
  core: RegExpExecArray,
  mode: ScanMode,
  reference: ReferenceSpan | null,
): DateMention | null {
  const g = core.groups!;
  const isRun = g.first !== undefined;
  if (isRun && !(Number(g.first) < Number(g.day))) return null;
  const year = g.year === undefined ? undefined : Number(g.year);
  const left = readLeftContext(text, core.index);
  if ((isRun || (year === undefined && mode === 'find')) && !left.triggered) return null;
  const day: CalendarDay | null = resolveDay(Number(isRun ? g.first : g.day), Number(g.month), year, reference);
  if (day === null) return null;
  const right = readRightContext(text, core.index + core[0].length, left.time !== null);
  const time = left.time ?? right.time;
  return mention(text, left.start, right.end, formatDay(day, time), day.inferred, left.partOfDay);
}

function isYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * Every date mention in `text`, left to right, without overlaps (the earliest, then the longest wins).
 *
 * @example
 * scanDates('Chiều ngày 02/01, Ban Thường vụ', 'find', { first: new Date(2024, 0, 5), last: new Date(2024, 0, 5) });
 * // [{ value: '2024-01-02', inferred: true, partOfDay: 'chiều', start: 0, end: 16, raw: 'Chiều ngày 02/01' }]
 */
export function scanDates(text: string, mode: ScanMode, reference: ReferenceSpan | null): DateMention[] {
  const candidates: DateMention[] = [];
  for (const core of text.matchAll(NUMERIC_DATE)) {
    const found = dayMention(text, core as RegExpExecArray, mode, reference);
    if (found) candidates.push(found);
  }
  for (const pattern of [WORD_DATE, DAY_RUN]) {
    for (const core of matchAllNotAfter(text, pattern, isAlphanumeric)) {
      const found = dayMention(text, core, mode, reference);
      if (found) candidates.push(found);
    }
  }
  for (const m of matchAllNotAfter(text, MONTH_YEAR, isLetterOrMark)) {
    const month = Number(m.groups!.month);
    const year = Number(m.groups!.year);
    if (month < 1 || month > 12 || !isYear(year)) continue;
    const value = `${year}-${String(month).padStart(2, '0')}`;
    candidates.push(mention(text, m.index, m.index + m[0].length, value, false, null));
  }
  if (mode === 'parse') {
    for (const m of matchAllNotAfter(text, YEAR_ONLY, isLetterOrMark)) {
      const year = Number(m.groups!.year);
      if (isYear(year)) candidates.push(mention(text, m.index, m.index + m[0].length, String(year), false, null));
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const c of candidates) {
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) out.push(c);
  }
  return out;
}

/** How far a phrase read at a given offset may run ("15:34, Thứ Sáu, 02/08/2019 (GMT+7)" is 34 characters). */
const AT_REACH = 64;

/**
 * The date phrase that starts exactly at `at` in a running text, read as 'parse' mode reads an isolated phrase (a
 * yearless "14-1" needs no "ngày" before it), with offsets into `text`; null when no date starts there.
 *
 * @example
 * scanDateAt('Hôm nay (2-2), Chi bộ', 9, { first: new Date(2023, 1, 2), last: new Date(2023, 1, 2) });
 * // { value: '2023-02-02', inferred: true, partOfDay: null, start: 9, end: 12, raw: '2-2' }
 */
export function scanDateAt(text: string, at: number, reference: ReferenceSpan | null): DateMention | null {
  const first = scanDates(text.slice(at, at + AT_REACH), 'parse', reference)[0];
  if (first === undefined || first.start !== 0) return null;
  return { ...first, start: at, end: at + first.end };
}

/** Labels before a dateline or a date phrase: "Cập nhật lúc", "Cập nhật:", "Ngày đăng:", "lúc", "vào ngày". */
const LEADING_LABEL = new RegExp(
  `^(?<label>(?:cập${H}+nhật|đăng|xuất${H}+bản|ngày${H}+đăng)${H}*(?:lúc|ngày)?${H}*:?|vào${H}+lúc|lúc|vào)${H}+`,
  'iu',
);
/** Trailing punctuation after a phrase: the "," of "Ngày 14-1,". */
const TRAILING_PUNCTUATION = /(?<punctuation>[\s.,;:]+)$/u;
/** A phrase wrapped in parentheses: "(16/1/2020)". */
const PARENTHESIZED = /^\((?<inner>[^()]*)\)$/u;

/**
 * Reads one isolated phrase as exactly one date, or null when it is anything else or more.
 *
 * @example
 * parseWhole('Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)', null)?.value; // "2019-08-02T15:34"
 */
export function parseWhole(s: string, reference: ReferenceSpan | null): DateMention | null {
  let t = s.normalize('NFC').trim().replace(TRAILING_PUNCTUATION, '');
  t = PARENTHESIZED.exec(t)?.groups?.inner?.trim() ?? t;
  t = t.replace(LEADING_LABEL, '');
  if (t === '') return null;
  const found = scanDates(t, 'parse', reference);
  const only = found[0];
  return found.length === 1 && only !== undefined && only.start === 0 && only.end === t.length ? only : null;
}
