export {
  defineExtractor,
  candidateAt,
  type Candidate,
  type CommonFields,
  type Extractor,
  type ExtractorContext,
  type VnprRecord,
} from './contract.js';
export { extract, extractFromDocument, type ExtractOptions } from './extract.js';
export { builtinExtractors } from './registry.js';
export { recordFields } from './fields.js';

/** An `error` record for an input that could not be read (every input ends as a `document` or an `error`). */
export function errorRecord(docId: string, code: string, message: string) {
  return { type: 'error', docId, span: [0, 0] as [number, number], quote: '', sentence: '', code, message };
}
export { evaluate, type Evaluation, type TypeScore } from './evaluate.js';
export { loadPlugin } from './plugins.js';
export { canonicalEntity } from './shared/entities.js';
export { readPeriod } from './shared/period.js';
export type { AwardFields } from './award/schema.js';
export type { MembershipFields } from './membership/schema.js';
export type { OrgStatFields } from './org-stat/schema.js';
export type { ParticipationFields } from './participation/schema.js';
export type { QuantityFields } from './quantity/schema.js';
export type { RatingFields } from './rating/schema.js';
export type { TargetFields, TargetValue } from './target/schema.js';
