import type { NumberMention } from '@vnpr/core';
import { defineExtractor, type SentenceCandidate, type SentenceInput } from '../contract.js';
import { claimOf, nounAfter } from '../shared/numbers.js';
import { organizationBefore } from '../shared/organization.js';
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
  STUDY_CUES,
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
  cues: STUDY_CUES,
  examples: [
    'Tổ chức học tập nghị quyết được 56 cuộc, có 5.990/6.046 đảng viên dự, đạt 99,07%.',
    'Mở 01 lớp bồi dưỡng lý luận chính trị cho 90 đảng viên mới.',
  ],
  fromSentence,
});

export default participationExtractor;

function fromSentence(s: SentenceInput): SentenceCandidate<ParticipationFields>[] {
  const { text, numbers } = s;
  const out: SentenceCandidate<ParticipationFields>[] = [];
  let sessionsMention: (typeof numbers)[number] | null = null;
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    const noun = nounAfter(s, n);
    if (!noun) continue;
    if (n.kind === 'count' && SESSION_UNITS.has(noun.unit)) {
      sessionsMention = n;
      continue;
    }
    if ((n.kind !== 'count' && n.kind !== 'ratio') || !ATTENDANT_UNITS.has(noun.unit)) continue;
    const next = numbers[i + 1];
    const rate = next && next.kind === 'percent' && RATE_AFTER.test(text.slice(noun.end, next.start)) ? next : null;
    const clauseStart = Math.max(0, text.lastIndexOf(';', n.start) + 1);
    if (PLANNED.test(text.slice(clauseStart, n.start))) continue;
    // A course's enrolment, not attendance at a session: "chiêu sinh 3 lớp … với 240 học viên", "… có 150 học viên
    // theo học", "khai giảng lớp … cho 65 đảng viên".
    const clauseAfter = text.slice(noun.end, Math.min(text.length, noun.end + 60)).split(';')[0] ?? '';
    if (ENROLMENT.test(text.slice(clauseStart, n.start)) || ENROLLED_AFTER.test(clauseAfter)) continue;
    // The Party's study, not a farming course or a vocational class ("1.567 lớp tập huấn khuyến nông cho 78.000 lượt").
    if (!PARTY_STUDY.test(text.slice(0, noun.end))) continue;
    const forStudy = isStudyFor(text, clauseStart, numbers[i - 1], n, noun.unit);
    const attendedVerb =
      forStudy ||
      ATTENDED_AFTER.test(text.slice(noun.end, noun.end + 30)) ||
      (sessionsMention !== null && SESSIONS_FOR.test(text.slice(sessionsMention.end, n.start)));
    if (!attendedVerb && !rate) continue;
    if (!sessionsMention && !forStudy && (!attendedVerb || !PARTY_ATTENDANTS.has(noun.unit))) continue;
    const claims = [claimOf(n)];
    if (sessionsMention) claims.push(claimOf(sessionsMention));
    if (rate) claims.push(claimOf(rate));
    const start = sessionsMention ? sessionsMention.start : n.start;
    out.push({
      fields: {
        organization: organizationBefore(s, start),
        sessions: sessionsMention?.value ?? null,
        attended: n.value,
        total: n.kind === 'ratio' ? n.denominator : null,
        percent: rate?.value ?? null,
        topic: QUOTED_TOPIC.exec(text.slice(0, start))?.groups?.topic ?? null,
      },
      start,
      end: rate ? rate.end : noun.end,
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
  text: string,
  clauseStart: number,
  previous: NumberMention | undefined,
  n: NumberMention,
  unit: string,
): boolean {
  if (unit === 'người' || unit === 'lượt người') return false;
  const phrase = text.slice(Math.max(clauseStart, previous?.end ?? 0), n.start);
  return STUDY_FOR.test(phrase) && PARTY_STUDY.test(phrase);
}
