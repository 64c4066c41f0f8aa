export {
  type Candidate,
  type CommonFields,
  candidateAt,
  type DocumentExtractor,
  defineExtractor,
  type Extractor,
  type ExtractorContext,
  type SentenceCandidate,
  type SentenceExtractor,
  type SentenceInput,
  type VnprRecord,
} from './contract.js';
export { type ExtractOptions, extract, extractFromDocument, extractWithDiagnostics } from './extract.js';
export { recordFields } from './fields.js';
export {
  type BuiltInFields,
  type BuiltInRecord,
  type BuiltInType,
  type DocumentFields,
  type ErrorFields,
  isRecord,
  type RecordOf,
} from './records.js';
export { builtinExtractors } from './registry.js';
export { cuePattern, type Diagnostic, type DiagnosticCode, hitsCue } from './resolver/index.js';

/** An `error` record for an input that could not be read (every input ends as a `document` or an `error`). */
export function errorRecord(docId: string, code: string, message: string) {
  return { type: 'error', docId, span: [0, 0] as [number, number], quote: '', sentence: '', code, message };
}
export type { AwardFields } from './award/schema.js';
export { CHECK_RULES, type CheckFields, type CheckRule, checkSchema, withChecks } from './checks/index.js';
export { type Evaluation, evaluate, type TypeScore } from './evaluate.js';
export type { EventFields } from './event/schema.js';
export type { MembershipFields } from './membership/schema.js';
export type { OfficialFields } from './official/schema.js';
export type { OrgStatFields } from './org-stat/schema.js';
export {
  type DocumentFigures,
  documentFigures,
  figuresOf,
  PANEL_COLUMNS,
  PanelBuilder,
  type PanelRow,
  type PanelStats,
  type PanelValue,
  type PeriodType,
  panelCellKey,
  panelKeysOf,
  periodTypeOf,
  reportedPeriod,
} from './panel/index.js';
export type { ParticipationFields } from './participation/schema.js';
export { loadPlugin } from './plugins.js';
export type { QuantityFields } from './quantity/schema.js';
export type { RatingFields } from './rating/schema.js';
export type { ReferenceFields } from './reference/schema.js';
export { canonicalEntity } from './shared/entities.js';
export { readPeriod } from './shared/period.js';
export type { TargetFields, TargetValue } from './target/schema.js';
export { targetValueSchema } from './target/schema.js';
export { UNIT_FIELDS, UNIT_TYPES, type UnitFields, withUnits } from './units/index.js';
