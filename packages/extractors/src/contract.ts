import type { AnalyzedDocument, Sentence } from '@vnpr/core';
import type { z } from 'zod';

/** A proposed record: the extractor's own fields and where in the normalized text the evidence is. */
export interface Candidate<F> {
  fields: F;
  /** Offsets of the evidence in `doc.text` (the normalized text); the framework maps them to the source. */
  start: number;
  end: number;
  /** The sentence that holds the evidence. */
  sentence: Sentence;
  /**
   * The numbers this record takes, as offsets in `doc.text`. One number belongs to one record: an
   * extractor that runs later cannot take it again, and `quantity` never repeats it.
   */
  claims?: readonly { start: number; end: number }[];
}

/** What the framework gives each extractor besides the document. */
export interface ExtractorContext {
  /** ISO publication date, if known. */
  publishedAt: string | null;
  /** True when an earlier record took the number at these offsets. */
  isClaimed(start: number, end: number): boolean;
}

/** An extractor plugin: one record type, its zod schema and the function that finds records. */
export interface Extractor<S extends z.ZodType = z.ZodType> {
  /** The record type, the folder name and the Excel sheet name. */
  id: string;
  /** A zod schema of the record's own fields (the common fields type/docId/span/quote/sentence are added). */
  schema: S;
  /** One line for `--help` and the docs. */
  description?: string;
  /** Lower runs earlier and so wins a number that a later extractor wants too. Default 100. */
  priority?: number;
  extract(doc: AnalyzedDocument, ctx: ExtractorContext): Candidate<z.infer<S>>[];
}

const ID = /^[a-z][a-zA-Z0-9]*$/;
// The framework's record types and the sheets of a workbook (an extractor's id names its sheet).
const RESERVED = new Set(['document', 'error', 'check', 'documents', 'errors', 'checks', 'summary', 'panel']);

/**
 * Declares an extractor. Checks the id and the schema at once, so a bad plugin fails when it loads,
 * not in the middle of a batch.
 *
 * @example
 * export default defineExtractor({
 *   id: 'meeting', schema: z.object({ count: z.number() }),
 *   extract: (doc) => [],
 * });
 */
export function defineExtractor<S extends z.ZodType>(definition: Extractor<S>): Extractor<S> {
  if (!definition || typeof definition !== 'object') throw new TypeError('defineExtractor: expected an object');
  if (typeof definition.id !== 'string' || !ID.test(definition.id)) {
    throw new TypeError(
      `defineExtractor: id must be a camelCase word like "membership" (got ${JSON.stringify(definition.id)})`,
    );
  }
  if (RESERVED.has(definition.id))
    throw new TypeError(`defineExtractor: "${definition.id}" is reserved by the framework`);
  // Duck-typed, so that a plugin built against another copy of zod still loads.
  if (typeof (definition.schema as { safeParse?: unknown } | undefined)?.safeParse !== 'function') {
    throw new TypeError(`defineExtractor(${definition.id}): schema must be a zod schema`);
  }
  if (typeof definition.extract !== 'function') {
    throw new TypeError(`defineExtractor(${definition.id}): extract must be a function (doc, ctx) => candidates`);
  }
  return definition;
}

/** Fields every record carries (see the record contract). */
export interface CommonFields {
  type: string;
  docId: string;
  /** UTF-16 offsets into the decoded text. */
  span: [number, number];
  /** Exactly `decodedText.slice(span[0], span[1])`. */
  quote: string;
  /** The normalized sentence that holds the evidence. */
  sentence: string;
}

/** A record as written to JSONL, CSV and Excel. */
export type VnprRecord = CommonFields & { [field: string]: unknown };

/** Builds a candidate from a regex match inside a sentence. */
export function candidateAt<F>(
  sentence: Sentence,
  localStart: number,
  localEnd: number,
  fields: F,
  claims?: readonly { start: number; end: number }[],
): Candidate<F> {
  return { fields, start: sentence.start + localStart, end: sentence.start + localEnd, sentence, claims };
}
