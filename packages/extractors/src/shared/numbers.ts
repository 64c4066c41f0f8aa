import { type AnalyzedDocument, type NumberMention, readUnit, type Sentence } from '@vnpr/core';

const bySentence = new WeakMap<AnalyzedDocument, NumberMention[][]>();

/** The number mentions of one sentence, in order (indexed once per document). */
export function numbersIn(doc: AnalyzedDocument, sentence: Sentence): NumberMention[] {
  let index = bySentence.get(doc);
  if (!index) {
    index = doc.sentences.map(() => []);
    for (const n of doc.numbers) index[n.sentence]?.push(n);
    bySentence.set(doc, index);
  }
  return index[sentence.index] ?? [];
}

/**
 * The counted noun right after a number mention, also after a percent sign ("93% TCCSĐ" → "tổ chức cơ sở đảng"),
 * with the offset where it ends. `source` is the sentence (`SentenceInput`) or the document whose offsets the
 * mention has.
 */
export function nounAfter(source: { text: string }, n: NumberMention): { unit: string; end: number } | null {
  const text = source.text;
  let at = n.end + (text.charAt(n.end) === ' ' ? 1 : 0);
  // "85% trở lên chi bộ": the noun follows "trở lên".
  if (text.startsWith('trở lên ', at)) at += 'trở lên '.length;
  const u = readUnit(text, at);
  return u ? { unit: u.unit, end: at + u.length } : null;
}

/** A number mention's offsets, for `claims`. */
export const claimOf = (n: NumberMention) => ({ start: n.start, end: n.end });

/**
 * Units that a flow of party members is counted in: "209 đảng viên", "132 đồng chí", "86 quần chúng ưu tú",
 * "165 lượt đảng viên", "49 người được kết nạp Đảng". Not "đoàn viên" or "hội viên": those join the Youth Union
 * or an association, not the Party.
 */
export const MEMBER_UNITS = new Set([
  'đảng viên',
  'đồng chí',
  'lượt đảng viên',
  'lượt',
  'quần chúng ưu tú',
  'quần chúng',
  'người',
  'trường hợp',
]);

/**
 * Index of the first mention that starts at or after `pos`, by binary search (mentions are in text order), so
 * that looking up "the number after this phrase" costs log n even in a sentence of a million characters.
 */
export function firstAtOrAfter(numbers: readonly NumberMention[], pos: number): number {
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (numbers[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
