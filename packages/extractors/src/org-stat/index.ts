import { findOrganizations, type NumberMention, readUnit } from '@vnpr/core';
import { defineExtractor, type SentenceCandidate, type SentenceInput } from '../contract.js';
import { canonicalEntity } from '../shared/entities.js';
import { claimOf, nounAfter } from '../shared/numbers.js';
import { organizationBefore } from '../shared/organization.js';
import { hasProperName, paragraphSubject } from '../shared/paragraph.js';
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
  ORG_STAT_CUES,
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
  cues: ORG_STAT_CUES,
  examples: [
    'Đảng bộ huyện hiện có 47 tổ chức cơ sở đảng với 3.120 đảng viên.',
    'Toàn tỉnh có 1.204 chi bộ trực thuộc.',
    'Đảng ủy Khối có 36 chi, đảng bộ cơ sở.',
    'Tổng số đảng viên của Đảng bộ xã là 612 đồng chí.',
    'Nâng tổng số ĐV toàn huyện lên 4.870 đồng chí.',
    'Đại hội gồm 300 đại biểu đại diện cho hơn 52 nghìn cán bộ, đảng viên.',
    'Đảng bộ gồm 112 Chi bộ cơ sở và 64 Đảng bộ cơ sở.',
    'Số đảng viên tăng từ 186 đồng chí năm 2015 lên 214 đồng chí năm 2020.',
    'Số đảng viên năm 2018 là 96, năm 2019 là 103.',
  ],
  fromSentence,
});

export default orgStatExtractor;

function fromSentence(s: SentenceInput): SentenceCandidate<OrgStatFields>[] {
  const { text } = s;
  const series = fromSeries(s);
  // Numbers after the stock phrase are sizes; without one, only a size named before its number ("số đảng viên … là").
  const from = stockStart(text) ?? (NAMED_SIZE.test(text) ? Number.POSITIVE_INFINITY : null);
  if (from === null) return series;
  const inSeries = new Set(series.map((c) => c.claims?.[0]?.start));
  const out: SentenceCandidate<OrgStatFields>[] = [...series];
  // Whether the last count was a size: a part of it ("trong đó có …", "(với …)") is one only if it was.
  let headIsStock = false;
  let previousEnd: number | null = null;
  // A figure inside the words that describe the one before ("9 chi bộ còn dưới 10 đảng viên") is no size either.
  let describedUntil = -1;
  for (const n of s.numbers) {
    if (n.kind !== 'count' && n.kind !== 'ratio') continue;
    const isPart = previousEnd !== null && PART_BETWEEN.test(text.slice(previousEnd, n.start));
    const headWasStock = headIsStock;
    const noun = stockNounAfter(text, n);
    previousEnd = noun?.end ?? n.end;
    headIsStock = false;
    if (n.kind !== 'count' || inSeries.has(n.start) || n.start < describedUntil) continue;
    if (noun && NOT_STOCK_AFTER.test(text.slice(noun.end, noun.end + 30))) {
      // Only a party unit's description holds figures of its own; "236 đại biểu chính thức đại diện cho …" does not.
      if (!STOCK_UNITS.has(noun.unit)) continue;
      const stop = /[,;.)]|\svà\s/u.exec(text.slice(noun.end));
      describedUntil = stop ? noun.end + stop.index : text.length;
      continue;
    }
    const record = stockAt(s, n, noun, from);
    if (!record || (isPart && !headWasStock)) continue;
    headIsStock = true;
    out.push(record);
  }
  return out;
}

/** Where the stock phrase ends (numbers after it are sizes), skipping a "tổng số" that counts a flow; null if none. */
function stockStart(text: string): number | null {
  for (const m of text.matchAll(STOCK_TRIGGER)) {
    const end = m.index + m[0].length;
    if (/^tổng số$/iu.test(m[0]) && FLOW_TOTAL_AFTER.test(text.slice(end))) continue;
    return end;
  }
  return null;
}

/** The counted noun, also a unit written with a capital ("386 Đảng bộ cơ sở"). */
function stockNounAfter(text: string, n: NumberMention): { unit: string; end: number } | null {
  const noun = nounAfter({ text }, n);
  if (noun) return noun;
  const capital = CAPITALIZED_UNIT.exec(text.slice(n.end, n.end + 30));
  const written = capital?.groups?.unit;
  if (!capital || !written) return null;
  const lower = written.charAt(0).toLowerCase() + written.slice(1);
  const unit = readUnit(lower, 0)?.unit ?? lower;
  return { unit, end: n.end + capital[0].length };
}

/** One size after the stock phrase, or named before its number ("tổng số đảng viên … là 1.342"); null if not one. */
function stockAt(
  s: SentenceInput,
  n: NumberMention,
  noun: { unit: string; end: number } | null,
  from: number,
): SentenceCandidate<OrgStatFields> | null {
  const before = s.text.slice(Math.max(0, n.start - 80), n.start);
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
  if (!isOwnScope(s.text, n, end)) return null;
  if (isSectorPart(s.text, total?.[0] ?? '', end)) return null;
  // "…, dự kiến năm 2006 sẽ có 25 chi bộ": a size planned, not reached.
  if (isPlanned(s.sentence, n.start)) return null;
  const organization = organizationAt(s, n.start);
  if (isSectorSubject(s.text, n.start, organization)) return null;
  if (isUnreadUnit(s.text, n, organization)) return null;
  return {
    fields: {
      organization,
      entity: canonicalEntity(entity),
      count: n.value,
      asOf: asOfBefore(s, n.start) ?? sentencePeriod(s.doc, s.sentence),
    },
    start,
    end,
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
function isOwnScope(text: string, n: NumberMention, end: number): boolean {
  if (n.value >= 1_000_000) return false;
  const clauseStart = text.lastIndexOf(';', n.start) + 1;
  if (NEW_UNIT.test(text.slice(clauseStart, n.start))) return false;
  return !NATION.test(text.slice(clauseStart, end + 40));
}

/**
 * The unit a figure belongs to: the one named before it (organizationBefore), read in full where the name reader cut it.
 * A unit standing as the subject of "… (hiện) có" is read up to the verb, for every figure after it in the clause ("Đảng bộ khối doanh nghiệp ngoài quốc doanh
 * quận Tân Bình hiện có 15 chi bộ"); a ministry cut after its first word gets its second ("Bộ Ngoại" → "Bộ Ngoại giao");
 * a unit named again by its kind only ("nâng tổng số đảng viên Đảng bộ khối lên 91") is the one named in full earlier
 * in the sentence ("Đảng bộ khối DNTN").
 */
function organizationAt(s: SentenceInput, at: number): string | null {
  const { text } = s;
  const read = organizationBefore(s, at);
  const clauseStart = text.lastIndexOf(';', at - 1) + 1;
  const clause = text.slice(clauseStart, at);
  let subject: string | undefined;
  for (const m of clause.matchAll(UNIT_SUBJECT)) subject = m.groups?.name;
  if (subject && hasProperName(subject) && (read === null || (subject.startsWith(read) && subject !== read))) {
    return subject;
  }
  if (read !== null) return completeMinistry(text, clauseStart, clause, read);
  const mentions = findOrganizations(text.slice(0, at));
  const last = mentions[mentions.length - 1];
  if (!last || last.start < clauseStart || hasProperName(last.name)) return null;
  const named = (m: { name: string }) => m.name.startsWith(`${last.name} `) && hasProperName(m.name);
  const full = mentions.find(named);
  if (full) return full.name;
  // "… trong Đảng bộ lên 215 người": the unit named by its kind only is the one its paragraph named in full.
  return paragraphSubject(s.doc, s.sentence, last.name);
}

/** "Đảng bộ cơ quan Bộ Ngoại" followed by "giao" in the text: the ministry's name in full. */
function completeMinistry(text: string, clauseStart: number, clause: string, read: string): string {
  if (!MINISTRY_CUT.test(read)) return read;
  const at = clause.lastIndexOf(read);
  if (at === -1) return read;
  const next = NAME_GOES_ON.exec(text.slice(clauseStart + at + read.length, clauseStart + at + read.length + 20));
  const word = next?.groups?.word;
  return word && !NOT_NAME_WORD.has(word) ? `${read} ${word}` : read;
}

/**
 * Whether the figure counts only one sector of the unit: a sector named after the figure in its clause ("688 đảng viên
 * đang sinh hoạt tại 80 chi bộ … khu vực ngoài quốc doanh") or between a named size and its number ("tổng số đảng viên
 * khu vực ngoài quốc doanh là 169"). A unit named for its sector before the figure is the unit itself and stays.
 */
function isSectorPart(text: string, named: string, end: number): boolean {
  if (SECTOR_PART.test(named)) return true;
  const stop = /[;.]/u.exec(text.slice(end));
  return SECTOR_PART.test(text.slice(end, stop ? end + stop.index : text.length));
}

/**
 * Whether a sector stands in the clause before the figure, not as a party unit's name: "Các doanh nghiệp tư nhân trên
 * địa bàn hiện có 420 đảng viên", "có 85 chi bộ trong các doanh nghiệp ngoài quốc doanh với hơn 900 đảng viên" count
 * only that sector; "Đảng bộ khối doanh nghiệp ngoài quốc doanh … có" is the unit itself.
 */
function isSectorSubject(text: string, at: number, organization: string | null): boolean {
  const clauseStart = Math.max(0, at - 200, text.lastIndexOf(';', at - 1) + 1);
  const clause = text.slice(clauseStart, at);
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
function isUnreadUnit(text: string, n: NumberMention, organization: string | null): boolean {
  const before = text.slice(0, n.start);
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(NAMED_UNIT_HEAD)) last = m;
  if (!last) return false;
  // Without an organization read, only a kind the reader never reads ("Tổ đảng …") tells of another unit: a
  // "Đảng bộ Khối …" left unread is the report's own.
  if (organization === null) return /^tổ đảng$/iu.test(last[0]);
  return before.lastIndexOf(organization) < last.index;
}

/** The day a size is counted at, written before it in the sentence: "tính đến ngày 10-9-2018", "Đến tháng 5/2025". */
function asOfBefore(s: SentenceInput, at: number): string | null {
  let found: string | null = null;
  for (const d of s.dates) {
    if (d.end > at) continue;
    if (AS_OF_BEFORE.test(s.text.slice(Math.max(0, d.start - 30), d.start))) found = d.value;
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
function fromSeries(s: SentenceInput): SentenceCandidate<OrgStatFields>[] {
  const { text } = s;
  const previous = s.doc.sentences[s.index - 1];
  const own = SERIES_CUE.exec(text);
  const carried = !own && previous && CONTINUES.test(text) ? SERIES_CUE.exec(previous.text) : null;
  const cue = own ?? carried;
  const leadStart = own ? own.index : carried && previous ? 0 : null;
  const items: { n: NumberMention; year: string; unit: string | null; end: number }[] = [];
  for (const n of s.numbers) {
    const figure = seriesFigure(text, n);
    if (!figure) continue;
    const after = YEAR_AFTER.exec(text.slice(figure.end, figure.end + 20));
    const before = YEAR_BEFORE.exec(text.slice(Math.max(0, n.start - 60), n.start));
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
  if (SERIES_FLOW.test(text.slice(leadStart ?? Math.max(0, first.n.start - 40), last.end))) return [];
  return figures
    .filter(({ n, end }) => isOwnScope(text, n, end) && !isPlanned(s.sentence, n.start))
    .map(({ n, year, end }) => ({
      fields: { organization: organizationAt(s, n.start), entity, count: n.value, asOf: year },
      start: n.start,
      end,
      claims: [claimOf(n)],
    }));
}

// A sentence cut from the one before: it starts, after a stray footnote number, in lowercase ("1\n lên 284 đồng chí").
const CONTINUES = /^(?:\d{1,2}\s+)?\p{Ll}/u;

/**
 * A figure of a series with its counted noun: "255 đồng chí", "284" (no noun: the series names it), "303 đồng\nchí"
 * (cut by a line break, which the number reader takes for money); null for other numbers.
 */
function seriesFigure(text: string, n: NumberMention): { unit: string | null; end: number } | null {
  if (n.kind === 'money') {
    const cut = /^\s*đồng\s+chí(?![\p{L}])/u.exec(text.slice(n.end, n.end + 12));
    return cut ? { unit: 'đồng chí', end: n.end + cut[0].length } : null;
  }
  if (n.kind !== 'count') return null;
  const noun = stockNounAfter(text, n);
  return { unit: noun?.unit ?? null, end: noun?.end ?? n.end };
}
