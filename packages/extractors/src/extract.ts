import { type AnalyzedDocument, analyze } from '@vnpr/core';
import type { Extractor, VnprRecord } from './contract.js';
import { builtinExtractors } from './registry.js';
import { type Diagnostic, Diagnostics, resolve } from './resolver/index.js';
import { describe } from './resolver/visit.js';

export interface ExtractOptions {
  /** The document id (`docId` of every record). Default "document". */
  id?: string;
  /** ISO publication date known outside the text (a JSONL field, a file's metadata). */
  publishedAt?: string | null;
  /** Only these record types (the `document` record is always written; add "check" for their checks). */
  only?: readonly string[];
  /** Third-party extractors (from `defineExtractor`), run after the built-ins of the same priority. */
  plugins?: readonly Extractor[];
}

/**
 * Turns one document, as text or raw bytes, into records: the `document` record first, then every
 * record the extractors find, in text order. Throws `InputError` for bytes that are not text.
 *
 * @example
 * import { extract } from '@vnpr/extractors';
 * extract('Năm 2023, đã kết nạp 209/150 đảng viên, đạt 139,33% so nghị quyết.', { id: 'a.txt' })
 * // → [{ type: 'document', ... }, { type: 'membership', action: 'kết nạp', count: 209, target: 150, percentOfTarget: 139.33, ... }]
 */
export function extract(input: string | Uint8Array | ArrayBuffer, options: ExtractOptions = {}): VnprRecord[] {
  checkOptions(options);
  const text = checkInput(input);
  const published = isIsoDate(options.publishedAt) ? options.publishedAt : null;
  const doc = analyze(text, { id: options.id ?? 'document', reference: published });
  return extractFromDocument(doc, options);
}

/** Runs the extractors over an analyzed document (see `extract`). */
export function extractFromDocument(doc: AnalyzedDocument, options: ExtractOptions = {}): VnprRecord[] {
  return extractWithDiagnostics(doc, options).records;
}

/**
 * `extractFromDocument`, with the problems the extractors had as typed diagnostics (`{ extractor, code,
 * message, span? }`); their messages are also the `warnings` of the `document` record.
 *
 * @example
 * const { records, diagnostics } = extractWithDiagnostics(analyze(text), { plugins: [mine] });
 * diagnostics.filter((d) => d.code === 'invalid-record') // the candidates `mine`'s schema refused
 */
export function extractWithDiagnostics(
  doc: AnalyzedDocument,
  options: ExtractOptions = {},
): { records: VnprRecord[]; diagnostics: Diagnostic[] } {
  checkOptions(options);
  const diagnostics = new Diagnostics();
  let published: string | null = null;
  if (isIsoDate(options.publishedAt)) published = options.publishedAt;
  else if (typeof options.publishedAt === 'string')
    diagnostics.add(
      'extract',
      'published-at-not-iso',
      `publishedAt ${JSON.stringify(options.publishedAt)} is not an ISO date (YYYY-MM-DD): left out`,
    );
  const records = resolve(doc, selectExtractors(options), {
    publishedAt: published,
    // `check` records follow the records they concern; `only` without "check" leaves them out.
    withChecks: !(options.only?.length && !options.only.includes('check')),
    diagnostics,
  });
  return { records, diagnostics: diagnostics.list };
}

function selectExtractors(options: ExtractOptions): Extractor[] {
  const all = [...builtinExtractors, ...(options.plugins ?? [])];
  // Two extractors of one id would write one sheet and claim each other's records: refused, as the CLI does.
  const ids = new Set<string>();
  for (const e of all) {
    if (ids.has(e.id)) {
      const builtin = builtinExtractors.some((b) => b.id === e.id);
      throw new TypeError(
        `extract: two extractors have the id "${e.id}"${builtin ? ' (a built-in type): give the plugin its own id' : ''}`,
      );
    }
    ids.add(e.id);
  }
  const only = options.only?.length ? new Set(options.only) : null;
  const chosen = only ? all.filter((e) => only.has(e.id)) : all;
  return chosen
    .map((e, order) => ({ e, order }))
    .sort((a, b) => (a.e.priority ?? 100) - (b.e.priority ?? 100) || a.order - b.order)
    .map((x) => x.e);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value);
}

/** The input as `analyze` takes it, or a TypeError that says what `extract` accepts. */
function checkInput(input: unknown): string | Uint8Array {
  if (typeof input === 'string' || input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw new TypeError(
    `extract: input must be a string or bytes (Uint8Array, Buffer, ArrayBuffer); got ${describe(input)}`,
  );
}

/** A TypeError naming the first option of the wrong type and what it accepts. */
function checkOptions(options: unknown): asserts options is ExtractOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new TypeError(`extract: options must be an object like { id: 'a.txt' }; got ${describe(options)}`);
  const o = options as Record<string, unknown>;
  if (o.id !== undefined && typeof o.id !== 'string')
    throw new TypeError(`extract: options.id must be a string (the document's id); got ${describe(o.id)}`);
  if (o.publishedAt !== undefined && o.publishedAt !== null && typeof o.publishedAt !== 'string')
    throw new TypeError(
      `extract: options.publishedAt must be an ISO date string like '2023-12-28' or null; got ${describe(o.publishedAt)}`,
    );
  if (o.only !== undefined && (!Array.isArray(o.only) || o.only.some((t) => typeof t !== 'string')))
    throw new TypeError(
      `extract: options.only must be an array of record types, e.g. ['membership']; got ${describe(o.only)}`,
    );
  if (
    o.plugins !== undefined &&
    (!Array.isArray(o.plugins) ||
      o.plugins.some(
        (p) =>
          p === null ||
          typeof p !== 'object' ||
          (typeof p.extract !== 'function' && typeof p.fromSentence !== 'function'),
      ))
  )
    throw new TypeError('extract: options.plugins must be an array of extractors (from defineExtractor or loadPlugin)');
}
