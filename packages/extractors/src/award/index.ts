import type { AnalyzedDocument, NumberMention, Sentence } from '@vnpr/core';
import { type Candidate, defineExtractor } from '../contract.js';
import { canonicalEntity } from '../shared/entities.js';
import { claimOf, nounAfter, numbersIn } from '../shared/numbers.js';
import { sentencePeriod } from '../shared/period.js';
import { AWARD_VERB, BEFORE_RECIPIENTS, canonicalForm, FORM, RECIPIENT_UNITS, TITLE_AFTER } from './patterns.js';
import { type AwardFields, awardSchema } from './schema.js';

/**
 * Finds commendations: "tặng giấy khen cho 19 TCCSĐ … đạt trong sạch, vững mạnh tiêu biểu năm 2019"; a list
 * of recipients after one form ("Giấy khen cho 17 TCCS Đảng …, 5 TCCS Đảng …, 9 đảng viên …") gives one record each.
 */
export const awardExtractor = defineExtractor({
  id: 'award',
  description: 'Commendations: form (Giấy khen, Bằng khen …), count and kind of recipients, what for',
  schema: awardSchema,
  priority: 20,
  extract: (doc) => doc.sentences.flatMap((sentence) => (sentence.skip ? [] : fromSentence(doc, sentence))),
});

export default awardExtractor;

function fromSentence(doc: AnalyzedDocument, sentence: Sentence): Candidate<AwardFields>[] {
  if (!AWARD_VERB.test(sentence.text)) return [];
  const forms = [...sentence.text.matchAll(FORM)];
  if (!forms.length) return [];
  const numbers = numbersIn(doc, sentence).filter((n) => n.kind === 'count');
  const out: Candidate<AwardFields>[] = [];
  forms.forEach((fm, i) => {
    const formStart = sentence.start + fm.index;
    const formEnd = formStart + fm[0].length;
    const limit = forms[i + 1] ? sentence.start + forms[i + 1]!.index : sentence.end;
    const form = canonicalForm(fm.groups?.form ?? fm[0]);
    const formNumbers = doc.numbers.filter((n) => n.start >= formStart && n.end <= formEnd).map(claimOf);
    // "35 đảng viên được tặng Huy hiệu 30 năm tuổi Đảng, 12 đảng viên được tặng Huy hiệu 40 năm …": recipients
    // who receive ("được tặng") stand before their form; otherwise they follow it ("tặng Giấy khen cho 19 TCCSĐ").
    const previousEnd = i > 0 ? sentence.start + forms[i - 1]!.index + forms[i - 1]![0].length : sentence.start;
    const before = recipientsBefore(doc, numbers, previousEnd, formStart);
    const recipients = before.length ? before : recipientsAfter(doc, numbers, formEnd, limit);
    for (const r of recipients) {
      const title = TITLE_AFTER.exec(doc.text.slice(r.nounEnd, r.segmentEnd))?.groups?.title?.trim() ?? null;
      out.push({
        fields: {
          organization: null,
          form,
          count: r.n.value,
          recipients: r.unit === 'tập thể' ? r.unit : canonicalEntity(r.unit),
          title,
          period: sentencePeriod(doc, sentence),
        },
        start: r === recipients[0] ? Math.min(formStart, r.n.start) : r.n.start,
        end: r === recipients[0] ? Math.max(formEnd, r.nounEnd) : r.nounEnd,
        sentence,
        // The years of "Huy hiệu 30, 40 năm tuổi Đảng" belong to the form, not to quantities.
        claims: [claimOf(r.n), ...(r === recipients[0] ? formNumbers : [])],
      });
    }
  });
  return out;
}

interface Recipient {
  n: NumberMention;
  unit: string;
  nounEnd: number;
  /** Where this recipient's description ends (the next recipient or the limit). */
  segmentEnd: number;
}

/** "cho 17 TCCS Đảng …, 5 TCCS Đảng …, 9 đảng viên …": the counted recipients after a form. */
function recipientsAfter(doc: AnalyzedDocument, numbers: NumberMention[], from: number, limit: number): Recipient[] {
  const found: Recipient[] = [];
  for (const n of numbers) {
    if (n.start < from || n.start >= limit) continue;
    const noun = nounAfter(doc, n);
    if (!noun || !RECIPIENT_UNITS.has(noun.unit)) continue;
    const last = found[found.length - 1];
    if (!last && !BEFORE_RECIPIENTS.test(doc.text.slice(from, n.start))) break;
    if (last && !/[,;]\s*(?:và\s+)?$|\svà\s+$/u.test(doc.text.slice(last.nounEnd, n.start))) continue;
    if (last) last.segmentEnd = n.start;
    found.push({ n, unit: noun.unit, nounEnd: noun.end, segmentEnd: limit });
  }
  return found;
}

// Between the recipients and the form they receive: "được UBND tỉnh trao tặng", "được tặng", "nhận".
const RECEIVED = /^\s*(?:đã\s+)?(?:được|nhận)(?:\s+[^,;]{0,50}?)?(?:\s+(?:trao tặng|tặng|trao|khen thưởng))?\s*$/iu;

/** "4 tập thể và 6 cá nhân được UBND tỉnh trao tặng Bằng khen": recipients before the form. */
function recipientsBefore(
  doc: AnalyzedDocument,
  numbers: NumberMention[],
  from: number,
  formStart: number,
): Recipient[] {
  const found: Recipient[] = [];
  for (const n of numbers) {
    if (n.start < from || n.end > formStart) continue;
    const noun = nounAfter(doc, n);
    if (!noun || !RECIPIENT_UNITS.has(noun.unit) || noun.end > formStart) continue;
    const last = found[found.length - 1];
    if (last && !/^\s*(?:,|và)\s*$/u.test(doc.text.slice(last.nounEnd, n.start))) found.length = 0;
    if (last) last.segmentEnd = n.start;
    found.push({ n, unit: noun.unit, nounEnd: noun.end, segmentEnd: formStart });
  }
  const last = found[found.length - 1];
  if (!last || !RECEIVED.test(doc.text.slice(last.nounEnd, formStart))) return [];
  return found;
}
