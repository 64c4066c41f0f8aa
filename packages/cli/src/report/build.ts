// Builds the report folder: one page per document as it is read (memory stays flat but for the
// table rows), then the data files of the tables and the index.

import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { type AnalyzedDocument, analyze, expandAbbreviation, InputError } from '@vnpr/core';
import {
  documentFigures,
  type Extractor,
  errorRecord,
  extractFromDocument,
  PanelBuilder,
  panelCellKey,
  panelKeysOf,
  type VnprRecord,
} from '@vnpr/extractors';
import { findExtractorFailures, recordFailure } from '../pool/tasks.js';
import { findInputs } from '../readers/find-inputs.js';
import { isJsonlPath, readJsonlDocuments } from '../readers/jsonl.js';
import { readDocumentFile } from '../readers/read-document.js';
import { FailureTally } from '../ui/failure-tally.js';
import { DEFAULT_MAX_FILE_SIZE } from '../util/parse-size.js';
import { BUILT_IN_TYPES } from '../writers/columns.js';
import { reportCss, reportJs } from './assets.js';
import type { ChartRecord } from './chart-data.js';
import { type AbbreviationMark, isHighlighted, quoteMatches, renderDocumentPage } from './document-page.js';
import { safeJson, slug } from './escape.js';
import { fieldNames, formatField } from './fields.js';
import { type CheckRow, renderIndexPage, type TableInfo } from './index-page.js';

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

const MAX_CELL = 240;

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

/** Reads a records JSONL (`vnpr extract -o records.jsonl`) grouped by docId, in file order. */
export async function readRecordsByDoc(path: string): Promise<Map<string, VnprRecord[]>> {
  const byDoc = new Map<string, VnprRecord[]>();
  let lineNo = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNo++;
    if (!line.trim()) continue;
    let record: VnprRecord;
    try {
      record = JSON.parse(line) as VnprRecord;
    } catch {
      throw new Error(`${path}: line ${lineNo} is not JSON: give the JSONL written by vnpr extract`);
    }
    if (!record || typeof record.type !== 'string' || typeof record.docId !== 'string')
      throw new Error(`${path}: line ${lineNo} is not a record (no "type" and "docId")`);
    delete (record as Partial<VnprRecord>).sentence; // not shown, and the largest field
    const list = byDoc.get(record.docId);
    if (list) list.push(record);
    else byDoc.set(record.docId, [record]);
  }
  return byDoc;
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

function cell(value: unknown): string | number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = formatField(value).replace(/\s+/g, ' ');
  if (text === '') return null;
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

function toChartRecord(record: VnprRecord, doc: number, k: number): ChartRecord | undefined {
  if (record.type !== 'membership' && record.type !== 'rating' && record.type !== 'target') return undefined;
  const { type, docId } = record;
  const pick = <T>(name: string) => record[name] as T;
  return {
    type,
    docId,
    doc,
    k,
    organization: pick<string | null>('organization') ?? null,
    action: pick<string>('action'),
    count: pick<number | null>('count'),
    target: pick<number | null>('target'),
    period: pick<string | null>('period'),
    subject: pick<string>('subject'),
    level: pick<string>('level'),
    percent: pick<number | null>('percent'),
    orAbove: pick<boolean>('orAbove'),
    text: pick<string>('text'),
    values: pick<ChartRecord['values']>('values'),
  };
}

/** Builds the report folder and returns what it holds. */
export async function buildReport(options: ReportOptions): Promise<ReportStats> {
  const startedAt = performance.now();
  const out = options.outDir;
  await mkdir(join(out, 'assets'), { recursive: true });
  await mkdir(join(out, 'data'), { recursive: true });
  const fromRecords = options.from ? await readRecordsByDoc(options.from) : undefined;
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;

  const stats: ReportStats = {
    documents: 0,
    errors: 0,
    records: 0,
    mismatches: 0,
    orphans: 0,
    pages: 0,
    bytes: 0,
    seconds: 0,
    extractorFailures: '',
  };
  const failures = new FailureTally();
  const rowsByType = new Map<string, (string | number | null)[][]>();
  const columnsByType = new Map<string, string[]>();
  const typeCounts = new Map<string, number>();
  const chartRecords: ChartRecord[] = [];
  const documentOrganization = new Map<string, string | null>();
  // The panel across documents, for the conflict flag on each record's page; the checks, for their table.
  const panel = new PanelBuilder();
  const figureRecords: { doc: number; k: number; keys: string[] }[] = [];
  const checks: CheckRow[] = [];
  const notePanel = (records: readonly VnprRecord[], doc: number) => {
    const context = documentFigures(records);
    records.forEach((record, k) => {
      panel.add(record);
      const keys = panelKeysOf(record, context);
      if (keys.length > 0 && doc >= 0) figureRecords.push({ doc, k, keys });
      if (record.type === 'check')
        checks.push({
          doc,
          k,
          docId: record.docId,
          rule: String(record.rule),
          severity: String(record.severity),
          message: String(record.message),
          quote: typeof record.quote === 'string' ? record.quote : '',
        });
    });
  };
  const write = async (path: string, content: string) => {
    await writeFile(join(out, path), content);
    stats.bytes += Buffer.byteLength(content);
  };

  const addRows = (records: readonly VnprRecord[], doc: number) => {
    records.forEach((record, k) => {
      stats.records++;
      typeCounts.set(record.type, (typeCounts.get(record.type) ?? 0) + 1);
      if (record.type === 'error') stats.errors++;
      if (record.type === 'document') {
        stats.documents++;
        documentOrganization.set(record.docId, (record.organization as string | null) ?? null);
        columnsByType.set('document', [
          'docId',
          'title',
          'organization',
          'publishedAt',
          'source',
          'province',
          'records',
          'warnings',
        ]);
        const row = [
          doc,
          -1,
          record.docId,
          ...['title', 'organization', 'publishedAt', 'source', 'province'].map((name) => cell(record[name])),
          records.length - 1,
          cell(record.warnings),
        ];
        (rowsByType.get('document') ?? rowsByType.set('document', []).get('document')!).push(row);
        return;
      }
      const fields = fieldNames(record.type, record).filter((name) => name !== 'text' || record.type !== 'target');
      if (!columnsByType.has(record.type)) {
        columnsByType.set(record.type, [
          'docId',
          ...fields,
          ...(record.type === 'error' ? [] : record.type === 'target' ? ['text'] : ['quote']),
        ]);
      }
      const tail = record.type === 'error' ? [] : record.type === 'target' ? [cell(record.text)] : [cell(record.quote)];
      const row = [
        record.type === 'error' ? -1 : doc,
        record.type === 'error' ? -1 : k,
        record.docId,
        ...fields.map((name) => cell(record[name])),
        ...tail,
      ];
      (rowsByType.get(record.type) ?? rowsByType.set(record.type, []).get(record.type)!).push(row);
      const chartRecord = toChartRecord(record, doc, k);
      if (chartRecord) chartRecords.push(chartRecord);
    });
  };

  // Pages are written one document behind, so that each can link to the next.
  let pending:
    | { n: number; docId: string; text: string; records: VnprRecord[]; abbreviations: AbbreviationMark[] }
    | undefined;
  let lastPage: number | undefined;
  const flush = async (next?: number) => {
    if (!pending) return;
    const { n } = pending;
    await write(
      `doc-${n}.html`,
      renderDocumentPage({
        ...pending,
        ...(lastPage !== undefined ? { previous: lastPage } : {}),
        ...(next !== undefined ? { next } : {}),
      }),
    );
    stats.pages++;
    lastPage = n;
    pending = undefined;
  };

  let n = 0;
  // The report's own pages (an output folder inside an input folder) are never read back as documents.
  for await (const source of readSources(options.inputs, maxFileSize, [resolve(out)])) {
    n++;
    let records: VnprRecord[];
    let doc: AnalyzedDocument | undefined;
    try {
      if (source.input instanceof Error) throw source.input;
      doc = analyze(source.input, { id: source.docId, reference: source.publishedAt });
      if (fromRecords) {
        records = fromRecords.get(source.docId) ?? [];
        fromRecords.delete(source.docId);
      } else {
        records = extractFromDocument(doc, {
          id: source.docId,
          ...(source.publishedAt !== null ? { publishedAt: source.publishedAt } : {}),
          ...(options.only ? { only: options.only } : {}),
          ...(options.plugins?.length ? { plugins: options.plugins as Extractor[] } : {}),
        });
        failures.add(findExtractorFailures(records));
      }
    } catch (error) {
      doc = undefined;
      const fromList = fromRecords?.get(source.docId);
      fromRecords?.delete(source.docId);
      records = fromList ?? [
        error instanceof InputError
          ? errorRecord(source.docId, error.code, error.message)
          : await recordFailure(source.docId, error),
      ];
    }
    if (doc) {
      for (const record of records)
        if (isHighlighted(record, doc.source.length) && !quoteMatches(record, doc.source)) stats.mismatches++;
      await flush(n);
      pending = { n, docId: source.docId, text: doc.source, records, abbreviations: findAbbreviationMarks(doc) };
      addRows(records, n);
      notePanel(records, n);
    } else {
      addRows(records, -1);
      notePanel(records, -1);
    }
    options.onProgress?.(n);
  }
  await flush();
  if (fromRecords) {
    for (const records of fromRecords.values()) {
      stats.orphans += records.length;
      addRows(records, -1);
      notePanel(records, -1);
    }
  }

  const order = [...BUILT_IN_TYPES, ...[...rowsByType.keys()].filter((type) => !BUILT_IN_TYPES.includes(type)).sort()];
  const tables: TableInfo[] = [];
  for (const type of order) {
    const rows = rowsByType.get(type);
    if (!rows?.length) continue;
    const file = `${slug(type)}.js`;
    const payload = { columns: columnsByType.get(type) ?? [], rows };
    await write(
      `data/${file}`,
      `window.VNPR_DATA=window.VNPR_DATA||{};window.VNPR_DATA[${safeJson(type)}]=${safeJson(payload)};\n`,
    );
    tables.push({ type, label: type === 'document' ? 'documents' : type, rows: rows.length, file });
  }
  await write('data/conflicts.js', `window.VNPR_CONFLICTS=${safeJson(conflictsByRecord(panel, figureRecords))};\n`);
  const typeOrder = [...typeCounts.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
  await write('assets/report.css', reportCss());
  await write('assets/report.js', reportJs());
  stats.seconds = (performance.now() - startedAt) / 1000;
  stats.extractorFailures = failures.format();
  await write(
    'index.html',
    renderIndexPage({
      inputs: options.inputs,
      documents: stats.documents,
      errors: stats.errors,
      records: stats.records,
      mismatches: stats.mismatches,
      orphans: stats.orphans,
      typeCounts: new Map(typeOrder),
      tables,
      chartRecords,
      documentOrganization,
      checks,
      seconds: stats.seconds,
      generatedAt: options.generatedAt ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    }),
  );
  return stats;
}

/**
 * The records whose panel cells documents disagree on, by page and record number, each with what the cell holds:
 * `{ "3": { "5": ["admitted 2022: 1520 (a.txt); 1502 (b.txt)"] } }`.
 */
function conflictsByRecord(
  panel: PanelBuilder,
  figureRecords: readonly { doc: number; k: number; keys: string[] }[],
): Record<string, Record<string, string[]>> {
  const conflicting = panel.conflictKeys();
  const out: Record<string, Record<string, string[]>> = {};
  if (conflicting.size === 0) return out;
  const described = new Map<string, string>();
  for (const row of panel.rows()) {
    if (!row.conflict) continue;
    const values = row.values.map((v) => `${v.value} (${v.docIds.join(', ')})`).join('; ');
    described.set(panelCellKey(row.unitId, row.period, row.indicator), `${row.indicator} ${row.period}: ${values}`);
  }
  for (const { doc, k, keys } of figureRecords) {
    const notes = keys.filter((key) => conflicting.has(key)).map((key) => described.get(key) ?? key);
    if (notes.length === 0) continue;
    const page = out[doc] ?? {};
    out[doc] = page;
    page[k] = notes;
  }
  return out;
}
