import { type AnalyzedDocument, findOrganizations, type NumberMention, readUnit, type Sentence } from '@vnpr/core';
import { type Candidate, defineExtractor } from '../contract.js';
import { canonicalEntity } from '../shared/entities.js';
import { claimOf, nounAfter, numbersIn } from '../shared/numbers.js';
import { organizationBefore } from '../shared/organization.js';
import { paragraphSubject } from '../shared/paragraph.js';
import { sentencePeriod } from '../shared/period.js';
import { isPlanned } from '../shared/plans.js';
import {
  AS_OF_BEFORE,
  CAPITALIZED_UNIT,
  CHANGE_BEFORE,
  FLOW_TOTAL_AFTER,
  MINISTRY_CUT,
  NAME_GOES_ON,
  NAMED_SIZE,
  NAMED_UNIT_HEAD,
  NATION,
  NEW_UNIT,
  NOT_NAME_WORD,
  NOT_STOCK_AFTER,
  PART_BETWEEN,
  REPRESENTED_UNITS,
  SECTOR_ANY,
  SECTOR_PART,
  SERIES_CUE,
  SERIES_FLOW,
  STOCK_TRIGGER,
  STOCK_UNITS,
  TOTAL_BEFORE,
  UNIT_HEAD_BEFORE,
  UNIT_SUBJECT,
  YEAR_AFTER,
  YEAR_BEFORE,
} from './patterns.js';
import { type OrgStatFields, orgStatSchema } from './schema.js';

/**
 * Finds the size of the organization: every count of members or party units after a stock phrase
 * ("Đảng bộ khối hiện có 69 tổ chức cơ sở đảng …; có 260 tổ chức đảng dưới cơ sở, trong đó có 9 đảng bộ bộ phận,
 * 251 chi bộ với tổng số 4.294 đảng viên" gives five records), and series over years ("số đảng viên tăng từ 255 đồng
 * chí năm 2005 lên 284 đồng chí năm 2006" gives two, each with its year).
 */
export const orgStatExtractor = defineExtractor({
  id: 'orgStat',
  description: 'The size of the organization: members, grassroots organizations, cells, at a point',
  schema: orgStatSchema,
  priority: 60,
  extract: (doc) => doc.sentences.flatMap((sentence) => (sentence.skip ? [] : fromSentence(doc, sentence))),
});

export default orgStatExtractor;

function fromSentence(doc: AnalyzedDocument, sentence: Sentence): Candidate<OrgStatFields>[] {
  const series = fromSeries(doc, sentence);
  // Numbers after the stock phrase are sizes; without one, only a size named before its number ("số đảng viên … là").
  const from = stockStart(sentence) ?? (NAMED_SIZE.test(sentence.text) ? Number.POSITIVE_INFINITY : null);
  if (from === null) return series;
  const inSeries = new Set(series.map((c) => c.claims?.[0]?.start));
  const out: Candidate<OrgStatFields>[] = [...series];
  // Whether the last count was a size: a part of it ("trong đó có …", "(với …)") is one only if it was.
  let headIsStock = false;
  let previousEnd: number | null = null;
  // A figure inside the words that describe the one before ("9 chi bộ còn dưới 10 đảng viên") is no size either.
  let describedUntil = -1;
  for (const n of numbersIn(doc, sentence)) {
    if (n.kind !== 'count' && n.kind !== 'ratio') continue;
    const isPart = previousEnd !== null && PART_BETWEEN.test(doc.text.slice(previousEnd, n.start));
    const headWasStock = headIsStock;
    const noun = stockNounAfter(doc, n);
    previousEnd = noun?.end ?? n.end;
    headIsStock = false;
    if (n.kind !== 'count' || inSeries.has(n.start) || n.start < describedUntil) continue;
    if (noun && NOT_STOCK_AFTER.test(doc.text.slice(noun.end, noun.end + 30))) {
      // Only a party unit's description holds figures of its own; "236 đại biểu chính thức đại diện cho …" does not.
      if (!STOCK_UNITS.has(noun.unit)) continue;
      const stop = /[,;.)]|\svà\s/u.exec(doc.text.slice(noun.end, sentence.end));
      describedUntil = stop ? noun.end + stop.index : sentence.end;
      continue;
    }
    const record = stockAt(doc, sentence, n, noun, from);
    if (!record || (isPart && !headWasStock)) continue;
    headIsStock = true;
    out.push(record);
  }
  return out;
}

/** Where the stock phrase ends (numbers after it are sizes), skipping a "tổng số" that counts a flow; null if none. */
function stockStart(sentence: Sentence): number | null {
  for (const m of sentence.text.matchAll(STOCK_TRIGGER)) {
    const end = m.index + m[0].length;
    if (/^tổng số$/iu.test(m[0]) && FLOW_TOTAL_AFTER.test(sentence.text.slice(end))) continue;
    return sentence.start + end;
  }
  return null;
}

/** The counted noun, also a unit written with a capital ("386 Đảng bộ cơ sở"). */
function stockNounAfter(doc: AnalyzedDocument, n: NumberMention): { unit: string; end: number } | null {
  const noun = nounAfter(doc, n);
  if (noun) return noun;
  const capital = CAPITALIZED_UNIT.exec(doc.text.slice(n.end, n.end + 30));
  const written = capital?.groups?.unit;
  if (!capital || !written) return null;
  const lower = written.charAt(0).toLowerCase() + written.slice(1);
  const unit = readUnit(lower, 0)?.unit ?? lower;
  return { unit, end: n.end + capital[0].length };
}

/** One size after the stock phrase, or named before its number ("tổng số đảng viên … là 1.342"); null if not one. */
function stockAt(
  doc: AnalyzedDocument,
  sentence: Sentence,
  n: NumberMention,
  noun: { unit: string; end: number } | null,
  from: number,
): Candidate<OrgStatFields> | null {
  const before = doc.text.slice(Math.max(sentence.start, n.start - 80), n.start);
  const total = TOTAL_BEFORE.exec(before);
  let entity: string | null = null;
  let start = n.start;
  let end = noun?.end ?? n.end;
  if (total?.groups?.what) {
    entity = total.groups.what;
    start = n.start - total[0].length;
    if (!noun || !STOCK_UNITS.has(noun.unit)) end = n.end;
  } else if (n.start >= from && noun && STOCK_UNITS.has(noun.unit)) {
    entity = noun.unit;
  } else if (
    n.start >= from &&
    noun &&
    REPRESENTED_UNITS.has(noun.unit) &&
    /đại diện cho\s*$/iu.test(qualified(before))
  ) {
    entity = 'đảng viên';
  }
  if (!entity) return null;
  if (CHANGE_BEFORE.test(before)) return null;
  if (!isOwnScope(doc, sentence, n, end)) return null;
  if (isSectorPart(doc, sentence, total?.[0] ?? '', end)) return null;
  // "…, dự kiến năm 2006 sẽ có 25 chi bộ": a size planned, not reached.
  if (isPlanned(sentence, n.start - sentence.start)) return null;
  const organization = organizationAt(doc, sentence, n.start);
  if (isSectorSubject(doc, sentence, n.start, organization)) return null;
  if (isUnreadUnit(doc, sentence, n, organization)) return null;
  return {
    fields: {
      organization,
      entity: canonicalEntity(entity),
      count: n.value,
      asOf: asOfBefore(doc, sentence, n.start) ?? sentencePeriod(doc, sentence),
    },
    start,
    end,
    sentence,
    claims: [claimOf(n)],
  };
}

/** The text before a number without its qualifier ("đại diện cho hơn " → "đại diện cho "). */
function qualified(before: string): string {
  return before.replace(/(?:gần|hơn|trên|khoảng|xấp xỉ|ước)\s+$/iu, '');
}

/**
 * Whether the figure is the size of a unit the report is about: not the whole country ("cả nước có gần 3 triệu
 * đảng viên"; a million members is more than any province has) and not the founding members of a unit set up in
 * the clause ("ra mắt chi bộ … gồm 3 đảng viên").
 */
function isOwnScope(doc: AnalyzedDocument, sentence: Sentence, n: NumberMention, end: number): boolean {
  if (n.value >= 1_000_000) return false;
  const clauseStart = Math.max(sentence.start, doc.text.lastIndexOf(';', n.start) + 1);
  if (NEW_UNIT.test(doc.text.slice(clauseStart, n.start))) return false;
  return !NATION.test(doc.text.slice(clauseStart, Math.min(sentence.end, end + 40)));
}

/**
 * The unit a figure belongs to: the one named before it (organizationBefore), read in full where the name reader cut it.
 * A unit standing as the subject of "… (hiện) có" is read up to the verb, for every figure after it in the clause ("Đảng bộ khối doanh nghiệp ngoài quốc doanh
 * quận Tân Bình hiện có 15 chi bộ"); a ministry cut after its first word gets its second ("Bộ Ngoại" → "Bộ Ngoại giao");
 * a unit named again by its kind only ("nâng tổng số đảng viên Đảng bộ khối lên 91") is the one named in full earlier
 * in the sentence ("Đảng bộ khối DNTN").
 */
function organizationAt(doc: AnalyzedDocument, sentence: Sentence, at: number): string | null {
  const read = organizationBefore(doc, at, sentence.start);
  const clauseStart = Math.max(sentence.start, doc.text.lastIndexOf(';', at - 1) + 1);
  const clause = doc.text.slice(clauseStart, at);
  let subject: string | undefined;
  for (const m of clause.matchAll(UNIT_SUBJECT)) subject = m.groups?.name;
  if (subject && hasProperName(subject) && (read === null || (subject.startsWith(read) && subject !== read))) {
    return subject;
  }
  if (read !== null) return completeMinistry(doc, clauseStart, clause, read);
  const mentions = findOrganizations(doc.text.slice(sentence.start, at));
  const last = mentions[mentions.length - 1];
  if (!last || sentence.start + last.start < clauseStart || hasProperName(last.name)) return null;
  const named = (m: { name: string }) => m.name.startsWith(`${last.name} `) && hasProperName(m.name);
  const full = mentions.find(named);
  if (full) return full.name;
  // "… trong Đảng bộ lên 215 người": the unit named by its kind only is the one its paragraph named in full.
  return paragraphSubject(doc, sentence, last.name);
}

/** Whether a unit's name has a proper name after its kind ("Đảng bộ huyện Thới Lai", "Đảng bộ khối DNTN"). */
function hasProperName(name: string): boolean {
  return name
    .split(/\s+/u)
    .slice(2)
    .some((w) => /^\p{Lu}/u.test(w) && !GENERIC_WORDS.has(w));
}

// Capitalized words of a unit's kind, not its proper name: "Đảng bộ Khối Cơ quan", "Các", "Đảng ủy".
const GENERIC_WORDS = new Set(['Khối', 'Cơ', 'Các', 'Doanh', 'Đảng', 'Ủy', 'Uỷ', 'Thường', 'Vụ']);

/** "Đảng bộ cơ quan Bộ Ngoại" followed by "giao" in the text: the ministry's name in full. */
function completeMinistry(doc: AnalyzedDocument, clauseStart: number, clause: string, read: string): string {
  if (!MINISTRY_CUT.test(read)) return read;
  const at = clause.lastIndexOf(read);
  if (at === -1) return read;
  const next = NAME_GOES_ON.exec(doc.text.slice(clauseStart + at + read.length, clauseStart + at + read.length + 20));
  const word = next?.groups?.word;
  return word && !NOT_NAME_WORD.has(word) ? `${read} ${word}` : read;
}

/**
 * Whether the figure counts only one sector of the unit: a sector named after the figure in its clause ("688 đảng viên
 * đang sinh hoạt tại 80 chi bộ … khu vực ngoài quốc doanh") or between a named size and its number ("tổng số đảng viên
 * khu vực ngoài quốc doanh là 169"). A unit named for its sector before the figure is the unit itself and stays.
 */
function isSectorPart(doc: AnalyzedDocument, sentence: Sentence, named: string, end: number): boolean {
  if (SECTOR_PART.test(named)) return true;
  const stop = /[;.]/u.exec(doc.text.slice(end, sentence.end));
  return SECTOR_PART.test(doc.text.slice(end, stop ? end + stop.index : sentence.end));
}

/**
 * Whether a sector stands in the clause before the figure, not as a party unit's name: "Các doanh nghiệp tư nhân trên
 * địa bàn hiện có 420 đảng viên", "có 85 chi bộ trong các doanh nghiệp ngoài quốc doanh với hơn 900 đảng viên" count
 * only that sector; "Đảng bộ khối doanh nghiệp ngoài quốc doanh … có" is the unit itself.
 */
function isSectorSubject(doc: AnalyzedDocument, sentence: Sentence, at: number, organization: string | null): boolean {
  const clauseStart = Math.max(sentence.start, at - 200, doc.text.lastIndexOf(';', at - 1) + 1);
  const clause = doc.text.slice(clauseStart, at);
  // A unit named after the sector is the figure's own ("doanh nghiệp có vốn nước ngoài … như: Chi bộ Công ty A có 6").
  const named = organization === null ? -1 : clause.lastIndexOf(organization);
  const from = named === -1 ? 0 : named + (organization?.length ?? 0);
  for (const m of clause.slice(from).matchAll(SECTOR_ANY)) {
    const start = from + m.index;
    if (!UNIT_HEAD_BEFORE.test(clause.slice(Math.max(0, start - 24), start))) return true;
  }
  return false;
}

/**
 * Whether a named unit stands between the organization read for a figure and the figure, one the reader does not
 * know: in "Chi bộ Công ty A có 6 đảng viên, Tổ đảng Công ty B có 3 đảng viên" the 3 is not Chi bộ Công ty A's.
 * Such a figure is left out rather than given to the wrong unit.
 */
function isUnreadUnit(
  doc: AnalyzedDocument,
  sentence: Sentence,
  n: NumberMention,
  organization: string | null,
): boolean {
  const before = doc.text.slice(sentence.start, n.start);
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(NAMED_UNIT_HEAD)) last = m;
  if (!last) return false;
  // Without an organization read, only a kind the reader never reads ("Tổ đảng …") tells of another unit: a
  // "Đảng bộ Khối …" left unread is the report's own.
  if (organization === null) return /^tổ đảng$/iu.test(last[0]);
  return before.lastIndexOf(organization) < last.index;
}

/** The day a size is counted at, written before it in the sentence: "tính đến ngày 10-9-2018", "Đến tháng 5/2025". */
function asOfBefore(doc: AnalyzedDocument, sentence: Sentence, at: number): string | null {
  let found: string | null = null;
  for (const d of doc.dates) {
    if (d.start < sentence.start || d.end > at) continue;
    if (AS_OF_BEFORE.test(doc.text.slice(Math.max(sentence.start, d.start - 30), d.start))) found = d.value;
  }
  return found;
}

/**
 * A series of sizes over years: "số đảng viên tăng từ 255 đồng chí năm 2005 lên 284 đồng chí năm 2006, 288 đồng chí
 * năm 2007", "năm 2005 có 255 đảng viên, năm 2006 là 284". Each figure tied to a year is one record with that year
 * as `asOf`; the entity is the one the series names ("số đảng viên") or the first figure's. Flows ("năm 2021 kết
 * nạp 35 đảng viên") are not series of sizes. A sentence that starts in lowercase continues the one before (a page
 * break or footnote in a PDF cut it), so it keeps that sentence's cue.
 */
function fromSeries(doc: AnalyzedDocument, sentence: Sentence): Candidate<OrgStatFields>[] {
  const previous = doc.sentences[sentence.index - 1];
  const own = SERIES_CUE.exec(sentence.text);
  const carried = !own && previous && CONTINUES.test(sentence.text) ? SERIES_CUE.exec(previous.text) : null;
  const cue = own ?? carried;
  const leadStart = own ? sentence.start + own.index : carried && previous ? sentence.start : null;
  const items: { n: NumberMention; year: string; unit: string | null; end: number }[] = [];
  for (const n of numbersIn(doc, sentence)) {
    const figure = seriesFigure(doc, n);
    if (!figure) continue;
    const after = YEAR_AFTER.exec(doc.text.slice(figure.end, figure.end + 20));
    const before = YEAR_BEFORE.exec(doc.text.slice(Math.max(sentence.start, n.start - 60), n.start));
    const year = after?.groups?.year ?? before?.groups?.year;
    if (year) items.push({ n, year, ...figure });
  }
  const written = cue?.groups?.what ?? items.find((i) => i.unit && STOCK_UNITS.has(i.unit))?.unit;
  if (!written) return [];
  const entity = canonicalEntity(written);
  // A figure counts what the series names: members in "đồng chí" or "người", or the same kind of unit.
  const fits = (unit: string | null) =>
    unit === null ||
    canonicalEntity(unit) === entity ||
    (entity === 'đảng viên' && (unit === 'đồng chí' || unit === 'người'));
  const figures = items.filter((i) => fits(i.unit));
  // One figure with a year is a series only after its cue ("số đảng viên tăng từ 255 đồng chí năm 2005").
  if (figures.length === 0 || (figures.length === 1 && !cue)) return [];
  const first = figures[0]!;
  const last = figures[figures.length - 1]!;
  if (SERIES_FLOW.test(doc.text.slice(leadStart ?? Math.max(sentence.start, first.n.start - 40), last.end))) return [];
  return figures
    .filter(({ n, end }) => isOwnScope(doc, sentence, n, end) && !isPlanned(sentence, n.start - sentence.start))
    .map(({ n, year, end }) => ({
      fields: { organization: organizationAt(doc, sentence, n.start), entity, count: n.value, asOf: year },
      start: n.start,
      end,
      sentence,
      claims: [claimOf(n)],
    }));
}

// A sentence cut from the one before: it starts, after a stray footnote number, in lowercase ("1\n lên 284 đồng chí").
const CONTINUES = /^(?:\d{1,2}\s+)?\p{Ll}/u;

/**
 * A figure of a series with its counted noun: "255 đồng chí", "284" (no noun: the series names it), "303 đồng\nchí"
 * (cut by a line break, which the number reader takes for money); null for other numbers.
 */
function seriesFigure(doc: AnalyzedDocument, n: NumberMention): { unit: string | null; end: number } | null {
  if (n.kind === 'money') {
    const cut = /^\s*đồng\s+chí(?![\p{L}])/u.exec(doc.text.slice(n.end, n.end + 12));
    return cut ? { unit: 'đồng chí', end: n.end + cut[0].length } : null;
  }
  if (n.kind !== 'count') return null;
  const noun = stockNounAfter(doc, n);
  return { unit: noun?.unit ?? null, end: noun?.end ?? n.end };
}
