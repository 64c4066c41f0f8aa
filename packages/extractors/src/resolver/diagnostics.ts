/**
 * What can go wrong between an extractor and a record, by code. A fixture or a test asserts the code; the
 * message is for people (it is also written to the `warnings` of the `document` record).
 */
export type DiagnosticCode =
  /** The `publishedAt` option is not an ISO date: it is left out. */
  | 'published-at-not-iso'
  /** The extractor threw: its records of that sentence (document form: of the document) are lost, the others' stay. */
  | 'extractor-failed'
  /** The extractor returned something else than an array of candidates. */
  | 'not-an-array'
  /** A candidate lacks start, end, fields or (document form) its sentence. */
  | 'malformed-candidate'
  /** The fields do not pass the extractor's schema. */
  | 'invalid-record'
  /** The fields hold a value JSON, CSV and Excel cannot (a BigInt, NaN, a class instance). */
  | 'unserializable'
  /** The fields set one of the common fields (type, docId, span, quote, sentence): ignored. */
  | 'framework-field'
  /** The span lies outside the text. */
  | 'span-outside-text'
  /** The span does not map back to the same text in the source. */
  | 'span-unmapped';

/** A problem one extractor had with one document, vfile style. */
export interface Diagnostic {
  /** The extractor's id, or "extract" for the call itself. */
  extractor: string;
  code: DiagnosticCode;
  message: string;
  /** Offsets into `doc.text` (the normalized text) of the candidate concerned, when there is one. */
  span?: [number, number];
}

/** Collects diagnostics; one message is kept once (a rule failing in every sentence says so once). */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  readonly #seen = new Set<string>();

  add(extractor: string, code: DiagnosticCode, message: string, span?: [number, number]): void {
    if (this.#seen.has(message)) return;
    this.#seen.add(message);
    this.list.push(span ? { extractor, code, message, span } : { extractor, code, message });
  }
}
