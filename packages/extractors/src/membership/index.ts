import { type AnalyzedDocument, findOrganizations, type NumberMention, parseNumber, type Sentence } from '@vnpr/core';
import { type Candidate, defineExtractor } from '../contract.js';
import { claimOf, firstAtOrAfter, MEMBER_UNITS, nounAfter, numbersIn } from '../shared/numbers.js';
import { sentencePeriod } from '../shared/period.js';
import { isPlanned } from '../shared/plans.js';
import {
  ACTION_CUE,
  ACTIONS,
  GAP_AFTER,
  PASSIVE_BEFORE,
  PERCENT_OF_TARGET,
  PLANNED,
  SHARE_AFTER_RATIO,
  TARGET_AFTER,
} from './patterns.js';
import { type MembershipFields, membershipSchema } from './schema.js';

/** How far after the flow's words its number may stand ("kết nạp được 99 đảng viên"). */
const MAX_GAP = 24;

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
  extract: (doc) => doc.sentences.flatMap((sentence) => (sentence.skip ? [] : fromSentence(doc, sentence))),
});

export default membershipExtractor;

function fromSentence(doc: AnalyzedDocument, sentence: Sentence): Candidate<MembershipFields>[] {
  if (!ACTION_CUE.test(sentence.text)) return [];
  const out: Candidate<MembershipFields>[] = [];
  const numbers = numbersIn(doc, sentence).filter((n) => n.kind === 'count' || n.kind === 'ratio');
  const used = new Set<number>();
  const taken: [number, number][] = [];
  for (const { action, pattern } of ACTIONS) {
    for (const m of sentence.text.matchAll(pattern)) {
      const from = sentence.start + m.index;
      const to = from + m[0].length;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      const before =
        doc.text
          .slice(Math.max(sentence.start, from - 40), from)
          .split(/[;,()]/)
          .pop() ?? '';
      if (PLANNED.test(before) || isPlanned(sentence, m.index)) continue;
      const n = countAfter(doc, numbers, to, used) ?? countBefore(doc, numbers, from, used);
      if (!n?.unit || !MEMBER_UNITS.has(n.unit)) continue;
      taken.push([from, to]);
      used.add(n.start);
      const claims = [claimOf(n)];
      let end = Math.max(to, nounAfter(doc, n)?.end ?? n.end);
      const after = doc.text.slice(end, Math.min(sentence.end, end + 60));
      let percentOfTarget: number | null = null;
      const pct = PERCENT_OF_TARGET.exec(after);
      if (pct?.groups?.pct) {
        percentOfTarget = parseNumber(pct.groups.pct);
        const pctMention = numbers.find((x) => x.start >= end && x.start <= end + pct[0].length);
        const pctAny = doc.numbers.find((x) => x.kind === 'percent' && x.start >= end && x.end <= end + pct[0].length);
        if (pctAny) claims.push(claimOf(pctAny));
        else if (pctMention) claims.push(claimOf(pctMention));
        end += pct[0].length;
        if (doc.text.charAt(end) === ')') end++;
      }
      const share = percentOfTarget === null && n.denominator !== null ? SHARE_AFTER_RATIO.exec(after) : null;
      if (share?.groups?.pct) {
        percentOfTarget = parseNumber(share.groups.pct);
        const pctMention = doc.numbers.find(
          (x) => x.kind === 'percent' && x.start >= end && x.end <= end + share[0].length,
        );
        if (pctMention) claims.push(claimOf(pctMention));
        end += share[0].length;
      }
      let target = n.denominator;
      const planned = target === null ? TARGET_AFTER.exec(after) : null;
      if (planned?.groups?.target) target = parseNumber(planned.groups.target);
      out.push({
        fields: {
          organization: organizationBefore(doc, sentence, from),
          action,
          count: n.value,
          target,
          percentOfTarget,
          period: sentencePeriod(doc, sentence),
        },
        start: Math.min(from, n.start),
        end: Math.max(end, n.end),
        sentence,
        claims,
      });
    }
  }
  return out;
}

/** "kết nạp được 99 đảng viên": the first unused count within a short gap of function words after the flow. */
function countAfter(doc: AnalyzedDocument, numbers: NumberMention[], to: number, used: Set<number>) {
  for (let i = firstAtOrAfter(numbers, to); i < numbers.length; i++) {
    const x = numbers[i]!;
    if (x.start - to > MAX_GAP) return undefined;
    if (!used.has(x.start) && GAP_AFTER.test(doc.text.slice(to, x.start))) return x;
  }
  return undefined;
}

/** "120 quần chúng ưu tú được kết nạp": the count stands before the flow, its noun followed by "được". */
function countBefore(doc: AnalyzedDocument, numbers: NumberMention[], at: number, used: Set<number>) {
  for (let i = firstAtOrAfter(numbers, at) - 1; i >= 0; i--) {
    const x = numbers[i]!;
    if (x.end > at || used.has(x.start)) continue;
    const noun = nounAfter(doc, x);
    return noun && noun.end <= at && PASSIVE_BEFORE.test(doc.text.slice(noun.end, at)) ? x : undefined;
  }
  return undefined;
}

/** Capitalized words that belong to a unit's kind, not to its proper name. */
const GENERIC_CAPITALS = new Set(['Khối', 'Cơ', 'Các', 'Doanh', 'Đảng', 'Ủy', 'Thường', 'Vụ']);

/**
 * The unit the clause names before a figure ("Đảng bộ huyện Thới Lai kết nạp 241 ĐV"), or null when it names none
 * (the figure is then the document's own organization's).
 */
export function organizationBefore(doc: AnalyzedDocument, sentence: Sentence, at: number): string | null {
  // The clause, at most 200 characters back: a unit's name stands close to its figure.
  const clauseStart = Math.max(sentence.start, at - 200, doc.text.lastIndexOf(';', at) + 1);
  const clause = doc.text.slice(clauseStart, at);
  const orgs = findOrganizations(clause);
  const last = orgs[orgs.length - 1];
  if (!last) return null;
  const name = last.name;
  // A named unit has a proper name after its head ("Đảng bộ huyện Thới Lai"); "Đảng bộ thành phố" is the report's own.
  const words = name.split(/\s+/).slice(2);
  if (!words.some((w) => /^\p{Lu}/u.test(w) && !GENERIC_CAPITALS.has(w))) return null;
  return name;
}
