// Builds the report folder, step by step: prepare the folder; with --from, index the records file;
// read each input document, find its records (extracted, or read back from the index) and write its
// page one document behind (so that it can link to the next), its table rows, and what the index
// shows; then the records whose document is not among the inputs; then the index page. Memory holds
// one document's records and the index's figures, never all the records or table rows.

import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type AnalyzedDocument, analyze, expandAbbreviation, InputError } from '@vnpr/core';
import { type Extractor, errorRecord, extractFromDocument, type VnprRecord } from '@vnpr/extractors';
import { findExtractorFailures, recordFailure } from '../pool/tasks.js';
import { findInputs } from '../readers/find-inputs.js';
import { isJsonlPath, readJsonlDocuments } from '../readers/jsonl.js';
import { readDocumentFile } from '../readers/read-document.js';
import { FailureTally } from '../ui/failure-tally.js';
import { DEFAULT_MAX_FILE_SIZE } from '../util/parse-size.js';
import { reportCss, reportJs } from './assets.js';
import { type AbbreviationMark, isHighlighted, quoteMatches, renderDocumentPage } from './document-page.js';
import { safeJson } from './escape.js';
import { RecordsByDocument } from './from-records.js';
import { IndexData } from './index-data.js';
import { renderIndexPage } from './index-page.js';
import { TableFiles } from './tables.js';

export interface ReportOptions {
  /** Files, folders, globs, JSONL(.gz) files: the documents. */
  inputs: string[];
  outDir: string;
  /** A JSONL of records from `vnpr extract`: used instead of extracting again. */
  from?: string;
  only?: string[];
  plugins?: unknown[];
  maxFileSize?: number;
  /** Called after each document with the count so far. */
  onProgress?: (documents: number) => void;
  /** Fixed timestamp for reproducible output (tests). */
  generatedAt?: string;
}

export interface ReportStats {
  documents: number;
  errors: number;
  records: number;
  mismatches: number;
  orphans: number;
  pages: number;
  bytes: number;
  seconds: number;
  /** The extractors that threw, one line each with the number of documents (empty when none did). */
  extractorFailures: string;
}

/** One document to put in the report. */
interface SourceDocument {
  docId: string;
  input: string | Uint8Array | InputError | Error;
  publishedAt: string | null;
}

/** Reads the documents of the inputs, leaving out `exclude` (the report's own folder). */
async function* readSources(
  inputs: readonly string[],
  maxFileSize: number,
  exclude: readonly string[],
): AsyncGenerator<SourceDocument> {
  for (const file of await findInputs(inputs, process.cwd(), { exclude })) {
    if (file.problem) {
      yield { docId: file.docId, input: new InputError(file.problem.code, file.problem.message), publishedAt: null };
      continue;
    }
    if (isJsonlPath(file.path)) {
      let lines = 0;
      try {
        const reader = readJsonlDocuments(file.path, file.docId, { maxLineBytes: maxFileSize });
        for await (const document of reader.documents) {
          lines++;
          if (document.kind === 'error')
            yield { docId: document.docId, input: new InputError(document.code, document.message), publishedAt: null };
          else yield { docId: document.docId, input: document.text, publishedAt: document.publishedAt };
        }
      } catch (error) {
        const message = `cannot read ${file.docId} after ${lines} lines (${(error as Error).message})`;
        const input = error instanceof InputError ? error : new InputError('unreadable', message);
        yield { docId: file.docId, input, publishedAt: null };
      }
      continue;
    }
    try {
      yield { docId: file.docId, input: await readDocumentFile(file.path, maxFileSize), publishedAt: null };
    } catch (error) {
      yield { docId: file.docId, input: error as Error, publishedAt: null };
    }
  }
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

/** Writes files into the report folder, counting their bytes. */
class FolderWriter {
  bytes = 0;
  constructor(readonly dir: string) {}

  async write(path: string, content: string): Promise<void> {
    await writeFile(join(this.dir, path), content);
    this.bytes += Buffer.byteLength(content);
  }
}

/** A document's page, waiting for the next document (its "Next" link). */
interface PendingPage {
  n: number;
  docId: string;
  text: string;
  records: VnprRecord[];
  abbreviations: AbbreviationMark[];
}

/** Writes the document pages one document behind, so that each links to the previous and the next. */
class PageWriter {
  pages = 0;
  private pending: PendingPage | undefined;
  private lastPage: number | undefined;

  constructor(private readonly folder: FolderWriter) {}

  /** Queues a page and writes the one before it. */
  async add(page: PendingPage): Promise<void> {
    await this.flush(page.n);
    this.pending = page;
  }

  /** Writes the last page. */
  async finish(): Promise<void> {
    await this.flush();
  }

  private async flush(next?: number): Promise<void> {
    const pending = this.pending;
    if (!pending) return;
    await this.folder.write(
      `doc-${pending.n}.html`,
      renderDocumentPage({
        ...pending,
        ...(this.lastPage !== undefined ? { previous: this.lastPage } : {}),
        ...(next !== undefined ? { next } : {}),
      }),
    );
    this.pages++;
    this.lastPage = pending.n;
    this.pending = undefined;
  }
}

/** A source document's records: read back from --from, or extracted; and its analysis when it could be read. */
async function findRecords(
  source: SourceDocument,
  options: ReportOptions,
  from: RecordsByDocument | undefined,
  failures: FailureTally,
): Promise<{ doc: AnalyzedDocument | undefined; records: VnprRecord[] }> {
  try {
    if (source.input instanceof Error) throw source.input;
    const doc = analyze(source.input, { id: source.docId, reference: source.publishedAt });
    if (from) return { doc, records: (await from.take(source.docId)) ?? [] };
    const records = extractFromDocument(doc, {
      id: source.docId,
      ...(source.publishedAt !== null ? { publishedAt: source.publishedAt } : {}),
      ...(options.only ? { only: options.only } : {}),
      ...(options.plugins?.length ? { plugins: options.plugins as Extractor[] } : {}),
    });
    failures.add(findExtractorFailures(records));
    return { doc, records };
  } catch (error) {
    const fromList = await from?.take(source.docId);
    const records = fromList ?? [
      error instanceof InputError
        ? errorRecord(source.docId, error.code, error.message)
        : await recordFailure(source.docId, error),
    ];
    return { doc: undefined, records };
  }
}

/** Builds the report folder and returns what it holds. */
export async function buildReport(options: ReportOptions): Promise<ReportStats> {
  const startedAt = performance.now();
  const out = options.outDir;
  await mkdir(join(out, 'assets'), { recursive: true });
  await mkdir(join(out, 'data'), { recursive: true });
  const from = options.from ? await RecordsByDocument.open(options.from) : undefined;
  try {
    const folder = new FolderWriter(out);
    const pages = new PageWriter(folder);
    const tables = new TableFiles(out);
    const data = new IndexData();
    const failures = new FailureTally();
    let mismatches = 0;
    let orphans = 0;

    let n = 0;
    // The report's own pages (an output folder inside an input folder) are never read back as documents.
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    for await (const source of readSources(options.inputs, maxFileSize, [resolve(out)])) {
      n++;
      const { doc, records } = await findRecords(source, options, from, failures);
      if (doc) {
        for (const record of records)
          if (isHighlighted(record, doc.source.length) && !quoteMatches(record, doc.source)) mismatches++;
        await pages.add({
          n,
          docId: source.docId,
          text: doc.source,
          records,
          abbreviations: findAbbreviationMarks(doc),
        });
      }
      await tables.addRecords(records, doc ? n : -1);
      data.add(records, doc ? n : -1);
      options.onProgress?.(n);
    }
    await pages.finish();
    if (from) {
      for await (const records of from.takeRest()) {
        orphans += records.length;
        await tables.addRecords(records, -1);
        data.add(records, -1);
      }
    }

    const tableList = await tables.close();
    await folder.write('data/conflicts.js', `window.VNPR_CONFLICTS=${safeJson(data.conflictsByRecord())};\n`);
    const order = tables.order();
    const typeOrder = [...data.typeCounts.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
    await folder.write('assets/report.css', reportCss());
    await folder.write('assets/report.js', reportJs());
    const seconds = (performance.now() - startedAt) / 1000;
    await folder.write(
      'index.html',
      renderIndexPage({
        inputs: options.inputs,
        documents: data.documents,
        errors: data.errors,
        records: data.records,
        mismatches,
        orphans,
        typeCounts: new Map(typeOrder),
        tables: tableList,
        chartRecords: data.chartRecords,
        documentOrganization: data.documentOrganization,
        checks: data.checks,
        seconds,
        generatedAt: options.generatedAt ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      }),
    );
    return {
      documents: data.documents,
      errors: data.errors,
      records: data.records,
      mismatches,
      orphans,
      pages: pages.pages,
      bytes: folder.bytes + tables.bytes,
      seconds,
      extractorFailures: failures.format(),
    };
  } finally {
    await from?.close();
  }
}
