import type { AnalyzedDocument, NumberMention, Sentence } from '@vnpr/core';
import { type Candidate, defineExtractor, type SentenceCandidate, type SentenceInput } from '../contract.js';
import { cuePattern } from '../resolver/visit.js';
import { DATELINE } from '../shared/lead.js';
import { claimOf } from '../shared/numbers.js';
import { documentPeriod, readPeriod } from '../shared/period.js';
import { readSentences } from '../shared/sentence-input.js';
import {
  INLINE_MARKER,
  LIST_MARKER,
  MULTIPLIER,
  MULTIPLIER_VALUES,
  OR_LESS,
  OR_MORE,
  PARTY_WORDS,
  PERCENT_RANGE_JOIN,
  PLAN_TARGET,
  STOCK_ASIDE,
  STRIVING_NOUN_AFTER,
  STRIVING_NOUN_BEFORE,
  SUMMARY,
  TARGET_CUES,
  TARGET_INTRO,
  TIME_UNITS,
} from './patterns.js';
import { type TargetFields, type TargetValue, targetSchema } from './schema.js';

/** How far before a list its introduction may stand. */
const INTRO_WINDOW = 400;

/** The cue words as the pattern the framework makes of them: the sentences read for counts and plans. */
const CUE = cuePattern(TARGET_CUES);

/**
 * Finds planned indicators: numbered lists introduced as "chỉ tiêu" ("(1) Có trên 90% tổ chức cơ sở Đảng …",
 * one record per item with each measure in `values`), summary counts ("đề ra 10 chỉ tiêu") and plan sentences
 * ("phấn đấu kết nạp 130 đảng viên mới"). The document form: a list runs over several lines and sentences, and
 * a plan sentence that a list item covers is not read again. Counts and plans are read one sentence at a time,
 * in sentence offsets (`readSentences`).
 */
export const targetExtractor = defineExtractor({
  id: 'target',
  description: 'Planned indicators (chỉ tiêu): numbered target lists and summary counts',
  schema: targetSchema,
  priority: 10,
  cues: TARGET_CUES,
  examples: [
    'Đại hội đề ra các chỉ tiêu chủ yếu:\n(1) Kết nạp từ 140 - 150 đảng viên mới;\n(2) Có trên 90% chi bộ hoàn thành tốt nhiệm vụ.',
    'Nhiệm kỳ qua, Đảng bộ xã đã đạt và vượt 9/10 chỉ tiêu nghị quyết đề ra.',
    'Hội nghị thống nhất đề ra 12 chỉ tiêu trọng tâm của năm 2025.',
    'Năm 2025, Đảng bộ huyện phấn đấu kết nạp 120 đảng viên mới.',
    'Phấn đấu đến cuối nhiệm kỳ tăng gấp đôi số chi bộ có đảng viên trẻ.',
    'Mục tiêu đến năm 2026 có 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.',
    'Chỉ tiêu kết nạp 60 đảng viên mới trong năm nay được giao cho các chi bộ.',
  ],
  extract(doc, ctx) {
    const items = listItems(doc);
    const counts = readSentences(doc, ctx, CUE, summaryCounts);
    const taken = [...items, ...counts];
    const covered = (sentence: Sentence) => taken.some((t) => t.start < sentence.end && t.end > sentence.start);
    const plans = readSentences(doc, ctx, CUE, (s) => (covered(s.sentence) ? [] : planClauses(s)));
    return [...items, ...counts, ...plans];
  },
});

export default targetExtractor;

interface Marker {
  index: number;
  /** Where the marker starts (the "(" or the digit). */
  start: number;
  /** Where the item's text starts. */
  bodyStart: number;
}

/** The markers of every numbered list, in runs that count 1, 2, 3 … */
function listRuns(text: string): Marker[][] {
  const markers: Marker[] = [];
  for (const re of [LIST_MARKER, INLINE_MARKER]) {
    for (const m of text.matchAll(re)) {
      const n = Number(m.groups?.paren ?? m.groups?.dot);
      const lead = m[0].length - m[0].trimStart().length;
      markers.push({ index: n, start: m.index + lead, bodyStart: m.index + m[0].length });
    }
  }
  markers.sort((a, b) => a.start - b.start);
  const runs: Marker[][] = [];
  let run: Marker[] = [];
  for (const m of markers) {
    const last = run[run.length - 1];
    if (last && m.index === last.index + 1 && m.start - last.start < 3000) run.push(m);
    else if (m.index === 1) {
      if (run.length >= 2) runs.push(run);
      run = [m];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

function listItems(doc: AnalyzedDocument): Candidate<TargetFields>[] {
  const out: Candidate<TargetFields>[] = [];
  for (const run of listRuns(doc.text)) {
    const first = run[0]!;
    const intro = doc.text.slice(Math.max(0, first.start - INTRO_WINDOW), first.start);
    const introSentence =
      intro
        .trimEnd()
        .split(/\n\s*\n/)
        .pop() ?? '';
    if (!TARGET_INTRO.test(introSentence)) continue;
    const period = readPeriod(introSentence) ?? documentPeriod(doc);
    run.forEach((marker, i) => {
      const next = run[i + 1];
      let end = next ? next.start : paragraphEnd(doc.text, marker.bodyStart);
      while (end > marker.bodyStart && /[\s;,]/.test(doc.text.charAt(end - 1))) end--;
      const sentence = sentenceAt(doc, marker.start);
      if (!sentence || end <= marker.bodyStart) return;
      const numbers = doc.numbers.filter((n) => n.start >= marker.bodyStart && n.end <= end);
      const measures = toMeasures(
        doc,
        numbers.filter((n) => n.kind !== 'year' && n.kind !== 'ordinal' && n.kind !== 'date'),
      );
      out.push({
        fields: {
          organization: null,
          index: marker.index,
          text: doc.text.slice(marker.bodyStart, end).replace(/ ?\n ?/g, ' '),
          period,
          values: measures.map((m) => m.value),
        },
        start: marker.start,
        end,
        sentence,
        claims: measures.flatMap((m) => m.claims),
      });
    });
  }
  return out;
}

/** Summary counts of one sentence: "đề ra 10 chỉ tiêu", "đạt và vượt 09/10 chỉ tiêu". */
function summaryCounts(s: SentenceInput): SentenceCandidate<TargetFields>[] {
  const out: SentenceCandidate<TargetFields>[] = [];
  for (const m of s.text.matchAll(SUMMARY)) {
    const g = m.groups ?? {};
    const unit = g.what ?? 'chỉ tiêu';
    const values: TargetValue[] = [{ comparator: 'eq', value: Number(g.n), min: null, max: null, unit }];
    if (g.of) values.push({ comparator: 'eq', value: Number(g.of), min: null, max: null, unit });
    const numbersFrom = m.index + (g.verb?.length ?? 0) + 1;
    const end = m.index + m[0].length;
    out.push({
      fields: {
        organization: null,
        index: null,
        text: m[0],
        period: readPeriod(s.text) ?? documentPeriod(s.doc),
        values,
      },
      start: m.index,
      end,
      claims: s.numbers.filter((n) => n.start >= numbersFrom && n.end <= end).map(claimOf),
    });
  }
  return out;
}

/**
 * Plans written as sentences: "Năm 2024, Đảng bộ huyện phấn đấu kết nạp 130 đảng viên mới; có trên 90% tổ chức
 * cơ sở đảng hoàn thành tốt nhiệm vụ trở lên" gives one target per clause (`index: null`) with its measures.
 * Only party work ("đảng viên", "chi bộ" …) set as a target ("phấn đấu", "chỉ tiêu", "mục tiêu"), so a road-safety
 * goal or a budget forecast in general news is not a target.
 */
function planClauses(s: SentenceInput): SentenceCandidate<TargetFields>[] {
  const { text } = s;
  const from = planCue(text);
  if (from < 0 || !PARTY_WORDS.test(text)) return [];
  // "Phấn đấu tăng gấp đôi chi bộ … (NLĐ)- Sáng 31-12, Thành ủy …": the plan ends at the dateline.
  const dateline = new RegExp(DATELINE.source, 'gu');
  dateline.lastIndex = from;
  const cut = dateline.exec(text);
  const until = cut ? cut.index : text.length;
  const measures: Measure[] = [
    ...toMeasures(
      s,
      s.numbers.filter(
        (n) =>
          (n.kind === 'count' || n.kind === 'percent' || n.kind === 'range') &&
          n.start > from &&
          n.end <= until &&
          !(n.unit !== null && TIME_UNITS.has(n.unit)) &&
          !STOCK_ASIDE.test(text.slice(Math.max(0, n.start - 80), n.start)),
      ),
    ),
    ...multipliers(text, from, until),
  ].sort((x, y) => x.start - y.start);
  const clauses = new Map<number, Measure[]>();
  for (const n of measures) {
    const clauseStart = text.lastIndexOf(';', n.start) + 1;
    clauses.set(clauseStart, [...(clauses.get(clauseStart) ?? []), n]);
  }
  const out: SentenceCandidate<TargetFields>[] = [];
  for (const [clauseStart, numbers] of clauses) {
    const semicolon = text.indexOf(';', numbers[numbers.length - 1]!.end);
    let end = semicolon >= 0 && semicolon < until ? semicolon : until;
    while (end > clauseStart && /[\s.;,]/.test(text.charAt(end - 1))) end--;
    let start = clauseStart;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    out.push({
      fields: {
        organization: null,
        index: null,
        text: text.slice(start, end).replace(/ ?\n ?/g, ' '),
        period: readPeriod(text) ?? documentPeriod(s.doc),
        values: numbers.map((n) => n.value),
      },
      start,
      end,
      claims: numbers.flatMap((n) => n.claims),
    });
  }
  return out;
}

/** One measure of a plan: a number, two shares written as a range ("35% - 40%"), or a multiplier word ("gấp đôi"). */
interface Measure {
  start: number;
  end: number;
  value: TargetValue;
  /** The number mentions it takes; a multiplier word is no number mention. */
  claims: { start: number; end: number }[];
}

/**
 * The measures of numbers in text order (offsets of `source`, the document or a sentence): two shares joined by a dash or "đến" ("35% - 40%", "từ 10% - 12%",
 * "60% đến 65%") are one range, not two values; every other number is one measure.
 */
function toMeasures(source: { text: string }, numbers: readonly NumberMention[]): Measure[] {
  const out: Measure[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    const next = numbers[i + 1];
    if (
      next &&
      n.kind === 'percent' &&
      next.kind === 'percent' &&
      n.value < next.value &&
      PERCENT_RANGE_JOIN.test(source.text.slice(n.end, next.start))
    ) {
      out.push({
        start: n.start,
        end: next.end,
        value: { comparator: 'range', value: null, min: n.value, max: next.value, unit: n.unit },
        claims: [claimOf(n), claimOf(next)],
      });
      i++;
      continue;
    }
    out.push({ start: n.start, end: n.end, value: toValue(source, n), claims: [claimOf(n)] });
  }
  return out;
}

/** "tăng gấp đôi số chi bộ" is `eq 2 lần`. */
function multipliers(text: string, from: number, until: number): Measure[] {
  const out: Measure[] = [];
  for (const m of text.matchAll(MULTIPLIER)) {
    const start = m.index;
    const value = MULTIPLIER_VALUES[(m.groups?.times ?? '').toLowerCase()];
    if (start < from || start >= until || value === undefined) continue;
    out.push({
      start,
      end: start + m[0].length,
      value: { comparator: 'eq', value, min: null, max: null, unit: 'lần' },
      claims: [],
    });
  }
  return out;
}

/** Where a sentence sets targets (the offset of its first plan cue), or -1; "30 năm phấn đấu" is no plan. */
function planCue(text: string): number {
  for (const m of text.matchAll(PLAN_TARGET)) {
    const isNoun =
      m[0].toLowerCase() === 'phấn đấu' &&
      (STRIVING_NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) ||
        STRIVING_NOUN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)));
    if (!isNoun) return m.index;
  }
  return -1;
}

/** One measure: comparator from the words around the number ("trên 90%" → gt, "80% trở lên" → gte). */
function toValue(source: { text: string }, n: NumberMention): TargetValue {
  const unit = n.unit;
  if (n.kind === 'range' || (n.max !== null && n.max !== undefined)) {
    return { comparator: 'range', value: null, min: n.value, max: n.max, unit };
  }
  const after = source.text.slice(n.end, n.end + 64);
  let comparator: TargetValue['comparator'] = 'eq';
  switch (n.qualifier) {
    case 'trên':
    case 'hơn':
      comparator = 'gt';
      break;
    case 'dưới':
      comparator = 'lt';
      break;
    case 'ít nhất':
    case 'tối thiểu':
      comparator = 'gte';
      break;
    case 'tối đa':
      comparator = 'lte';
      break;
    default:
      if (OR_MORE.test(after)) comparator = 'gte';
      else if (OR_LESS.test(after)) comparator = 'lte';
  }
  return { comparator, value: n.value, min: null, max: null, unit };
}

function paragraphEnd(text: string, from: number): number {
  const blank = text.indexOf('\n\n', from);
  return blank < 0 ? text.length : blank;
}

function sentenceAt(doc: AnalyzedDocument, offset: number): Sentence | undefined {
  return doc.sentences.find((s) => s.start <= offset && offset < s.end) ?? doc.sentences.find((s) => s.start >= offset);
}
