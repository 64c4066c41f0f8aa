import { type AnalyzedDocument, type NumberMention, parseNumber, readUnit, type Sentence } from '@vnpr/core';
import { defineExtractor, type SentenceCandidate, type SentenceInput } from '../contract.js';
import { remembered } from '../shared/memo.js';
import { neighbourInput } from '../shared/neighbour.js';
import { claimOf, MEMBER_UNITS, nounAfter } from '../shared/numbers.js';
import { organizationBefore } from '../shared/organization.js';
import { paragraphSubject } from '../shared/paragraph.js';
import { documentPeriod, readPeriod } from '../shared/period.js';
import { isPlanned } from '../shared/plans.js';
import { firstAtOrAfter } from '../shared/sorted.js';
import {
  ACTIONS,
  BACK_REFERENCE,
  BARE_COUNT_END,
  CATEGORY_AFTER,
  COMPARED_YEAR,
  GAP_AFTER,
  IDIOM_BEFORE,
  INTO_PARTY,
  JOINING_PEOPLE,
  LIST_HEAD,
  LIST_OPENER,
  LIST_SEPARATOR,
  MEMBERSHIP_CUES,
  NOT_A_NAME,
  NOT_PARTY,
  PARTY_CONTEXT,
  PASSIVE_BEFORE,
  PAST_TERM,
  PERCENT_OF_TARGET,
  PLACE_NOT_NEED,
  PLANNED,
  SHARE_AFTER_RATIO,
  SIZE_IN_SENTENCE,
  TARGET_AFTER,
  TARGET_RANGE_END,
  TRANSFER_BEFORE,
  UNIT_KIND,
  UNIT_KIND_NAME_BEFORE,
  UNIT_NAME_WORDS,
} from './patterns.js';
import { type MembershipAction, type MembershipFields, membershipSchema } from './schema.js';

/** How far after the flow's words its number may stand ("kết nạp được nhiều đảng viên nhất với 74 đảng viên"). */
const MAX_GAP = 32;

/** How far after a list separator an item's number may stand ("Đảng bộ Khối Các cơ quan - Doanh nghiệp tỉnh 87"). */
const MAX_ITEM_NAME = 64;

type Flow = SentenceCandidate<MembershipFields>;

/**
 * Finds flows of party members: admissions, transfers, exits, cards.
 *
 * @example
 * "đã kết nạp 209/150 đảng viên, đạt 139,33% so nghị quyết"
 * // → { action: 'kết nạp', count: 209, target: 150, percentOfTarget: 139.33 }
 */
export const membershipExtractor = defineExtractor({
  id: 'membership',
  description:
    'Flows of party members: kết nạp, chuyển chính thức, chuyển sinh hoạt, ra khỏi Đảng, xóa tên, khai trừ, cấp thẻ',
  schema: membershipSchema,
  priority: 40,
  cues: MEMBERSHIP_CUES,
  examples: [
    'Năm 2022, Đảng bộ huyện kết nạp 186/170 đảng viên, đạt 109,4% chỉ tiêu.',
    'Đảng ủy xét chuyển đảng chính thức cho 57 đồng chí.',
    'Ban Thường vụ công nhận đảng viên chính thức cho 21 đồng chí.',
    'Làm thủ tục chuyển sinh hoạt đảng đi cho 38 lượt đảng viên.',
    'Tiếp nhận chuyển sinh hoạt đảng đến cho 42 lượt đảng viên.',
    'Làm thủ tục chuyển sinh hoạt đảng cho 16 đảng viên.',
    'Trong năm, đưa ra khỏi Đảng 3 đồng chí.',
    'Thi hành kỷ luật khai trừ 2 đảng viên vi phạm.',
    'Xóa tên 4 đảng viên khỏi danh sách.',
    'Cấp thẻ đảng viên cho 95 đồng chí.',
    'Đổi thẻ Đảng cho 61 đồng chí.',
    'Có 27 quần chúng ưu tú vinh dự đứng vào hàng ngũ của Đảng.',
    'Chi bộ phát triển được 14 đảng viên mới.',
    'Nâng tổng số đảng viên kết nạp trong 6 tháng lên 33 đảng viên.',
    'Một số đơn vị kết nạp nhiều: Tân Hòa 26, Phú Lâm 19.',
    'Toàn huyện kết nạp 64 đảng viên. Trong đó, xã Tân Hòa 26 đảng viên, xã Phú Lâm 19.',
  ],
  fromSentence: (s) => flowsOf(s),
});

export default membershipExtractor;

/** The last flow of each sentence read: a list that opens the next sentence ("Trong đó, Thạnh Phú 121, …") continues it. */
const lastFlows = new WeakMap<Sentence, Pick<MembershipFields, 'action' | 'period'> | null>();

function flowsOf(s: SentenceInput): Flow[] {
  const found = fromSentence(s);
  const last = found.reduce<Flow | undefined>((l, f) => (l && l.start > f.start ? l : f), undefined);
  lastFlows.set(s.sentence, last ? { action: last.fields.action, period: last.fields.period } : null);
  return found;
}

/** The last flow of the content sentence before, read now if it was not read yet (it held no cue). */
function previousFlow(s: SentenceInput): Pick<MembershipFields, 'action' | 'period'> | null {
  let i = s.index - 1;
  while (i >= 0 && s.doc.sentences[i]?.skip) i--;
  const before = s.doc.sentences[i];
  if (!before) return null;
  if (!lastFlows.has(before)) flowsOf(neighbourInput(s, before));
  return lastFlows.get(before) ?? null;
}

function fromSentence(s: SentenceInput): Flow[] {
  const { text } = s;
  const opener = LIST_OPENER.exec(text);
  const previous = opener ? previousFlow(s) : null;
  const out: Flow[] = [];
  const numbers = s.numbers.filter((n) => n.kind === 'count' || n.kind === 'ratio');
  const used = new Set<number>();
  const taken = new Spans();
  if (opener && previous) {
    out.push(...listItems(s, numbers, used, opener[0].length, previous.action, previous.period, true));
  }
  // Where the first flow whose share names the plan starts: a bare share after it, in the same list, is one too.
  let planShareAt = Number.POSITIVE_INFINITY;
  for (const { action, pattern } of ACTIONS) {
    for (const m of text.matchAll(pattern)) {
      const from = m.index;
      const to = from + m[0].length;
      if (taken.overlaps(from, to)) continue;
      const before =
        text
          .slice(Math.max(0, from - 40), from)
          .split(/[;,()]/)
          .pop() ?? '';
      if (PLANNED.test(before.replace(PLACE_NOT_NEED, '')) || isPlanned(s.sentence, from)) continue;
      // "phát triển" is also growth: beside a size ("Chi bộ A phát triển 12 đảng viên, Chi bộ B có 8 đảng viên",
      // "từ chỗ chỉ có 4 đảng viên, … đã phát triển được 31 đảng viên") its count may be a size, not admissions.
      if (/^phát triển/iu.test(m[0]) && sentenceTest(SIZE_IN_SENTENCE, s.sentence)) continue;
      const idiom = m[0].includes('hàng ngũ');
      const intoParty = INTO_PARTY.test(m[0]);
      // "tiếp nhận 64 đảng viên chuyển sinh hoạt đến, 37 đảng viên …": a transfer's count written right before it is its own.
      const transfer = action.startsWith('chuyển sinh hoạt');
      const between = idiom ? IDIOM_BEFORE : transfer ? TRANSFER_BEFORE : PASSIVE_BEFORE;
      const after = idiom ? undefined : countAfter(text, numbers, to, used);
      const preceding = countBefore(text, numbers, from, used, between);
      // The first that counts members: "19 đoàn viên ưu tú được kết nạp Đảng, 320 thanh niên …" takes the one before.
      let n: NumberMention | undefined;
      let noun: ReturnType<typeof memberNoun> = null;
      for (const x of transfer ? [preceding, after] : [after, preceding]) {
        if (!x) continue;
        const xNoun = memberNoun(text, x);
        const unit = xNoun?.unit ?? null;
        const counted =
          unit === null
            ? x === after && isBareCount(text, x, m[0])
            : MEMBER_UNITS.has(unit) || (intoParty && JOINING_PEOPLE.has(unit));
        if (counted) {
          n = x;
          noun = xNoun;
          break;
        }
      }
      if (!n) continue;
      // "kết nạp 25 đảng viên là công nhân, 10 đảng viên là tiểu thương": a part of the admissions, not their total.
      if (noun && CATEGORY_AFTER.test(text.slice(noun.end, noun.end + 40))) continue;
      taken.add(from, to);
      used.add(n.start);
      if (noun?.rangeEnd !== undefined) used.add(noun.rangeEnd);
      const claims = [claimOf(n)];
      let end = Math.max(to, noun?.end ?? n.end);
      const tail = text.slice(end, end + 60);
      let percentOfTarget: number | null = null;
      const pct = PERCENT_OF_TARGET.exec(tail);
      // "vượt 30% chỉ tiêu" is 30% above the plan, not 30% of it: left out rather than guessed.
      const pctValue = pct?.groups?.pct ? parseNumber(pct.groups.pct) : null;
      if (pct && pctValue !== null && !(pct.groups?.verb?.toLowerCase() === 'vượt' && pctValue < 100)) {
        percentOfTarget = pctValue;
        planShareAt = Math.min(planShareAt, from);
        const pctMention = numbers.find((x) => x.start >= end && x.start <= end + pct[0].length);
        const pctAny = s.numbers.find((x) => x.kind === 'percent' && x.start >= end && x.end <= end + pct[0].length);
        if (pctAny) claims.push(claimOf(pctAny));
        else if (pctMention) claims.push(claimOf(pctMention));
        end += pct[0].length;
        if (text.charAt(end) === ')') end++;
      }
      const bareShare = percentOfTarget === null && (n.denominator !== null || from > planShareAt);
      const share = bareShare ? SHARE_AFTER_RATIO.exec(tail) : null;
      if (share?.groups?.pct) {
        percentOfTarget = parseNumber(share.groups.pct);
        const pctMention = s.numbers.find(
          (x) => x.kind === 'percent' && x.start >= end && x.end <= end + share[0].length,
        );
        if (pctMention) claims.push(claimOf(pctMention));
        end += share[0].length;
      }
      let target = noun?.rangeEnd !== undefined ? null : n.denominator;
      const planned = target === null && noun?.rangeEnd === undefined ? TARGET_AFTER.exec(tail) : null;
      if (planned?.groups?.target) target = parseNumber(planned.groups.target);
      const period = flowPeriod(s, from);
      out.push({
        fields: {
          organization: unitBefore(s, from) ?? referredUnit(s),
          action,
          count: n.value,
          target,
          percentOfTarget,
          period,
        },
        start: Math.min(from, n.start),
        end: Math.max(end, n.end),
        claims,
      });
      // "Đảng bộ xã A kết nạp 87, xã B 84, xã C 81": the units after the flow, each with its own figure.
      out.push(...listItems(s, numbers, used, Math.max(end, n.end), action, period, false));
    }
  }
  // "các đơn vị kết nạp nhiều: Thạnh Phú 121, Giồng Trôm 120": a list the flow announces.
  for (const m of text.matchAll(LIST_HEAD)) {
    if (isPlanned(s.sentence, m.index)) continue;
    const at = m.index + m[0].length;
    out.push(...listItems(s, numbers, used, at, 'kết nạp', flowPeriod(s, m.index), true));
  }
  return out;
}

/** "kết nạp được 99 đảng viên": the first unused count within a short gap of function words after the flow. */
function countAfter(text: string, numbers: NumberMention[], to: number, used: Set<number>) {
  for (let i = firstAtOrAfter(numbers, to); i < numbers.length; i++) {
    const x = numbers[i]!;
    if (x.start - to > MAX_GAP) return undefined;
    if (!used.has(x.start) && GAP_AFTER.test(text.slice(to, x.start))) return x;
  }
  return undefined;
}

/**
 * "120 quần chúng ưu tú được kết nạp", "64 quần chúng đã vinh dự đứng vào hàng ngũ của Đảng": the count stands before
 * the flow, its noun followed by the words `between` allows.
 */
function countBefore(text: string, numbers: NumberMention[], at: number, used: Set<number>, between: RegExp) {
  for (let i = firstAtOrAfter(numbers, at) - 1; i >= 0; i--) {
    const x = numbers[i]!;
    if (x.end > at || used.has(x.start)) continue;
    const noun = memberNoun(text, x);
    return noun && noun.end <= at && between.test(text.slice(noun.end, at)) ? x : undefined;
  }
  return undefined;
}

/**
 * The noun a count of members stands before: "209 đảng viên", also across a wrapped line ("691\nđảng viên mới") and
 * after a planned range ("7.979/8.000 - 8.500 đảng viên": `rangeEnd` is where the range's second number starts).
 */
function memberNoun(text: string, n: NumberMention): { unit: string; end: number; rangeEnd?: number } | null {
  const noun = nounAfter({ text }, n);
  if (noun) return noun;
  if (text.charAt(n.end) === '\n') {
    const u = readUnit(text, n.end + 1);
    if (u && MEMBER_UNITS.has(u.unit)) return { unit: u.unit, end: n.end + 1 + u.length };
  }
  const range = n.denominator !== null ? TARGET_RANGE_END.exec(text.slice(n.end, n.end + 40)) : null;
  if (range) {
    const u = readUnit(text, n.end + range[0].length);
    if (u)
      return {
        unit: u.unit,
        end: n.end + range[0].length + u.length,
        rangeEnd: n.end + (range.index ?? 0) + range[0].search(/\d/),
      };
  }
  return null;
}

/**
 * A number without a noun counts members only in a sentence about the Party and not about the Youth Union or an
 * association, right after an admission, exit or transfer (not "phát triển", which grows many things), and when the
 * number ends its item: "kết nạp 87, xã B 84", "(khai trừ 16, xóa tên 9)".
 */
function isBareCount(text: string, n: NumberMention, flow: string): boolean {
  if (flow.startsWith('phát triển') || flow.startsWith('nâng')) return false;
  if (!PARTY_CONTEXT.test(text) || NOT_PARTY.test(text)) return false;
  return BARE_COUNT_END.test(text.slice(n.end, n.end + 5));
}

/**
 * The items of a list of units after a flow, each "name number [noun]": "…, huyện Ninh Giang 87 đảng viên, huyện Kim
 * Thành 84", "Thạnh Phú 121 đảng viên, Mỏ Cày Nam 121, …". Stops at the first item that is not a unit and its count.
 */
function listItems(
  s: SentenceInput,
  numbers: NumberMention[],
  used: Set<number>,
  at: number,
  action: MembershipAction,
  period: string | null,
  opened: boolean,
): Flow[] {
  const { text } = s;
  const out: Flow[] = [];
  let pos = at;
  for (let first = opened; ; first = false) {
    if (!first) {
      LIST_SEPARATOR.lastIndex = pos;
      const sep = LIST_SEPARATOR.exec(text);
      if (!sep) break;
      pos = sep.index + sep[0].length;
    }
    const n = numbers[firstAtOrAfter(numbers, pos)];
    if (!n || n.end > text.length || n.start - pos > MAX_ITEM_NAME || n.kind !== 'count' || used.has(n.start)) break;
    // (An item with its own verb, "huyện B kết nạp 41 ĐV, đạt 82%", is a flow of its own: not a name.)
    const written = text.slice(pos, n.start).trim();
    // "Đức Trọng (112), Lâm Hà (98)": the count in brackets after the name.
    const bracketed = written.endsWith('(') && text.charAt(n.end) === ')';
    const name = bracketed ? written.slice(0, -1).trim() : written;
    if (!isUnitName(name)) break;
    const noun = bracketed ? null : memberNoun(text, n);
    const bareEnd = BARE_COUNT_END.test(text.slice(n.end, n.end + 5));
    if (noun ? !MEMBER_UNITS.has(noun.unit) : !bareEnd) break;
    used.add(n.start);
    const end = bracketed ? n.end + 1 : (noun?.end ?? n.end);
    out.push({
      fields: { organization: name, action, count: n.value, target: null, percentOfTarget: null, period },
      start: pos,
      end,
      claims: [claimOf(n)],
    });
    pos = end;
  }
  return out;
}

/** "Mỏ Cày Nam", "TP. Bến Tre", "huyện Ninh Giang", "Bộ đội Biên phòng tỉnh": a unit's name as a list writes it. */
function isUnitName(name: string): boolean {
  if (!name || name.length > MAX_ITEM_NAME || NOT_A_NAME.test(name)) return false;
  const words = name.split(/\s+/);
  if (!/^\p{Lu}/u.test(words[0] ?? '') && !UNIT_KIND.test(name)) return false;
  return words.every(
    (w) => w === '-' || (/^[\p{L}\p{M}.-]+$/u.test(w) && (/^\p{Lu}/u.test(w) || UNIT_NAME_WORDS.has(w.toLowerCase()))),
  );
}

/**
 * The unit a flow belongs to: a territorial unit's kind and name right before it ("…, huyện Cần Giờ kết nạp 57") when
 * that is nearer than the last party unit of the clause ("Đảng bộ huyện Cần Giuộc kết nạp 102 đảng viên, …").
 */
function unitBefore(s: SentenceInput, at: number): string | null {
  const party = organizationBefore(s, at);
  const place = kindNameBefore(s.text, at);
  return place !== null && !party?.endsWith(place) ? place : party;
}

/**
 * "Đảng bộ cơ quan Sở X đã tổng kết … . Các chi bộ đã kết nạp 9 đảng viên, nâng tổng số đảng viên trong Đảng bộ lên
 * 215": a sentence that refers to "the Đảng bộ" by its kind only speaks of the one its paragraph names; null if none.
 */
function referredUnit(s: SentenceInput): string | null {
  return sentenceTest(BACK_REFERENCE, s.sentence) ? paragraphSubject(s.doc, s.sentence, 'Đảng bộ') : null;
}

const sentenceTests = new WeakMap<Sentence, Map<string, boolean>>();

/** A pattern tested once per sentence, however many flows of a long one ask. */
function sentenceTest(pattern: RegExp, sentence: Sentence): boolean {
  return remembered(sentenceTests, sentence, pattern.source, () => pattern.test(sentence.text));
}

/** "thị xã Kinh Môn kết nạp 98 đảng viên": a territorial unit's kind and proper name right before the flow. */
function kindNameBefore(text: string, at: number): string | null {
  const m = UNIT_KIND_NAME_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  return m?.groups?.name ?? null;
}

/**
 * The period of a flow: the one its own clause or sentence names, else the report's. Not the term a congress opens
 * ("Đại hội … nhiệm kỳ 2025-2030", or a term that starts in the year the report is published): the figures a congress
 * hears are the past term's. A past term without its years ("nhiệm kỳ qua") does not take the report's year either.
 */
function flowPeriod(s: SentenceInput, at: number): string | null {
  const { text, sentence } = s;
  const clauseStart = text.lastIndexOf(';', at) + 1;
  const semicolon = text.indexOf(';', at);
  const clauseEnd = semicolon === -1 ? text.length : semicolon;
  const clause = text.slice(clauseStart, clauseEnd);
  const reported = documentPeriod(s.doc);
  const year = reported?.slice(0, 4) ?? null;
  const own = periodOf(sentence, `${clauseStart}-${clauseEnd}`, clause, year);
  if (own) return own;
  const inSentence = periodOf(sentence, 'sentence', text, year);
  const usable = reported !== null && !isNewTerm(s.doc, reported) ? reported : null;
  // "Trong nhiệm kỳ, … kết nạp 58 đảng viên; riêng năm 2019 …": a term's figure takes a term, never a year.
  const pastTerm = remembered(pastTerms, sentence, `${clauseStart}-${clauseEnd}`, () => PAST_TERM.test(clause));
  if (pastTerm) return [inSentence, usable].find((p) => p !== null && TERM_PERIOD.test(p)) ?? null;
  return inSentence ?? usable;
}

const periodsRead = new WeakMap<Sentence, Map<string, string | null>>();
const pastTerms = new WeakMap<Sentence, Map<string, boolean>>();

/**
 * The period a clause of `sentence` (or the sentence itself) names, read once: the many flows of one long clause
 * ask for the same text, and reading it for each would make a long sentence cost its length times its flows.
 */
function periodOf(sentence: Sentence, place: string, text: string, year: string | null): string | null {
  return remembered(periodsRead, sentence, `${year}|${place}`, () => readPeriod(text.replace(COMPARED_YEAR, ''), year));
}

/** "2015-2020": a term or a span of years, not one year, half or quarter. */
const TERM_PERIOD = /^\d{4}-\d{4}$/;

const newTerms = new WeakMap<AnalyzedDocument, Map<string, boolean>>();

function isNewTerm(doc: AnalyzedDocument, period: string): boolean {
  const term = /^(?<from>\d{4})-(?<to>\d{4})$/.exec(period);
  if (!term?.groups) return false;
  const { from, to } = term.groups;
  return remembered(newTerms, doc, period, () => {
    const published = Number(doc.metadata.publishedAt?.slice(0, 4) ?? Number.NaN);
    // "Đại hội Đảng bộ xã nhiệm kỳ 2025-2030", "tổ chức đại hội nhiệm kỳ 2020-2022"; not "Nghị quyết Đại hội … nhiệm kỳ".
    const congress = new RegExp(
      `(?<!(?:Nghị quyết|nghị quyết|NQ)\\s(?:\\S+\\s){0,6})(?:Đại hội|đại hội|ĐH)[^.;\\n]{0,100}?nhiệm kỳ\\s+${from}\\s*[-–]\\s*${to}`,
      'u',
    );
    return published <= Number(from) || congress.test(doc.text);
  });
}

/**
 * The flows' phrases taken so far, kept in text order (they never overlap), so that testing a new phrase is a
 * binary search, not a look at every phrase before it: a sentence of thousands of flows stays linear.
 */
class Spans {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];

  /** True when `[from, to)` overlaps a span taken. */
  overlaps(from: number, to: number): boolean {
    const i = firstAtOrAfter(this.#starts, to) - 1;
    return i >= 0 && (this.#ends[i] ?? 0) > from;
  }

  add(from: number, to: number): void {
    const i = firstAtOrAfter(this.#starts, from);
    this.#starts.splice(i, 0, from);
    this.#ends.splice(i, 0, to);
  }
}
