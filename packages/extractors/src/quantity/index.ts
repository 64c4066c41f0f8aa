import { opensLine } from '@vnpr/core';
import { defineExtractor, type SentenceCandidate, type SentenceInput } from '../contract.js';
import { nounAfter } from '../shared/numbers.js';
import { type QuantityFields, quantitySchema } from './schema.js';

/**
 * What a number mention is written with: a digit, or a spelled numeral of two or more words, which always holds
 * "mười", "mươi", "chục" or a scale word ("hai mươi", "mười lăm", "ba trăm", "hai triệu"; a lone "năm" is never one).
 */
const NUMBER_CUES = [...'0123456789', 'mười', 'mươi', 'chục', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ'];

/**
 * Every other number, so that none is lost: the number mentions of content sentences that no earlier record
 * took, with their counted noun and qualifier ("trên 80,7 tỷ đồng" → 80700000000 đồng, "trên"). Years, dates
 * and list markers are not quantities. Runs last.
 */
export const quantityExtractor = defineExtractor({
  id: 'quantity',
  description: 'Every other number, with its unit, kind and qualifier (numbers no other record took)',
  schema: quantitySchema,
  priority: 1000,
  cues: NUMBER_CUES,
  examples: [
    'Tổng số tiền huy động trên 80,7 tỷ đồng.',
    'Toàn huyện có 1.250 hộ nghèo.',
    'Đã tổ chức hai mươi cuộc tiếp xúc cử tri.',
  ],
  fromSentence,
});

export default quantityExtractor;

function fromSentence(s: SentenceInput): SentenceCandidate<QuantityFields>[] {
  const out: SentenceCandidate<QuantityFields>[] = [];
  for (const n of s.numbers) {
    if (n.kind === 'year' || n.kind === 'date') continue;
    if (n.kind === 'ordinal' && isListMarker(s, n.start, n.end)) continue;
    if (s.isClaimed(n.start, n.end)) continue;
    const noun = n.kind === 'percent' ? null : nounAfter(s, n);
    out.push({
      fields: { value: n.value, unit: n.unit, kind: n.kind, qualifier: n.qualifier },
      start: n.start,
      end: noun && noun.end - n.end <= 40 ? noun.end : n.end,
    });
  }
  return out;
}

/**
 * "(3)" anywhere, or "3." / "3)" opening a line: the index of a list item, not a quantity. A number at the head of
 * the sentence opens a line when the sentence does.
 */
function isListMarker(s: SentenceInput, start: number, end: number): boolean {
  const { text } = s;
  if (text.charAt(start - 1) === '(' && text.charAt(end) === ')') return true;
  if (!/^[.)]/.test(text.charAt(end))) return false;
  return opensLine(text, start) && (text.lastIndexOf('\n', start - 1) >= 0 || opensLine(s.doc.text, s.offset));
}
