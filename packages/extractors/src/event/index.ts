import {
  type AnalyzedDocument,
  completeDay,
  foldTone as foldTones,
  isCalendarDate,
  type PartOfDay,
  type Sentence,
} from '@vnpr/core';
import { type Candidate, candidateAt, defineExtractor, type ExtractorContext } from '../contract.js';
import { readPeriod } from '../shared/period.js';
import { readUnitName } from '../shared/unit-name.js';
import {
  ACTIVITY,
  ADVERTISING,
  CITED_BEFORE,
  COMING_AFTER_DATE,
  CONTINUING,
  COST_BEFORE,
  DAY_MONTH,
  FUTURE_BEFORE_KIND,
  GOAL_IN_SENTENCE,
  GOAL_YEAR_BEFORE,
  HELD_ACTIVITY_BEFORE,
  HELD_ON,
  ISSUING,
  LUNAR_NEW_YEAR,
  MEETING_KIND,
  NAMED_THEN_DATED,
  NAMED_YEAR,
  NOT_A_MEETING,
  OCCASION_LEAD,
  OPENER_PREFIX,
  ORGANIZER_LEAD,
  OTHER_MEETING_BEFORE,
  OWN_DAY,
  PART_OF_DAY,
  PLANNED_MEETING,
  PREPARING,
  QUARTER_OF_YEAR,
  SPAN_OF_MONTHS,
  STRONG_ACTIVITIES,
  STUDY_ABROAD_AD,
  TARGET_YEAR_BEFORE,
  TO_ATTEND,
  TRAVEL,
  UNDATED_PRACTICE,
  YEAR_NOT_REPORTED_BEFORE,
} from './patterns.js';
import { type EventFields, eventSchema } from './schema.js';

/** The date that opens a sentence, with local offsets. */
interface OpeningDate {
  value: string;
  inferred: boolean;
  partOfDay: PartOfDay | null;
  start: number;
  end: number;
  /** The date stands after the meeting it dates ("Hội nghị … được tổ chức vào sáng 28/12"). */
  held?: boolean;
}

/** How far into a sentence the opening date may start ("(LĐ online) - Chiều 16/1/2020, ..."). */
const OPENING_WINDOW = 40;
const DAY_LEVEL = /^\d{4}-\d{2}-\d{2}/;

/** How far an occasion clause may run before the date of its sentence. */
const OCCASION_REACH = 240;

/** Where the text after each comma starts: ", hôm nay" → the offset of "hôm". */
function commaEnds(text: string): number[] {
  return [...text.matchAll(/, ?/gu)].map((m) => m.index + m[0].length);
}

/** The part of the day written right before a date ("Chiều ngày 02/01" → "chiều"). */
function partBefore(prefix: string): PartOfDay | null {
  const p = PART_OF_DAY.exec(prefix)?.groups?.part?.toLowerCase();
  return (p as PartOfDay | undefined) ?? null;
}

/**
 * The date opening a sentence: a date mention core found within the first characters, after nothing but an
 * outlet tag, a part of the day or "ngày". Falls back to reading "14-1", "02/01", "2-8" itself where core found
 * no date there.
 */
function openingDate(
  doc: AnalyzedDocument,
  sentence: Sentence,
  text: string,
  reference: string | null,
  allowHeld: boolean,
): OpeningDate | null {
  // "Chào mừng …, hôm nay (2-2), …": an occasion clause first moves the opening past one of its commas.
  const leads = OCCASION_LEAD.test(text) ? commaEnds(text.slice(0, OCCASION_REACH)) : [];
  const lead = leads.at(-1) ?? 0;
  const opens = (prefix: string) =>
    OPENER_PREFIX.test(prefix) || leads.some((at) => at <= prefix.length && OPENER_PREFIX.test(prefix.slice(at)));
  for (const d of doc.dates) {
    if (d.sentence !== sentence.index) continue;
    const start = d.start - sentence.start;
    if (start < 0 || start > lead + OPENING_WINDOW) continue;
    if (!DAY_LEVEL.test(d.value)) continue;
    const prefix = text.slice(0, start);
    if (!opens(prefix)) continue;
    return {
      value: d.value,
      inferred: d.inferred,
      partOfDay: d.partOfDay ?? partBefore(prefix),
      start,
      end: d.end - sentence.start,
    };
  }
  for (const d of allowHeld ? doc.dates : []) {
    if (d.sentence !== sentence.index) continue;
    const held = heldDate(text, d.start - sentence.start, d.end - sentence.start, d);
    if (held) return held;
  }
  let digit: { index: number } | null = null;
  for (const from of [0, ...leads]) {
    const found = /\d/.exec(text.slice(from, from + OPENING_WINDOW + 1));
    if (found && OPENER_PREFIX.test(text.slice(from, from + found.index))) {
      digit = { index: from + found.index };
      break;
    }
  }
  if (!digit) return null;
  const prefix = text.slice(0, digit.index);
  DAY_MONTH.lastIndex = digit.index;
  const m = DAY_MONTH.exec(text);
  if (!m?.groups) return null;
  const month = Number(m.groups.month ?? m.groups.monthW);
  const written = m.groups.year ?? m.groups.yearW;
  // Core's calendar: the nearest year to the reference, and never a day that does not exist ("31-2").
  const day = completeDay(Number(m.groups.day), month, written ? Number(written) : undefined, { reference });
  if (!day) return null;
  return {
    value: day.value,
    inferred: day.inferred,
    partOfDay: partBefore(prefix),
    start: digit.index,
    end: digit.index + m[0].length,
  };
}

/**
 * A date written after the meeting it dates: "Hội nghị … được tổ chức vào sáng 28/12", "… sẽ diễn ra từ ngày
 * 14/10/2020", or set off by commas after the meeting's name ("tại Hội nghị sơ kết … của Huyện ủy, ngày 12-7-2019, …").
 * Not a date of a session being prepared ("chuẩn bị Kỳ họp thứ 12, dự kiến khai mạc ngày 20/5") nor of a cited document.
 */
function heldDate(
  text: string,
  start: number,
  end: number,
  d: { value: string; inferred: boolean; partOfDay: PartOfDay | null },
): OpeningDate | null {
  if (!DAY_LEVEL.test(d.value)) return null;
  const near = text.slice(Math.max(0, start - 40), start);
  const held = HELD_ON.exec(near);
  const before = text.slice(Math.max(0, start - 160), start);
  // After a named meeting the date must be set off by commas on both sides, and not be a cited document's.
  const named =
    !held &&
    /^,/u.test(text.slice(end)) &&
    (NAMED_THEN_DATED.exec(before)?.groups?.between ?? null) !== null &&
    !CITED_BEFORE.test(before) &&
    !/cách đây/iu.test(before);
  if (!held && !named) return null;
  if (PREPARING.test(text.slice(Math.max(0, start - 80), start))) return null;
  const part = (d.partOfDay ?? held?.groups?.part ?? null) as PartOfDay | null;
  return { value: d.value, inferred: d.inferred, partOfDay: part, start, end, held: true };
}

/**
 * A yearless day whose month the sentence names with its year ("phiên họp thường kỳ tháng 8-2014 tổ chức ngày 28 và
 * 29-8") takes that year rather than the one nearest the reference.
 */
function yearFromMonthNamed(doc: AnalyzedDocument, sentence: Sentence, value: string): string {
  const month = value.slice(5, 7);
  for (const d of doc.dates) {
    if (d.sentence !== sentence.index || !/^\d{4}-\d{2}$/u.test(d.value) || d.value.slice(5, 7) !== month) continue;
    const moved = `${d.value.slice(0, 4)}${value.slice(4)}`;
    return isCalendarDate(moved) ? moved : value;
  }
  return value;
}

/**
 * The first meeting word that is the sentence's own meeting ("chào mừng Đại hội X" names another one); none when the
 * first one is a meeting's cost ("quyết toán kinh phí tổ chức lễ …").
 */
function findKind(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(MEETING_KIND_ALL)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (COST_BEFORE.test(before)) return null;
    if (!OTHER_MEETING_BEFORE.test(before)) return m;
  }
  return null;
}
const MEETING_KIND_ALL = new RegExp(MEETING_KIND.source, 'gu');

/** How far after a meeting word its own date may stand ("cuộc họp diễn ra ngày 1/3"). */
const OWN_DATE_REACH = 60;

/**
 * A date held right after the meeting word ending at `from` (local offsets), if any. Where core found none (a text
 * with no year to read a yearless day against), "ngày 1/3" is read here and given the opening date's year.
 */
function dateAfterKind(
  doc: AnalyzedDocument,
  sentence: Sentence,
  text: string,
  from: number,
  opening: string,
): OpeningDate | null {
  for (const d of doc.dates) {
    if (d.sentence !== sentence.index) continue;
    const start = d.start - sentence.start;
    if (start < from || start > from + OWN_DATE_REACH) continue;
    return heldDate(text, start, d.end - sentence.start, d);
  }
  for (const m of text.slice(0, from + OWN_DATE_REACH).matchAll(OWN_DAY)) {
    const at = m.index + m[0].length;
    if (at < from) continue;
    DAY_MONTH.lastIndex = at;
    const dm = DAY_MONTH.exec(text);
    if (!dm?.groups || dm.groups.year || dm.groups.month === undefined) return null;
    const day = completeDay(Number(dm.groups.day), Number(dm.groups.month), undefined, { reference: opening });
    if (!day) return null;
    return heldDate(text, m.index, at + dm[0].length, { value: day.value, inferred: true, partOfDay: null });
  }
  return null;
}

/** The unit named right after the date: ", Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh tổ chức ..." */
function readOrganizer(text: string, from: number): string | null {
  const lead = ORGANIZER_LEAD.exec(text.slice(from));
  if (!lead) return null;
  const at = from + lead[0].length;
  const end = readUnitName(text, at);
  const name = text.slice(at, end);
  if (!name.includes(' ') || MEETING_KIND.test(name.split(' ').slice(0, 2).join(' '))) return null;
  return name;
}

/** The event a sentence reports, if it opens with a day and tells of a meeting. */
function readEvent(
  doc: AnalyzedDocument,
  sentence: Sentence,
  reference: string | null,
  ctx?: ExtractorContext,
  allowHeld = true,
  given?: OpeningDate,
): Candidate<EventFields> | null {
  // A line break inside a meeting word ("tổ chức Hội⏎nghị tổng kết") reads as a space.
  const text = foldTones(sentence.text).replace(/\s/gu, ' ');
  const date = given ?? openingDate(doc, sentence, text, reference, allowHeld);
  if (!date) return null;
  // "từ ngày 26-5 đến 12-8": a span of months, not a meeting's day; "Ngày 14-15/4/2005 tới, … sẽ diễn ra": a day to come.
  const span = SPAN_OF_MONTHS.exec(text.slice(date.start, date.start + 48))?.groups;
  if (span && Number(span.first) !== Number(span.last)) return null;
  if (COMING_AFTER_DATE.test(text.slice(date.end))) return null;
  // A meeting on a programme, still to come; a day of a congress already under way.
  if (PLANNED_MEETING.test(text) || CONTINUING.test(text)) return null;
  if (date.inferred) date.value = yearFromMonthNamed(doc, sentence, date.value);
  // A date that opens the sentence is followed by its meeting; a date it was "held on" follows it.
  const after = date.held ? text : text.slice(date.end);
  const kindMatch = findKind(after);
  if (kindMatch && !date.held) {
    // "Sáng 6/3, … theo quyết định của cuộc họp diễn ra ngày 1/3": the meeting's own date wins over the opening one.
    const own = dateAfterKind(doc, sentence, text, date.end + kindMatch.index + kindMatch[0].length, date.value);
    if (own) return readEvent(doc, sentence, reference, ctx, allowHeld, own);
    if (TRAVEL.test(after.slice(0, kindMatch.index))) return null;
  }
  const activities: string[] = [];
  let firstStrong: { name: string; at: number } | null = null;
  for (const a of after.matchAll(ACTIVITY)) {
    const name = (a.groups?.activity ?? a[0]).toLowerCase();
    if (!activities.includes(name)) activities.push(name);
    if (!firstStrong && STRONG_ACTIVITIES.has(name)) firstStrong = { name, at: a.index };
  }
  const kindAt = kindMatch?.index ?? firstStrong?.at;
  if (kindAt === undefined) return null;
  if (TO_ATTEND.test(after.slice(0, kindAt))) return null;
  // "… sẽ diễn ra buổi hội thảo … Du học, học bổng": an advertisement of a seminar to come, not a meeting reported.
  if (FUTURE_BEFORE_KIND.test(after.slice(0, kindAt)) && ADVERTISING.test(text)) return null;
  const issuing = ISSUING.exec(after);
  if (issuing && issuing.index < kindAt) return null;
  // A press conference, a debate or a festival day told before the meeting word is what the sentence reports: no event.
  const press = NOT_A_MEETING.exec(after);
  if (press && press.index <= kindAt) return null;
  // An inferred year gives way to the year the meeting is named with, unless the meeting reviews a year.
  const named = kindMatch && date.inferred ? NAMED_YEAR.exec(after.slice(kindMatch.index))?.groups?.year : undefined;
  if (named && !firstStrong) {
    const moved = `${named}${date.value.slice(4)}`;
    if (isCalendarDate(moved.slice(0, 10))) date.value = moved;
  }
  const g = kindMatch?.groups;
  // "tổ chức tổng kết 5 năm …": a review held is a conference ("hội nghị"); "UBND huyện tổng kết …" keeps the
  // review itself as its kind, as an analyst writes it.
  const heldReview = firstStrong && HELD_ACTIVITY_BEFORE.test(after.slice(0, firstStrong.at)) ? 'hội nghị' : undefined;
  const kind =
    g?.kind?.toLowerCase() ??
    (g?.meetingVerb ? 'cuộc họp' : g?.admissionVerb ? 'lễ kết nạp' : (heldReview ?? firstStrong?.name)) ??
    '';
  // A seminar advertised to students ("hội thảo giới thiệu chương trình học bổng du học").
  if (kind === 'hội thảo' && STUDY_ABROAD_AD.test(text)) return null;
  // The span runs from the part of the day ("Chiều ngày 02/01") to the end of the sentence.
  const part = PART_OF_DAY.exec(text.slice(0, date.start));
  // "Vừa qua (ngày 27/12), …": a date in parentheses is quoted with what opens the sentence.
  const opensInParentheses = /\((?:[Nn]gày )?$/u.test(text.slice(0, date.start));
  const start = date.held || opensInParentheses ? 0 : part ? part.index : date.start;
  let end = text.length;
  while (end > date.end && /[\s.;:…]/u.test(text.charAt(end - 1))) end--;
  // The date's own numbers ("14-1" is not a range) belong to the event.
  const from = sentence.start + date.start;
  const to = sentence.start + date.end;
  const claims = doc.numbers
    .filter((n) => n.start < to && n.end > from && !ctx?.isClaimed(n.start, n.end))
    .map((n) => ({ start: n.start, end: n.end }));
  return candidateAt(
    sentence,
    start,
    end,
    {
      date: date.value,
      partOfDay: date.partOfDay,
      kind,
      activities,
      // A date held after its meeting: the period is read from the meeting on, not from a headline before it.
      period: readPeriod(date.held ? after.slice(kindAt) : after),
      organizer: date.held ? null : readOrganizer(text, date.end),
      inferred: date.inferred,
    },
    claims,
  );
}

/**
 * Whether the year core guessed for a document without a dateline cannot be trusted: the head writes that year only
 * as a goal or a bound ("dự kiến hoàn thành vào đầu năm 2008"), or once as a target ("đến năm 2010"), or it reviews N years of a law whose year is not
 * written ("tổng kết 1 năm thực hiện Luật …": the years it names are the time reviewed).
 */
function isGuessDoubtful(doc: AnalyzedDocument, reference: string | null): boolean {
  if (!reference) return false;
  const head = doc.sentences
    .filter((x) => !x.skip)
    .slice(0, 3)
    .map((s) => s.text)
    .join('\n');
  if (UNDATED_PRACTICE.test(head)) return true;
  const year = reference.slice(0, 4);
  const mentions = [...head.matchAll(new RegExp(`năm\\s+${year}(?!\\d)`, 'giu'))];
  const before = mentions.map((m) => head.slice(Math.max(0, m.index - 20), m.index));
  // Written as a target even once ("Đề án … đến năm 2010 …, năm 2010 hoàn thành"), or only as a goal or a bound.
  if (before.some((b) => TARGET_YEAR_BEFORE.test(b))) return true;
  if (mentions.length > 0 && before.every((b) => GOAL_YEAR_BEFORE.test(b))) return true;
  return writesLaterYear(doc, Number(year));
}

/**
 * Whether the text writes, as a time of its own (not a goal, a term or the end of a range), a year later than the one
 * guessed from its head ("Năm 2002, công ty …" in the background, "Đến tháng 7/2004, …" later): the guess is then the
 * background's year, or the year reviewed, not the report's.
 */
function writesLaterYear(doc: AnalyzedDocument, year: number): boolean {
  // "Được biết, trong quý I/2006 có …": a later quarter told of (core reads no date in it).
  for (const s of doc.sentences) {
    if (s.skip) continue;
    for (const q of s.text.matchAll(QUARTER_OF_YEAR)) {
      const before = s.text.slice(Math.max(0, q.index - 30), q.index);
      if (Number(q.groups?.year) > year && !YEAR_NOT_REPORTED_BEFORE.test(before) && !GOAL_IN_SENTENCE.test(s.text))
        return true;
    }
  }
  return doc.dates.some((d) => {
    if (d.inferred || Number(d.value.slice(0, 4)) <= year || !/^\d{4}-\d{2}/u.test(d.value)) return false;
    const s = doc.sentences[d.sentence];
    if (!s || s.skip) return false;
    const at = d.start - s.start;
    const before = s.text.slice(Math.max(0, at - 30), at);
    if (/(?:đến|tới)\s+$/iu.test(before) && GOAL_IN_SENTENCE.test(s.text)) return false;
    return !YEAR_NOT_REPORTED_BEFORE.test(before);
  });
}

/** The latest lunar new year the text writes ("Hội Báo Xuân Ất Dậu 2005"), a time the report tells of. */
function latestLunarYear(doc: AnalyzedDocument): number {
  return Math.max(0, ...[...doc.text.matchAll(LUNAR_NEW_YEAR)].map((m) => Number(m.groups?.year)));
}

/**
 * Whether a day read against a guessed reference is too far from it to trust its year: more than about three months
 * after a year-end reference ("tổng kết … năm 2005" → 2005-12-31 reads "26-5" as 2006, a day of the year reviewed as
 * likely), or a review in the first quarter read against the middle of the head's latest year (core's guess when no
 * review, anniversary or term is written: "Hội nghị tổng kết … sáng 13-1" beside "Năm 2005, các đơn vị đã …" is
 * January 2006, not 2005).
 */
function farFromGuess(c: EventFields, reference: string | null, yearDone: boolean): boolean {
  if (!reference || !c.inferred) return false;
  const day = Date.parse(c.date.slice(0, 10));
  if (reference.endsWith('-12-31') && day - Date.parse(reference) > 100 * 86_400_000) return true;
  const month = Number(c.date.slice(5, 7));
  if (!reference.endsWith('-07-02') || month > 6) return false;
  // A first-half day read against a year the text reports as done ("… dưới 7% năm 2005"): the year after, as likely.
  return yearDone || (month <= 3 && c.activities.includes('tổng kết') && c.period === null);
}

/**
 * Whether the text reports a year's share as a finished figure ("giảm … xuống còn 8,2% năm 2004, dưới 7% năm 2005",
 * "Năm 2004, … vẫn ở mức rất cao: 11%"), not a goal ("phấn đấu đến năm 2005 đạt 90%").
 */
function reportsYearDone(doc: AnalyzedDocument, year: string): boolean {
  const named = new RegExp(`(?<![\\p{L}])năm ${year}(?!\\d)`, 'iu');
  return doc.sentences.some((s) => {
    if (s.skip) return false;
    const m = named.exec(s.text);
    if (!m || !PERCENT.test(s.text) || GOAL_IN_SENTENCE.test(s.text)) return false;
    return !TARGET_YEAR_BEFORE.test(s.text.slice(Math.max(0, m.index - 20), m.index));
  });
}
const PERCENT = /\d(?:[.,]\d+)?\s*%/u;

/** Whether a date's year is the guessed reference year or next to it (a day read against that guess). */
function nearGuess(date: string, reference: string | null): boolean {
  return reference !== null && Math.abs(Number(date.slice(0, 4)) - Number(reference.slice(0, 4))) <= 1;
}

/**
 * Finds the meetings a report tells of: a sentence opening with a day ("Ngày 14-1, ...", "Chiều ngày 02/01, ...",
 * "(LĐ online) - Chiều 16/1/2020, ...") that reports a conference, congress or review. One event per date.
 */
export function findEvents(doc: AnalyzedDocument, ctx?: ExtractorContext): Candidate<EventFields>[] {
  const reference = doc.reference ?? ctx?.publishedAt ?? null;
  const guessed = !ctx?.publishedAt && !doc.metadata.publishedAt;
  const yearDoubtful = guessed && isGuessDoubtful(doc, reference);
  const lunarYear = guessed ? latestLunarYear(doc) : 0;
  const yearDone = guessed && reference !== null && reportsYearDone(doc, reference.slice(0, 4));
  const byDate = new Map<string, Candidate<EventFields>>();
  let content = 0;
  for (const sentence of doc.sentences) {
    if (sentence.skip) continue;
    // A date written after its meeting ("… được tổ chức vào sáng 28/12") counts only in the headline and lede,
    // and only while no meeting was found: deeper in a text such dates are mostly background.
    const allowHeld = content++ < 4 && byDate.size === 0;
    const c = readEvent(doc, sentence, reference, ctx, allowHeld);
    if (!c || byDate.has(c.fields.date.slice(0, 10))) continue;
    // A year guessed from a goal or from the time a review covers: no event rather than a wrong year.
    // (Not a year taken from the meeting's own name, far from the guess: "Hội nghị … Á - Phi 2005 đã khai mạc".)
    if (yearDoubtful && c.fields.inferred && nearGuess(c.fields.date, reference)) continue;
    // "Ngày 1-2, tại buổi giao ban báo chí …" read as 2004 in a text on "Hội Báo Xuân Ất Dậu 2005": a guessed year
    // earlier than the lunar new year the text tells of is wrong.
    if (guessed && c.fields.inferred && Number(c.fields.date.slice(0, 4)) < lunarYear) continue;
    if (guessed && farFromGuess(c.fields, reference, yearDone)) continue;
    byDate.set(c.fields.date.slice(0, 10), c);
  }
  return [...byDate.values()];
}

export const eventExtractor = defineExtractor({
  id: 'event',
  schema: eventSchema,
  priority: 70,
  description: 'Meetings and congresses a report tells of (date, kind, activities, period, organizer)',
  extract: (doc, ctx) => findEvents(doc, ctx),
});

export default eventExtractor;
