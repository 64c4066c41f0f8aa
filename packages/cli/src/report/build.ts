// Builds the report folder, step by step: prepare the folder; with --from, index the records file;
// read each input document and hand it (with its lines of the records file) to the page pool, which
// finds its records (read back, or extracted) and makes its page; take the results in input order and
// write each page one document behind (so that it can link to the next), its table rows, and what the
// index shows; then the records whose document is not among the inputs; then the index page. Memory
// holds the documents in flight and the index's figures, never all the records or table rows.

import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '@vnpr/core';
import { findExtractorFailures } from '../pool/tasks.js';
import { findInputs } from '../readers/find-inputs.js';
import { isJsonlPath, readJsonlDocuments } from '../readers/jsonl.js';
import { readDocumentFile } from '../readers/read-document.js';
import { FailureTally } from '../ui/failure-tally.js';
import { DEFAULT_MAX_FILE_SIZE } from '../util/parse-size.js';
import { reportCss, reportJs } from './assets.js';
import { renderDocumentNav } from './document-page.js';
import { safeJson } from './escape.js';
import { RecordsByDocument } from './from-records.js';
import { IndexData } from './index-data.js';
import { renderIndexPage } from './index-page.js';
import { createPageRunner } from './page-pool.js';
import { type PageResult, type PageTask, toPageInputError } from './page-task.js';
import { TableFiles } from './tables.js';

export { findAbbreviationMarks } from './page-task.js';

export interface ReportOptions {
  /** Files, folders, globs, JSONL(.gz) files: the documents. */
  inputs: string[];
  outDir: string;
  /** A JSONL of records from `vnpr extract`: used instead of extracting again. */
  from?: string;
  only?: string[];
  /** Loaded plugins (used on the main thread with `jobs` 0) and their specifiers (loaded by each worker). */
  plugins?: unknown[];
  pluginSpecifiers?: string[];
  /** Worker threads that make the pages (0, the default: the calling thread). */
  jobs?: number;
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

/** Files written at once at most, before the next waits for one of them. */
const WRITES_IN_FLIGHT = 32;

/** Writes files into the report folder, counting their bytes; several at a time, so the pages never wait for the disk one by one. */
class FolderWriter {
  bytes = 0;
  private readonly writes = new Set<Promise<void>>();
  constructor(readonly dir: string) {}

  async write(path: string, content: string | Uint8Array): Promise<void> {
    const writing: Promise<void> = writeFile(join(this.dir, path), content).then(() => {
      this.writes.delete(writing);
    });
    writing.catch(() => {}); // Awaited in write() or drain(); a failure before then is not unhandled.
    this.writes.add(writing);
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    if (this.writes.size >= WRITES_IN_FLIGHT) await Promise.race(this.writes);
  }

  /** Waits for every write begun. */
  async drain(): Promise<void> {
    await Promise.all(this.writes);
  }
}

/** A document's page, waiting for the next document (its "Next" link). */
interface PendingPage {
  n: number;
  head: Uint8Array;
  tail: Uint8Array;
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
      Buffer.concat([pending.head, Buffer.from(renderDocumentNav(this.lastPage, next)), pending.tail]),
    );
    this.pages++;
    this.lastPage = pending.n;
    this.pending = undefined;
  }
}

/** Documents sent to the page pool in one message, at most (and bytes of text and records). */
const BATCH_TASKS = 16;
const BATCH_BYTES = 1024 * 1024;

/** The size of a task's input and records, to close a batch. */
function taskBytes(task: PageTask): number {
  const input =
    typeof task.input === 'string' ? task.input.length * 2 : task.input instanceof Uint8Array ? task.input.length : 0;
  return input + (task.records?.length ?? 0);
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

    const runner = createPageRunner(
      options.jobs ?? 0,
      {
        settings: { from: from !== undefined, ...(options.only ? { only: options.only } : {}) },
        plugins: options.pluginSpecifiers ?? [],
        cwd: process.cwd(),
      },
      options.plugins ?? [],
    );
    /** Batches sent to the pool, oldest first: their results are taken in input order. */
    const inFlight: { tasks: PageTask[]; results: Promise<PageResult[]> }[] = [];
    const maxInFlight = 2 * Math.max(1, options.jobs ?? 0);
    let batch: PageTask[] = [];
    let batchBytes = 0;

    const takeOldest = async (): Promise<void> => {
      const oldest = inFlight.shift();
      if (!oldest) return;
      const results = await oldest.results;
      for (const [i, task] of oldest.tasks.entries()) {
        const { records, page, mismatches: mismatched } = results[i] as PageResult;
        const doc = page ? task.n : -1;
        mismatches += mismatched;
        if (page) await pages.add({ n: task.n, ...page });
        if (!from) failures.add(findExtractorFailures(records));
        await tables.addRecords(records, doc);
        data.add(records, doc);
        options.onProgress?.(task.n);
      }
    };
    const send = async (): Promise<void> => {
      if (batch.length === 0) return;
      const tasks = batch;
      batch = [];
      batchBytes = 0;
      const results = runner.run(tasks);
      results.catch(() => {}); // Awaited in takeOldest; a failure before then is not unhandled.
      inFlight.push({ tasks, results });
      while (inFlight.length >= maxInFlight) await takeOldest();
    };

    try {
      let n = 0;
      // The report's own pages (an output folder inside an input folder) are never read back as documents.
      const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
      for await (const source of readSources(options.inputs, maxFileSize, [resolve(out)])) {
        n++;
        const records = await from?.takeBytes(source.docId);
        const input = source.input instanceof Error ? toPageInputError(source.input) : source.input;
        const task: PageTask = { n, docId: source.docId, input, publishedAt: source.publishedAt };
        if (records) task.records = records;
        batch.push(task);
        batchBytes += taskBytes(task);
        if (batch.length >= BATCH_TASKS || batchBytes >= BATCH_BYTES) await send();
      }
      await send();
      while (inFlight.length > 0) await takeOldest();
    } finally {
      await runner.destroy();
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
    await folder.drain();
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
