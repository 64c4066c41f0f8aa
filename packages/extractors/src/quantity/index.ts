import { opensLine } from '@vnpr/core';
import { type Candidate, defineExtractor } from '../contract.js';
import { nounAfter } from '../shared/numbers.js';
import { type QuantityFields, quantitySchema } from './schema.js';

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
  extract(doc, ctx) {
    const out: Candidate<QuantityFields>[] = [];
    for (const n of doc.numbers) {
      const sentence = doc.sentences[n.sentence];
      if (!sentence || sentence.skip) continue;
      if (n.kind === 'year' || n.kind === 'date') continue;
      if (n.kind === 'ordinal' && isListMarker(doc.text, n.start, n.end)) continue;
      if (ctx.isClaimed(n.start, n.end)) continue;
      const noun = n.kind === 'percent' ? null : nounAfter(doc, n);
      out.push({
        fields: { value: n.value, unit: n.unit, kind: n.kind, qualifier: n.qualifier },
        start: n.start,
        end: noun && noun.end - n.end <= 40 ? noun.end : n.end,
        sentence,
      });
    }
    return out;
  },
});

export default quantityExtractor;

/** "(3)" anywhere, or "3." / "3)" opening a line: the index of a list item, not a quantity. */
function isListMarker(text: string, start: number, end: number): boolean {
  if (text.charAt(start - 1) === '(' && text.charAt(end) === ')') return true;
  return /^[.)]/.test(text.charAt(end)) && opensLine(text, start);
}
