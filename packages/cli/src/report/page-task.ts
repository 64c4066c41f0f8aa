// One document of the report, from its input to its page: its records (read back from --from, or
// extracted), its page without the links to the previous and next pages (which depend on the documents
// around it), and how many of its quotes are not the text at their span. The same function runs in a
// worker of the page pool and, with --jobs 0, on the main thread, so the pages are the same either way.

import {
  type AnalyzedDocument,
  analyze,
  decodeDocument,
  expandAbbreviation,
  findAbbreviationDefinitions,
  InputError,
  type InputErrorCode,
  normalize,
} from '@vnpr/core';
import { type Extractor, errorRecord, extractFromDocument, type VnprRecord } from '@vnpr/extractors';
import { recordFailure } from '../pool/tasks.js';
import { type AbbreviationMark, isHighlighted, quoteMatches, renderDocumentPageParts } from './document-page.js';
import { parseRecordBytes } from './from-records.js';

/** Why a document could not be read, in a form a worker message carries (an Error loses its class and code there). */
export interface PageInputError {
  /** The InputError's code; '' for another error. */
  code: InputErrorCode | '';
  message: string;
}

/** A document to make a page of. */
export interface PageTask {
  /** Its page number (`doc-<n>.html`). */
  n: number;
  docId: string;
  input: string | Uint8Array | PageInputError;
  publishedAt: string | null;
  /** With --from: its lines of the records file (undefined: the file has none). */
  records?: Uint8Array;
}

/** What a task gives back. */
export interface PageResult {
  records: VnprRecord[];
  /**
   * The page around its links (`head`, the links, `tail`) in UTF-8, each in a buffer of its own (a worker
   * moves them to the main thread, not copies them): none when the document could not be read.
   */
  page?: { head: Uint8Array; tail: Uint8Array };
  /** Highlighted records whose quote is not the text at their span. */
  mismatches: number;
}

/** What every task of a run shares. */
export interface PageSettings {
  /** Whether the records come from --from (`PageTask.records`) rather than from extraction. */
  from: boolean;
  only?: string[];
}

/** A failure of reading an input, as a task carries it. */
export function toPageInputError(error: Error): PageInputError {
  return error instanceof InputError
    ? { code: error.code, message: error.message }
    : { code: '', message: error.message };
}

const ABBREVIATION_TOKEN = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}&./-]{0,13}\p{Lu}(?![\p{L}\p{N}])/gu;

/**
 * The abbreviations to mark in the decoded text: those the document defines ("tổ chức cơ sở đảng
 * (TCCSĐ)", from `analyze()`), and those of vnpr's lexicon (UBND, HTXSNV, …), at every occurrence.
 */
export function findAbbreviationMarks(doc: Pick<AnalyzedDocument, 'source' | 'abbreviations'>): AbbreviationMark[] {
  const defined = new Map<string, string>();
  for (const definition of doc.abbreviations) {
    if (!defined.has(definition.abbr)) defined.set(definition.abbr, definition.expansion);
  }
  const lexicon = new Map<string, string | null>();
  const marks: AbbreviationMark[] = [];
  for (const match of doc.source.matchAll(ABBREVIATION_TOKEN)) {
    const abbr = match[0];
    let expansion = defined.get(abbr) ?? lexicon.get(abbr);
    if (expansion === undefined) {
      expansion = expandAbbreviation(abbr);
      lexicon.set(abbr, expansion);
    }
    if (expansion) marks.push({ start: match.index, end: match.index + abbr.length, abbr, expansion });
  }
  return marks;
}

/** A task's records from --from, read back from their bytes (the `sentence` field left out). */
async function recordsOf(task: PageTask): Promise<VnprRecord[] | undefined> {
  return task.records && (await parseRecordBytes(task.records, task.docId));
}

/** What a page shows of a document's analysis: its decoded text and the abbreviations it defines. */
type PageText = Pick<AnalyzedDocument, 'source' | 'abbreviations'>;

/**
 * With --from, the page's part of `analyze()` only (the rest of it, dates, numbers, metadata, is for the
 * extractors): the same text, the same definitions, the same InputError for an empty document.
 */
function readPageText(input: string | Uint8Array): PageText {
  const source = decodeDocument(input).text;
  return { source, abbreviations: findAbbreviationDefinitions(normalize(source).text) };
}

/** A task's document and records: read back or extracted; the document only when it could be read. */
async function findRecords(
  task: PageTask,
  settings: PageSettings,
  plugins: readonly unknown[],
): Promise<{ doc: PageText | undefined; records: VnprRecord[] }> {
  try {
    const { input } = task;
    if (typeof input === 'object' && !(input instanceof Uint8Array))
      throw input.code ? new InputError(input.code, input.message) : new Error(input.message);
    if (settings.from) return { doc: readPageText(input), records: (await recordsOf(task)) ?? [] };
    const doc = analyze(input, { id: task.docId, reference: task.publishedAt });
    const records = extractFromDocument(doc, {
      id: task.docId,
      ...(task.publishedAt !== null ? { publishedAt: task.publishedAt } : {}),
      ...(settings.only ? { only: settings.only } : {}),
      ...(plugins.length ? { plugins: plugins as Extractor[] } : {}),
    });
    return { doc, records };
  } catch (error) {
    const records = (await recordsOf(task)) ?? [
      error instanceof InputError
        ? errorRecord(task.docId, error.code, error.message)
        : await recordFailure(task.docId, error),
    ];
    return { doc: undefined, records };
  }
}

const encoder = new TextEncoder();

/** Makes one document's records and page. */
export async function buildPage(
  task: PageTask,
  settings: PageSettings,
  plugins: readonly unknown[],
): Promise<PageResult> {
  const { doc, records } = await findRecords(task, settings, plugins);
  if (!doc) return { records, mismatches: 0 };
  let mismatches = 0;
  for (const record of records)
    if (isHighlighted(record, doc.source.length) && !quoteMatches(record, doc.source)) mismatches++;
  const { head, tail } = renderDocumentPageParts({
    n: task.n,
    docId: task.docId,
    text: doc.source,
    records,
    abbreviations: findAbbreviationMarks(doc),
  });
  return { records, page: { head: encoder.encode(head), tail: encoder.encode(tail) }, mismatches };
}
