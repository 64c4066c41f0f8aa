import { type NumberMention, readUnit } from '@vnpr/core';
import { defineExtractor, type SentenceCandidate, type SentenceInput } from '../contract.js';
import { canonicalEntity } from '../shared/entities.js';
import { claimOf } from '../shared/numbers.js';
import { organizationBefore } from '../shared/organization.js';
import { sentencePeriod } from '../shared/period.js';
import { isPlanned } from '../shared/plans.js';
import { firstAtOrAfter } from '../shared/sorted.js';
import {
  AFTER_LEVEL,
  BEFORE_LEVEL,
  LEVEL_ABBREVIATION,
  LEVEL_CUES,
  LEVEL_PHRASE,
  levelOf,
  OR_ABOVE,
  RATE_BEFORE,
  SHARE_AFTER,
  SHARE_OPEN,
  SHARE_OPENED,
  SHARED_LEVEL_GAP,
  SUBJECT_LEAD,
  SUBJECT_UNITS,
  SUBJECT_VARIANT,
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
  cues: LEVEL_CUES,
  examples: [
    'Có 93% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.',
    'Năm 2023 có 62/66 TCCS Đảng đạt HTTNV.',
    'Xếp loại hoàn thành xuất sắc nhiệm vụ là 37/58 tập thể.',
    'Có 386 đảng viên đạt HTSXNV.',
    'Có 5 đảng viên không hoàn thành nhiệm vụ.',
    'KHTNV: 3 đảng viên.',
  ],
  fromSentence,
});

export default ratingExtractor;

interface LevelMention {
  level: RatingFields['level'];
  start: number;
  end: number;
}

function levelsIn(text: string): LevelMention[] {
  const found: (LevelMention & { abbreviation: boolean })[] = [];
  for (const re of [LEVEL_PHRASE, LEVEL_ABBREVIATION]) {
    for (const m of text.matchAll(re)) {
      const level = levelOf(m[0]);
      if (!level) continue;
      const start = m.index;
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

interface Pick {
  n: NumberMention;
  subject: string;
  /** Where the count's own words end (its subject, or the number). */
  end: number;
  /** A share written beside the count: "9 đảng viên (15,5%) hoàn thành …". */
  share?: NumberMention;
  /** The number is a rate written without "%": "tỷ lệ … đạt 13,2". */
  rate?: boolean;
}

function fromSentence(s: SentenceInput): SentenceCandidate<RatingFields>[] {
  const levels = levelsIn(s.text);
  if (!levels.length) return [];
  const numbers = s.numbers.filter((n) => n.kind === 'count' || n.kind === 'ratio' || n.kind === 'percent');
  const out: SentenceCandidate<RatingFields>[] = [];
  const used = new Set<number>();
  for (const lv of levels) {
    const before = numberBefore(s.text, numbers, lv, used);
    const picks = before ? [...subjectsSharing(s.text, numbers, before, used), before] : [];
    const after = before ? null : numberAfter(s.text, numbers, lv, used);
    if (after) picks.push(after);
    for (const pick of picks) {
      const first = pick === picks[picks.length - 1];
      const record = toCandidate(s, numbers, lv, pick, used, first);
      if (record) out.push(record);
    }
  }
  return out;
}

/**
 * One record for a count (or share) and its level. `withLevel` is false for a subject that shares the level named
 * after the next one ("trên 85% chi bộ và trên 88% đảng viên hoàn thành …"): its span is its own words.
 */
function toCandidate(
  s: SentenceInput,
  numbers: NumberMention[],
  lv: LevelMention,
  pick: Pick,
  used: Set<number>,
  withLevel: boolean,
): SentenceCandidate<RatingFields> | null {
  const { text } = s;
  const { n, subject } = pick;
  if (isPlanned(s.sentence, Math.min(n.start, lv.start))) return null;
  const isPercent = n.kind === 'percent' || pick.rate === true;
  // A count is whole: "13,2" after a level is a rate whose "%" is missing, or no rating at all.
  if (!isPercent && !Number.isInteger(n.value)) return null;
  used.add(n.start);
  const claims = [claimOf(n)];
  let percent = isPercent ? n.value : null;
  const start = Math.min(n.start, lv.start);
  let end = withLevel ? Math.max(pick.end, lv.end) : pick.end;
  // "31 chi bộ 'Hoàn thành tốt nhiệm vụ'": the closing quote of a quoted level.
  if (withLevel && end === lv.end && isOneOf(OPENING, text.charAt(lv.start - 1)) && isOneOf(CLOSING, text.charAt(end)))
    end++;
  let share = pick.share;
  if (!share && withLevel) {
    const next = numbers[firstAtOrAfter(numbers, end)];
    if (
      !isPercent &&
      next?.kind === 'percent' &&
      !used.has(next.start) &&
      SHARE_AFTER.test(text.slice(end, next.start))
    )
      share = next;
  }
  if (share && !isPercent) {
    percent = share.value;
    claims.push(claimOf(share));
    used.add(share.start);
    if (share.end > end) end = share.end + (text.charAt(share.end) === ')' ? 1 : 0);
  }
  const orAbove = OR_ABOVE.test(text.slice(lv.end, lv.end + 20)) || text.startsWith(' trở lên', n.end);
  return {
    fields: {
      organization: organizationBefore(s, start),
      subject,
      level: lv.level,
      count: isPercent ? null : n.value,
      total: n.kind === 'ratio' ? n.denominator : null,
      percent,
      orAbove,
      period: sentencePeriod(s.doc, s.sentence),
    },
    start,
    end,
    claims,
  };
}

const OPENING = '“"‘\'';
const CLOSING = '”"’\'';

/** True when `c` is one character of `set` (not the empty string past either end of the sentence). */
const isOneOf = (set: string, c: string) => c !== '' && set.includes(c);

/** "93% TCCSĐ hoàn thành tốt nhiệm vụ": the count and its subject stand before the level. */
function numberBefore(text: string, numbers: NumberMention[], lv: LevelMention, used: Set<number>): Pick | null {
  for (let i = firstAtOrAfter(numbers, lv.start) - 1; i >= 0; i--) {
    const n = numbers[i]!;
    if (n.end > lv.start || used.has(n.start)) continue;
    // "…, trong đó có 21,5% hoàn thành xuất sắc nhiệm vụ": the subject was named earlier in the sentence.
    if (n.kind === 'percent' && BEFORE_LEVEL.test(text.slice(n.end, lv.start))) {
      const named = [...text.slice(0, n.start).matchAll(SUBJECT_WORD)].pop();
      return named ? { n, subject: subjectOf(named[0]), end: n.end } : null;
    }
    // The share in "9 đảng viên (15,5%) hoàn thành …" belongs to the count before it.
    if (n.kind === 'percent' && i > 0 && SHARE_OPENED.test(text.slice(Math.max(0, n.start - 20), n.start))) continue;
    const noun = subjectAfter(text, n);
    if (!noun || !SUBJECT_UNITS.has(noun.unit) || noun.end > lv.start) return null;
    const pick: Pick = { n, subject: subjectOf(noun.unit), end: noun.end };
    if (BEFORE_LEVEL.test(text.slice(noun.end, lv.start))) return pick;
    // "9 đảng viên (15,5%) hoàn thành xuất sắc nhiệm vụ": a share between the subject and the level.
    const share = numbers[i + 1];
    if (
      n.kind !== 'percent' &&
      share?.kind === 'percent' &&
      share.end <= lv.start &&
      SHARE_OPEN.test(text.slice(noun.end, share.start)) &&
      /^\s*\)/.test(text.slice(share.end, lv.start)) &&
      BEFORE_LEVEL.test(text.slice(share.end, lv.start).replace(/^\s*\)/, ''))
    )
      return { ...pick, share };
    return null;
  }
  return null;
}

/**
 * Subjects before `pick` that share its level: "trên 85% chi bộ và trên 88% đảng viên hoàn thành tốt nhiệm vụ"
 * gives "85% chi bộ" too. Only counts of the same kind (two shares, or two counts), joined by "," or "và".
 */
function subjectsSharing(text: string, numbers: NumberMention[], pick: Pick, used: Set<number>): Pick[] {
  const out: Pick[] = [];
  if (pick.share) return out;
  let next = pick.n;
  for (let i = firstAtOrAfter(numbers, next.start) - 1; i >= 0; i--) {
    const n = numbers[i]!;
    if (used.has(n.start) || (n.kind === 'percent') !== (pick.n.kind === 'percent')) break;
    const noun = subjectAfter(text, n);
    if (!noun || !SUBJECT_UNITS.has(noun.unit) || noun.end > next.start) break;
    if (!SHARED_LEVEL_GAP.test(text.slice(noun.end, next.start))) break;
    out.unshift({ n, subject: subjectOf(noun.unit), end: noun.end });
    next = n;
  }
  return out;
}

/**
 * The subject counted by a number: "93% TCCSĐ", "73% số đảng viên", "68% tổng số tổ chức cơ sở đảng", "85% trở
 * lên chi bộ", "24 chi, Đảng bộ".
 */
function subjectAfter(text: string, n: NumberMention): { unit: string; end: number } | null {
  const at = n.end + (SUBJECT_LEAD.exec(text.slice(n.end, n.end + 24))?.[0].length ?? 0);
  const variant = SUBJECT_VARIANT.exec(text.slice(at, at + 24));
  if (variant) return { unit: 'chi bộ, đảng bộ cơ sở', end: at + variant[0].length };
  const u = readUnit(text, at);
  return u ? { unit: u.unit, end: at + u.length } : null;
}

/** Canonical subject; a rated "đồng chí" is a party member. */
function subjectOf(unit: string): string {
  return unit === 'đồng chí' ? 'đảng viên' : canonicalEntity(unit);
}

/** "hoàn thành tốt nhiệm vụ là 37/58 tập thể": the count follows the level. */
function numberAfter(text: string, numbers: NumberMention[], lv: LevelMention, used: Set<number>): Pick | null {
  let i = firstAtOrAfter(numbers, lv.end);
  while (i < numbers.length && used.has(numbers[i]!.start)) i++;
  const n = numbers[i];
  if (!n || !AFTER_LEVEL.test(text.slice(lv.end, n.start))) return null;
  const noun = subjectAfter(text, n);
  if (noun && SUBJECT_UNITS.has(noun.unit)) return { n, subject: subjectOf(noun.unit), end: noun.end };
  if (noun) return null;
  // No noun after the number ("HTXSNV: 20 (chiếm 15%)"): the subject named last before the level.
  const before = text.slice(0, lv.start);
  const named = [...before.matchAll(SUBJECT_WORD)].pop();
  if (!named) return null;
  // "tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ đạt 13,2": a rate whose "%" is missing.
  const rate = n.kind === 'count' && RATE_BEFORE.test(before.slice(before.lastIndexOf(';') + 1));
  return { n, subject: subjectOf(named[0]), end: n.end, rate };
}
