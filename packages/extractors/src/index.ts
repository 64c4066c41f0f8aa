// STUB of the public API, so that the CLI can be written against it. Replaced by the extractors work.
import { InputError, decode } from '@vnpr/core';

/** A record as written to JSONL / Excel / CSV (see the record contract). */
export interface VnprRecord {
  type: string;
  docId: string;
  span: [number, number];
  quote: string;
  sentence: string;
  [field: string]: unknown;
}

export interface ExtractOptions {
  /** The document id (`docId` of every record). */
  id?: string;
  /** ISO publication date, if known outside the text (missing years are inferred from it). */
  publishedAt?: string | null;
  /** Only these record types (the `document` record is always written). */
  only?: string[];
  /** Third-party extractors, as returned by `defineExtractor`. */
  plugins?: unknown[];
}

/** Turns one document (text or raw bytes) into records. Throws `InputError` for bytes that are not text. */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): VnprRecord[] {
  const text = typeof input === 'string' ? input : decode(input).text;
  if (!text.trim()) throw new InputError('empty', 'empty document: no text');
  const docId = options.id ?? 'document';
  return [{ type: 'document', docId, span: [0, 0], quote: '', sentence: '', title: text.split('\n')[0] ?? null, chars: text.length }];
}

/** An `error` record for an input that could not be read. */
export function errorRecord(docId: string, code: string, message: string): VnprRecord {
  return { type: 'error', docId, span: [0, 0], quote: '', sentence: '', code, message };
}

/** The contract's own fields per record type, in column order (common fields excluded). */
export const recordFields: Record<string, string[]> = {
  document: ['title', 'publishedAt', 'source', 'author', 'organization', 'province', 'chars', 'warnings'],
  event: ['date', 'partOfDay', 'kind', 'activities', 'period', 'organizer', 'inferred'],
  official: ['name', 'titles'],
  membership: ['organization', 'action', 'count', 'target', 'percentOfTarget', 'period'],
  rating: ['organization', 'subject', 'level', 'count', 'total', 'percent', 'orAbove', 'period'],
  target: ['organization', 'index', 'text', 'period', 'values'],
  reference: ['kind', 'symbol', 'number', 'date', 'issuer', 'term', 'name'],
  orgStat: ['organization', 'entity', 'count', 'asOf'],
  participation: ['organization', 'sessions', 'attended', 'total', 'percent', 'topic'],
  award: ['organization', 'form', 'count', 'recipients', 'title', 'period'],
  quantity: ['value', 'unit', 'kind', 'qualifier'],
  error: ['code', 'message'],
};
