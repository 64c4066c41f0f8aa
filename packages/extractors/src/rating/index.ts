import type { AnalyzedDocument, NumberMention, Sentence } from '@vnpr/core';
import { type Candidate, defineExtractor } from '../contract.js';
import { organizationBefore } from '../membership/index.js';
import { canonicalEntity } from '../shared/entities.js';
import { claimOf, firstAtOrAfter, nounAfter, numbersIn } from '../shared/numbers.js';
import { sentencePeriod } from '../shared/period.js';
import { isPlanned } from '../shared/plans.js';
import {
  AFTER_LEVEL,
  BEFORE_LEVEL,
  LEVEL_ABBREVIATION,
  LEVEL_PHRASE,
  levelOf,
  OR_ABOVE,
  SHARE_AFTER,
  SUBJECT_UNITS,
  SUBJECT_WORD,
} from './patterns.js';
import { type RatingFields, ratingSchema } from './schema.js';

/**
 * Finds quality ratings: "93% TCCSĐ hoàn thành tốt nhiệm vụ (HTTNV)", "62/66 TCCS Đảng đạt hoàn thành tốt
 * nhiệm vụ", "hoàn thành tốt nhiệm vụ là 37/58 tập thể", "386 đảng viên hoàn thành xuất sắc nhiệm vụ".
 * A misspelt abbreviation ("HTSXNV") maps to its level by its letters.
 */
export const ratingExtractor = defineExtractor({
  id: 'rating',
  description: 'Quality ratings of organizations and members (HTXSNV, HTTNV, HTNV, KHTNV) with counts or percentages',
  schema: ratingSchema,
  priority: 30,
  extract: (doc) => doc.sentences.flatMap((sentence) => (sentence.skip ? [] : fromSentence(doc, sentence))),
});

export default ratingExtractor;

interface LevelMention {
  level: RatingFields['level'];
  start: number;
  end: number;
}

function levelsIn(sentence: Sentence): LevelMention[] {
  const found: (LevelMention & { abbreviation: boolean })[] = [];
  for (const re of [LEVEL_PHRASE, LEVEL_ABBREVIATION]) {
    for (const m of sentence.text.matchAll(re)) {
      const level = levelOf(m[0]);
      if (!level) continue;
      const start = sentence.start + m.index;
      found.push({ level, start, end: start + m[0].length, abbreviation: re === LEVEL_ABBREVIATION });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // An abbreviation inside or right after its phrase ("hoàn thành tốt nhiệm vụ (HTTNV)") is the same mention.
  const out: LevelMention[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.abbreviation && f.start < last.end + 10 && f.end > last.start) continue;
    out.push({ level: f.level, start: f.start, end: f.end });
  }
  return out;
}

function fromSentence(doc: AnalyzedDocument, sentence: Sentence): Candidate<RatingFields>[] {
  const levels = levelsIn(sentence);
  if (!levels.length) return [];
  const numbers = numbersIn(doc, sentence).filter(
    (n) => n.kind === 'count' || n.kind === 'ratio' || n.kind === 'percent',
  );
  const out: Candidate<RatingFields>[] = [];
  const used = new Set<number>();
  for (const lv of levels) {
    const pick = numberBefore(doc, sentence, numbers, lv, used) ?? numberAfter(doc, sentence, numbers, lv, used);
    if (!pick || isPlanned(sentence, Math.min(pick.n.start, lv.start) - sentence.start)) continue;
    used.add(pick.n.start);
    const { n, subject } = pick;
    const claims = [claimOf(n)];
    let percent = n.kind === 'percent' ? n.value : null;
    let end = Math.max(pick.end, lv.end);
    const next = numbers[firstAtOrAfter(numbers, end)];
    const share = n.kind === 'percent' || next?.kind !== 'percent' || used.has(next.start) ? undefined : next;
    if (share && SHARE_AFTER.test(doc.text.slice(end, share.start))) {
      percent = share.value;
      claims.push(claimOf(share));
      used.add(share.start);
      end = share.end + (doc.text.charAt(share.end) === ')' ? 1 : 0);
    }
    const orAbove = OR_ABOVE.test(doc.text.slice(lv.end, lv.end + 20)) || doc.text.startsWith(' trở lên', n.end);
    out.push({
      fields: {
        organization: organizationBefore(doc, sentence, Math.min(n.start, lv.start)),
        subject,
        level: lv.level,
        count: n.kind === 'percent' ? null : n.value,
        total: n.kind === 'ratio' ? n.denominator : null,
        percent,
        orAbove,
        period: sentencePeriod(doc, sentence),
      },
      start: Math.min(n.start, lv.start),
      end,
      sentence,
      claims,
    });
  }
  return out;
}

/** "93% TCCSĐ hoàn thành tốt nhiệm vụ": the count and its subject stand before the level. */
function numberBefore(
  doc: AnalyzedDocument,
  sentence: Sentence,
  numbers: NumberMention[],
  lv: LevelMention,
  used: Set<number>,
) {
  for (let i = firstAtOrAfter(numbers, lv.start) - 1; i >= 0; i--) {
    const n = numbers[i]!;
    if (n.end > lv.start || used.has(n.start)) continue;
    const noun = nounAfter(doc, n);
    // "…, trong đó có 21,5% hoàn thành xuất sắc nhiệm vụ": the subject was named earlier in the sentence.
    if (n.kind === 'percent' && BEFORE_LEVEL.test(doc.text.slice(n.end, lv.start))) {
      const named = [...doc.text.slice(sentence.start, n.start).matchAll(SUBJECT_WORD)].pop();
      return named ? { n, subject: subjectOf(named[0]), end: n.end } : null;
    }
    if (!noun || !SUBJECT_UNITS.has(noun.unit)) return null;
    if (noun.end > lv.start || !BEFORE_LEVEL.test(doc.text.slice(noun.end, lv.start))) return null;
    return { n, subject: subjectOf(noun.unit), end: noun.end };
  }
  return null;
}

/** Canonical subject; a rated "đồng chí" is a party member. */
function subjectOf(unit: string): string {
  return unit === 'đồng chí' ? 'đảng viên' : canonicalEntity(unit);
}

/** "hoàn thành tốt nhiệm vụ là 37/58 tập thể": the count follows the level. */
function numberAfter(
  doc: AnalyzedDocument,
  sentence: Sentence,
  numbers: NumberMention[],
  lv: LevelMention,
  used: Set<number>,
) {
  let i = firstAtOrAfter(numbers, lv.end);
  while (i < numbers.length && used.has(numbers[i]!.start)) i++;
  const n = numbers[i];
  if (!n || !AFTER_LEVEL.test(doc.text.slice(lv.end, n.start))) return null;
  const noun = nounAfter(doc, n);
  if (noun && SUBJECT_UNITS.has(noun.unit)) return { n, subject: subjectOf(noun.unit), end: noun.end };
  if (noun) return null;
  // No noun after the number ("HTXSNV: 20 (chiếm 15%)"): the subject named last before the level.
  const named = [...doc.text.slice(sentence.start, lv.start).matchAll(SUBJECT_WORD)].pop();
  return named ? { n, subject: subjectOf(named[0]), end: n.end } : null;
}
