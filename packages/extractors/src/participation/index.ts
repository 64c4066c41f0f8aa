import type { AnalyzedDocument, NumberMention, Sentence } from '@vnpr/core';
import { type Candidate, defineExtractor } from '../contract.js';
import { organizationBefore } from '../membership/index.js';
import { claimOf, nounAfter, numbersIn } from '../shared/numbers.js';
import {
  ATTENDANT_UNITS,
  ATTENDED_AFTER,
  ENROLLED_AFTER,
  ENROLMENT,
  PARTY_ATTENDANTS,
  PARTY_STUDY,
  PLANNED,
  QUOTED_TOPIC,
  RATE_AFTER,
  SESSION_UNITS,
  SESSIONS_FOR,
  STUDY_CONTEXT,
  STUDY_FOR,
} from './patterns.js';
import { type ParticipationFields, participationSchema } from './schema.js';

/**
 * Finds study sessions and attendance: "được 56 cuộc, có 5.990/6.046 đảng viên dự, đạt 99,07%",
 * "Tổ chức 01 lớp bồi dưỡng … có 165 đồng chí tham dự".
 */
export const participationExtractor = defineExtractor({
  id: 'participation',
  description: 'Study sessions and attendance (sessions, attended, total, percent)',
  schema: participationSchema,
  priority: 35,
  extract: (doc) => doc.sentences.flatMap((sentence) => (sentence.skip ? [] : fromSentence(doc, sentence))),
});

export default participationExtractor;

function fromSentence(doc: AnalyzedDocument, sentence: Sentence): Candidate<ParticipationFields>[] {
  if (!STUDY_CONTEXT.test(sentence.text)) return [];
  const numbers = numbersIn(doc, sentence);
  const out: Candidate<ParticipationFields>[] = [];
  let sessionsMention: (typeof numbers)[number] | null = null;
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    const noun = nounAfter(doc, n);
    if (!noun) continue;
    if (n.kind === 'count' && SESSION_UNITS.has(noun.unit)) {
      sessionsMention = n;
      continue;
    }
    if ((n.kind !== 'count' && n.kind !== 'ratio') || !ATTENDANT_UNITS.has(noun.unit)) continue;
    const next = numbers[i + 1];
    const rate = next && next.kind === 'percent' && RATE_AFTER.test(doc.text.slice(noun.end, next.start)) ? next : null;
    const clauseStart = Math.max(sentence.start, doc.text.lastIndexOf(';', n.start) + 1);
    if (PLANNED.test(doc.text.slice(clauseStart, n.start))) continue;
    // A course's enrolment, not attendance at a session: "chiêu sinh 3 lớp … với 240 học viên", "… có 150 học viên
    // theo học", "khai giảng lớp … cho 65 đảng viên".
    const clauseAfter = doc.text.slice(noun.end, Math.min(sentence.end, noun.end + 60)).split(';')[0] ?? '';
    if (ENROLMENT.test(doc.text.slice(clauseStart, n.start)) || ENROLLED_AFTER.test(clauseAfter)) continue;
    // The Party's study, not a farming course or a vocational class ("1.567 lớp tập huấn khuyến nông cho 78.000 lượt").
    if (!PARTY_STUDY.test(doc.text.slice(sentence.start, noun.end))) continue;
    const forStudy = isStudyFor(doc, clauseStart, numbers[i - 1], n, noun.unit);
    const attendedVerb =
      forStudy ||
      ATTENDED_AFTER.test(doc.text.slice(noun.end, noun.end + 30)) ||
      (sessionsMention !== null && SESSIONS_FOR.test(doc.text.slice(sessionsMention.end, n.start)));
    if (!attendedVerb && !rate) continue;
    if (!sessionsMention && !forStudy && (!attendedVerb || !PARTY_ATTENDANTS.has(noun.unit))) continue;
    const claims = [claimOf(n)];
    if (sessionsMention) claims.push(claimOf(sessionsMention));
    if (rate) claims.push(claimOf(rate));
    const start = sessionsMention ? sessionsMention.start : n.start;
    out.push({
      fields: {
        organization: organizationBefore(doc, sentence, start),
        sessions: sessionsMention?.value ?? null,
        attended: n.value,
        total: n.kind === 'ratio' ? n.denominator : null,
        percent: rate?.value ?? null,
        topic: QUOTED_TOPIC.exec(doc.text.slice(sentence.start, start))?.groups?.topic ?? null,
      },
      start,
      end: rate ? rate.end : noun.end,
      sentence,
      claims,
    });
    sessionsMention = null;
  }
  return out;
}

/**
 * Study held for people, without a session count: "mở lớp bồi dưỡng lý luận chính trị cho 90 đảng viên mới". The
 * study and the "cho" stand in the clause after the figure before; the study is the Party's, and the people are not
 * a crowd ("người").
 */
function isStudyFor(
  doc: AnalyzedDocument,
  clauseStart: number,
  previous: NumberMention | undefined,
  n: NumberMention,
  unit: string,
): boolean {
  if (unit === 'người' || unit === 'lượt người') return false;
  const phrase = doc.text.slice(Math.max(clauseStart, previous?.end ?? 0), n.start);
  return STUDY_FOR.test(phrase) && PARTY_STUDY.test(phrase);
}
