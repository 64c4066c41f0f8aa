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
