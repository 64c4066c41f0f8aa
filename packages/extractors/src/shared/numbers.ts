import { type NumberMention, readUnit } from '@vnpr/core';

/**
 * The counted noun right after a number mention, also after a percent sign ("93% TCCSĐ" → "tổ chức cơ sở đảng"),
 * with the offset where it ends. `source` is the sentence (`SentenceInput`) or the document whose offsets the
 * mention has.
 */
export function nounAfter(source: { text: string }, n: NumberMention): { unit: string; end: number } | null {
  const text = source.text;
  let at = n.end + (n.end < text.length && text.charAt(n.end) === ' ' ? 1 : 0);
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
