import {
  type AnalyzedDocument,
  type DateMention,
  isCalendarDate,
  type PartOfDay,
  readDateAt,
  type Sentence,
} from '@vnpr/core';
import { type Candidate, defineExtractor, type ExtractorContext } from '../contract.js';
import { hitsCue } from '../resolver/index.js';
import { toDocumentCandidate } from '../resolver/visit.js';
import { readPeriod } from '../shared/period.js';
import { readUnitName } from '../shared/unit-name.js';
import {
  ACTIVITY,
  ADVERTISING,
  CITED_BEFORE,
  COMING_AFTER_DATE,
  CONTINUING,
  COST_BEFORE,
  FUTURE_BEFORE_KIND,
  GOAL_IN_SENTENCE,
  GOAL_YEAR_BEFORE,
  HELD_ACTIVITY_BEFORE,
  HELD_ON,
  ISSUING,
  LUNAR_NEW_YEAR,
  MEETING_CUES,
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

/**
 * One content sentence as the event reader sees it. Every offset the reader handles is into `text`: the dates here,
 * and the event it finds (the document loop below maps them once, through `toDocumentCandidate`).
 */
interface EventSentence {
  sentence: Sentence;
  /** The sentence with its line breaks read as spaces ("tổ chức Hội⏎nghị tổng kết"). */
  text: string;
  /** The sentence's dates, in order, with offsets into `text`. */
  dates: readonly DateMention[];
}

/** An event read from one sentence, in sentence offsets. */
interface SentenceEvent {
  fields: EventFields;
  start: number;
  end: number;
  /** Where its date stands: the numbers there are the event's. */
  date: { start: number; end: number };
}

/** The date that opens a sentence, with sentence offsets. */
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
 * outlet tag, a part of the day or "ngày". Where core found none there (a yearless day with no "ngày" right before
 * it: "Hôm nay (2-2)", "Vừa qua (ngày 27/12)"), core's `readDateAt` reads the phrase at the first digit.
 */
function openingDate(s: EventSentence, reference: string | null, allowHeld: boolean): OpeningDate | null {
  const text = s.text;
  // "Chào mừng …, hôm nay (2-2), …": an occasion clause first moves the opening past one of its commas.
  const leads = OCCASION_LEAD.test(text) ? commaEnds(text.slice(0, OCCASION_REACH)) : [];
  const lead = leads.at(-1) ?? 0;
  const opens = (prefix: string) =>
    OPENER_PREFIX.test(prefix) || leads.some((at) => at <= prefix.length && OPENER_PREFIX.test(prefix.slice(at)));
  for (const d of s.dates) {
    const start = d.start;
    if (start > lead + OPENING_WINDOW) continue;
    if (!DAY_LEVEL.test(d.value)) continue;
    const prefix = text.slice(0, start);
    if (!opens(prefix)) continue;
    return {
      value: d.value,
      inferred: d.inferred,
      partOfDay: d.partOfDay ?? partBefore(prefix),
      start,
      end: d.end,
    };
  }
  for (const d of allowHeld ? s.dates : []) {
    const held = heldDate(text, d.start, d.end, d);
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
  // Core's reader and calendar: the year nearest the reference, and never a day that does not exist ("31-2").
  const day = readDateAt(text, digit.index, { reference });
  if (!day || !DAY_LEVEL.test(day.value)) return null;
  return {
    value: day.value,
    inferred: day.inferred,
    partOfDay: day.partOfDay ?? partBefore(text.slice(0, digit.index)),
    start: day.start,
    end: day.end,
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
function yearFromMonthNamed(s: EventSentence, value: string): string {
  const month = value.slice(5, 7);
  for (const d of s.dates) {
    if (!/^\d{4}-\d{2}$/u.test(d.value) || d.value.slice(5, 7) !== month) continue;
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
 * A date held right after the meeting word ending at `from`, if any. Where core found none (a text with no year to
 * read a yearless day against), "ngày 1/3" is read here and given the opening date's year.
 */
function dateAfterKind(s: EventSentence, from: number, opening: string): OpeningDate | null {
  const text = s.text;
  for (const d of s.dates) {
    if (d.start < from || d.start > from + OWN_DATE_REACH) continue;
    return heldDate(text, d.start, d.end, d);
  }
  for (const m of text.slice(0, from + OWN_DATE_REACH).matchAll(OWN_DAY)) {
    const at = m.index + m[0].length;
    if (at < from) continue;
    const day = readDateAt(text, at, { reference: opening });
    if (!day?.inferred) return null;
    return heldDate(text, m.index, day.end, { value: day.value, inferred: true, partOfDay: null });
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
  s: EventSentence,
  reference: string | null,
  allowHeld = true,
  given?: OpeningDate,
): SentenceEvent | null {
  const text = s.text;
  const date = given ?? openingDate(s, reference, allowHeld);
  if (!date) return null;
  // "từ ngày 26-5 đến 12-8": a span of months, not a meeting's day; "Ngày 14-15/4/2005 tới, … sẽ diễn ra": a day to come.
  const span = SPAN_OF_MONTHS.exec(text.slice(date.start, date.start + 48))?.groups;
  if (span && Number(span.first) !== Number(span.last)) return null;
  if (COMING_AFTER_DATE.test(text.slice(date.end))) return null;
  // A meeting on a programme, still to come; a day of a congress already under way.
  if (PLANNED_MEETING.test(text) || CONTINUING.test(text)) return null;
  if (date.inferred) date.value = yearFromMonthNamed(s, date.value);
  // A date that opens the sentence is followed by its meeting; a date it was "held on" follows it.
  const after = date.held ? text : text.slice(date.end);
  const kindMatch = findKind(after);
  if (kindMatch && !date.held) {
    // "Sáng 6/3, … theo quyết định của cuộc họp diễn ra ngày 1/3": the meeting's own date wins over the opening one.
    const own = dateAfterKind(s, date.end + kindMatch.index + kindMatch[0].length, date.value);
    if (own) return readEvent(s, reference, allowHeld, own);
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
  return {
    fields: {
      date: date.value,
      partOfDay: date.partOfDay,
      kind,
      activities,
      // A date held after its meeting: the period is read from the meeting on, not from a headline before it.
      period: readPeriod(date.held ? after.slice(kindAt) : after),
      organizer: date.held ? null : readOrganizer(text, date.end),
      inferred: date.inferred,
    },
    start,
    end,
    date: { start: date.start, end: date.end },
  };
}

/**
 * The event as the document form gives it: offsets into `doc.text`, and the date's own numbers ("14-1" is not a
 * range) as its claims, unless an earlier record took them.
 */
function toCandidate(doc: AnalyzedDocument, s: EventSentence, e: SentenceEvent, ctx?: ExtractorContext) {
  const { sentence } = s;
  const claims = doc.numbers
    .filter((n) => n.start - sentence.start < e.date.end && n.end - sentence.start > e.date.start)
    .filter((n) => !ctx?.isClaimed(n.start, n.end))
    .map((n) => ({ start: n.start - sentence.start, end: n.end - sentence.start }));
  return toDocumentCandidate(sentence, { fields: e.fields, start: e.start, end: e.end, claims });
}

/** The dates of each sentence, with offsets into the sentence (read once per document). */
function datesBySentence(doc: AnalyzedDocument): DateMention[][] {
  const out: DateMention[][] = doc.sentences.map(() => []);
  for (const d of doc.dates) {
    const sentence = doc.sentences[d.sentence];
    if (sentence) out[d.sentence]?.push({ ...d, start: d.start - sentence.start, end: d.end - sentence.start });
  }
  return out;
}

/**
 * Whether the year core guessed for a document without a dateline cannot be trusted: the head writes that year only
 * as a goal or a bound ("dự kiến hoàn thành vào đầu năm 2008"), or once as a target ("đến năm 2010"), or it reviews N years of a law whose year is not
 * written ("tổng kết 1 năm thực hiện Luật …": the years it names are the time reviewed).
 */
function isGuessDoubtful(doc: AnalyzedDocument, dates: DateMention[][], reference: string | null): boolean {
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
  return writesLaterYear(doc, dates, Number(year));
}

/**
 * Whether the text writes, as a time of its own (not a goal, a term or the end of a range), a year later than the one
 * guessed from its head ("Năm 2002, công ty …" in the background, "Đến tháng 7/2004, …" later): the guess is then the
 * background's year, or the year reviewed, not the report's.
 */
function writesLaterYear(doc: AnalyzedDocument, dates: DateMention[][], year: number): boolean {
  // "Được biết, trong quý I/2006 có …": a later quarter told of (core reads no date in it).
  for (const s of doc.sentences) {
    if (s.skip) continue;
    for (const q of s.text.matchAll(QUARTER_OF_YEAR)) {
      const before = s.text.slice(Math.max(0, q.index - 30), q.index);
      if (Number(q.groups?.year) > year && !YEAR_NOT_REPORTED_BEFORE.test(before) && !GOAL_IN_SENTENCE.test(s.text))
        return true;
    }
  }
  return doc.sentences.some(
    (s) =>
      !s.skip &&
      (dates[s.index] ?? []).some((d) => {
        if (d.inferred || Number(d.value.slice(0, 4)) <= year || !/^\d{4}-\d{2}/u.test(d.value)) return false;
        const before = s.text.slice(Math.max(0, d.start - 30), d.start);
        if (/(?:đến|tới)\s+$/iu.test(before) && GOAL_IN_SENTENCE.test(s.text)) return false;
        return !YEAR_NOT_REPORTED_BEFORE.test(before);
      }),
  );
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
  const dates = datesBySentence(doc);
  const guessed = !ctx?.publishedAt && !doc.metadata.publishedAt;
  const yearDoubtful = guessed && isGuessDoubtful(doc, dates, reference);
  const lunarYear = guessed ? latestLunarYear(doc) : 0;
  const yearDone = guessed && reference !== null && reportsYearDone(doc, reference.slice(0, 4));
  const byDate = new Map<string, Candidate<EventFields>>();
  // The framework's answer for the cues (one scan for all extractors), else the cue pattern.
  const holdsCue = ctx?.holdsCue ?? ((sentence: Sentence) => hitsCue(eventExtractor, sentence.text));
  let content = 0;
  for (const sentence of doc.sentences) {
    if (sentence.skip) continue;
    // A date written after its meeting ("… được tổ chức vào sáng 28/12") counts only in the headline and lede,
    // and only while no meeting was found: deeper in a text such dates are mostly background.
    const allowHeld = content++ < 4 && byDate.size === 0;
    // The cue is the first test: no meeting word, no review, no event.
    if (!holdsCue(sentence)) continue;
    const s = { sentence, text: sentence.text.replace(/\s/gu, ' '), dates: dates[sentence.index] ?? [] };
    const found = readEvent(s, reference, allowHeld);
    const c = found && toCandidate(doc, s, found, ctx);
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
  // The document form: one event per date per document (the first), dates held after their meeting only in the lede
  // while no event was found, and years guessed for the whole document that it may refuse: not one sentence's answer.
  cues: MEETING_CUES,
  examples: [
    'Ngày 14-1, Huyện ủy Long Hồ tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2023.',
    'Sáng 10-12, Đại hội Đảng bộ xã Tân Hòa lần thứ XV khai mạc trọng thể.',
    'Ngày 20-11, Huyện đoàn tổ chức Hội thi tìm hiểu lịch sử Đảng bộ huyện.',
    'Chiều 15/3, Ban Tuyên giáo Tỉnh ủy tổ chức hội thảo khoa học về công tác tư tưởng.',
    'Tối 2-9, Trung tâm Văn hóa huyện tổ chức Hội diễn văn nghệ quần chúng.',
    'Sáng 3-2, Đảng ủy phường An Lạc tổ chức buổi tọa đàm kỷ niệm ngày thành lập Đảng.',
    'Ngày 8-5, Đoàn công tác của Tỉnh ủy có buổi làm việc với Huyện ủy Thới Lai.',
    'Sáng 6-4, Hội đồng nhân dân huyện khai mạc Kỳ họp thứ 12.',
    'Ngày 27-6, Ban Thường vụ Huyện ủy tiến hành họp xét hồ sơ đề nghị kết nạp đảng viên.',
    'Chiều 30-12, Đảng ủy xã tổ chức gặp mặt các đồng chí nguyên lãnh đạo xã.',
    'Sáng 19-5, Chi bộ ấp 3 tổ chức Lễ kết nạp đảng viên mới cho 2 quần chúng ưu tú.',
    'Ngày 2-9, Đảng bộ xã tổ chức lễ trao Huy hiệu 30 năm tuổi Đảng.',
    'Ngày 10-7, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng đảng viên mới.',
    'Ngày 12-8, Ban Dân vận Huyện ủy mở lớp tập huấn công tác dân vận.',
    'Tối 15-10, Chi bộ khu phố 4 tổ chức buổi sinh hoạt chuyên đề.',
    'Ngày 20-2, Chi bộ ấp Phước Hưng đã tổ chức kết nạp đảng viên mới cho 2 đoàn viên.',
    'Chiều 16/1/2020, Đảng ủy Khối các cơ quan tỉnh đã tổng kết công tác năm 2019.',
    'Ngày 2-8, Huyện ủy Tân Phước sơ kết công tác xây dựng Đảng 6 tháng đầu năm.',
    'Sáng 5-3, Ban Tuyên giáo Tỉnh ủy giao ban công tác tuyên giáo quý I.',
    'Ngày 14-3, Đảng ủy Khối quán triệt Nghị quyết số 57-NQ/TW đến cán bộ chủ chốt.',
    'Hội nghị sơ kết công tác xây dựng Đảng được tổ chức vào sáng 28/12.',
    'Phát biểu tại Hội nghị sơ kết của Huyện ủy, ngày 12-7-2019, đồng chí Bí thư nhấn mạnh yêu cầu này.',
    'Chào mừng 94 năm Ngày thành lập Đảng, hôm nay (2-2), Chi bộ ấp Phước Lợi tổ chức Lễ kết nạp đảng viên mới.',
    '* Ngày 11/01, Đảng ủy xã tổ chức Hội nghị triển khai nhiệm vụ năm 2024.',
    'Vừa qua (ngày 27/12), Đảng ủy xã Tân Lập tổ chức Hội nghị tổng kết công tác năm 2023.',
  ],
  extract: (doc, ctx) => findEvents(doc, ctx),
});

export default eventExtractor;
