import type { AnalyzedDocument, Sentence } from '@vnpr/core';
import { type Candidate, defineExtractor } from '../contract.js';
import { organizationBefore } from '../membership/index.js';
import { canonicalEntity } from '../shared/entities.js';
import { claimOf, nounAfter, numbersIn } from '../shared/numbers.js';
import { sentencePeriod } from '../shared/period.js';
import { NOT_STOCK_AFTER, STOCK_TRIGGER, STOCK_UNITS, TOTAL_BEFORE } from './patterns.js';
import { type OrgStatFields, orgStatSchema } from './schema.js';

/**
 * Finds the size of the organization: every count of members or party units after a stock phrase
 * ("Đảng bộ khối hiện có 69 tổ chức cơ sở đảng …; có 260 tổ chức đảng dưới cơ sở, trong đó có 9 đảng bộ bộ phận,
 * 251 chi bộ với tổng số 4.294 đảng viên" gives five records).
 */
export const orgStatExtractor = defineExtractor({
  id: 'orgStat',
  description: 'The size of the organization: members, grassroots organizations, cells, at a point',
  schema: orgStatSchema,
  priority: 60,
  extract: (doc) => doc.sentences.flatMap((sentence) => (sentence.skip ? [] : fromSentence(doc, sentence))),
});

export default orgStatExtractor;

function fromSentence(doc: AnalyzedDocument, sentence: Sentence): Candidate<OrgStatFields>[] {
  const trigger = STOCK_TRIGGER.exec(sentence.text);
  STOCK_TRIGGER.lastIndex = 0;
  // Without a trigger there is no stock: the "tổng số" that TOTAL_BEFORE needs is one of the triggers.
  if (!trigger) return [];
  const from = sentence.start + trigger.index;
  const out: Candidate<OrgStatFields>[] = [];
  for (const n of numbersIn(doc, sentence)) {
    if (n.kind !== 'count') continue;
    const total = TOTAL_BEFORE.exec(doc.text.slice(Math.max(sentence.start, n.start - 80), n.start));
    const noun = nounAfter(doc, n);
    let entity: string | null = null;
    let start = n.start;
    let end = noun?.end ?? n.end;
    if (total?.groups?.what) {
      entity = total.groups.what;
      start = n.start - total[0].length;
      if (!noun || !STOCK_UNITS.has(noun.unit)) end = n.end;
    } else if (n.start >= from && noun && STOCK_UNITS.has(noun.unit)) {
      entity = noun.unit;
    }
    if (!entity) continue;
    if (noun && NOT_STOCK_AFTER.test(doc.text.slice(noun.end, noun.end + 30))) continue;
    out.push({
      fields: {
        organization: organizationBefore(doc, sentence, n.start),
        entity: canonicalEntity(entity),
        count: n.value,
        asOf: sentencePeriod(doc, sentence),
      },
      start,
      end,
      sentence,
      claims: [claimOf(n)],
    });
  }
  return out;
}
