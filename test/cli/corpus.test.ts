// The five seed articles of corpus/ to JSONL, Excel and CSV: the formats agree, the workbook is built
// for analysts, and stable facts match the golden files (UPDATE_SNAPSHOT=1 rewrites them).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordFields } from '@vnpr/extractors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, ExcelJS, GOLDEN, parseJsonl, runVnpr } from './helpers.js';

type Row = Record<string, unknown>;

const CORPUS_FILES = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .sort();

let dir: string;
let jsonl: Row[];
let workbook: InstanceType<typeof ExcelJS.Workbook>;

function readSheet(name: string): { header: string[]; rows: unknown[][] } {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  let header: string[] = [];
  sheet.eachRow((row, number) => {
    const values = (row.values as unknown[]).slice(1);
    if (number === 1) header = values.map(String);
    else rows.push(values);
  });
  return { header, rows };
}

function countTypes(records: Row[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const record of records) {
    const docId = String(record.docId);
    const perDoc = counts[docId] ?? {};
    counts[docId] = perDoc;
    perDoc[String(record.type)] = (perDoc[String(record.type)] ?? 0) + 1;
  }
  return counts;
}

/**
 * Compares with a golden file. `UPDATE_SNAPSHOT=1` (the one update switch of every golden and fixture in the
 * repository) rewrites it, for a person to review in the diff; a missing golden fails.
 */
function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_SNAPSHOT === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `golden ${name} is missing: UPDATE_SNAPSHOT=1 writes it`).toBe(true);
  expect(actual, `golden ${name} differs: review, then UPDATE_SNAPSHOT=1 to accept`).toBe(readFileSync(path, 'utf8'));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-corpus-'));
  const [toJsonl, toXlsx, toCsv] = await Promise.all([
    runVnpr(['extract', CORPUS, '-o', join(dir, 'out.jsonl'), '--jobs', '2']),
    runVnpr(['extract', CORPUS, '-o', join(dir, 'out.xlsx'), '--jobs', '1']),
    runVnpr(['extract', CORPUS, '-o', join(dir, 'csv'), '--format', 'csv', '--jobs', '1']),
  ]);
  for (const run of [toJsonl, toXlsx, toCsv]) expect(run.code, run.stderr).toBe(0);
  jsonl = parseJsonl(readFileSync(join(dir, 'out.jsonl'), 'utf8'));
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, 'out.xlsx'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sheet of a record type: its own name, but for the framework's documents, errors and checks. */
function sheetOf(type: string): string {
  return ({ document: 'documents', error: 'errors', check: 'checks' } as Record<string, string>)[type] ?? type;
}

describe('vnpr extract corpus/', () => {
  it('gives every article one document record, first, and skips the gold file', () => {
    const documents = jsonl.filter((record) => record.type === 'document');
    expect(documents.map((record) => record.docId)).toEqual(CORPUS_FILES);
    expect(jsonl.some((record) => String(record.docId).includes('gold'))).toBe(false);
    for (const file of CORPUS_FILES) expect(jsonl.find((record) => record.docId === file)?.type).toBe('document');
  });

  it('writes the sheets in order: summary, panel, documents, one per type, errors', () => {
    const types = Object.keys(recordFields).filter((type) => type !== 'document' && type !== 'error');
    const names = workbook.worksheets.map((sheet) => sheet.name);
    // A target's values have their own sheet, right after the targets (one row per value).
    const withItems = types.flatMap((type) => (type === 'target' ? [type, 'target values'] : [sheetOf(type)]));
    expect(names).toEqual(['summary', 'panel', 'documents', ...withItems, 'errors']);
  });

  it('gives each type sheet docId, the contract fields, then the evidence columns', () => {
    for (const [type, fields] of Object.entries(recordFields)) {
      expect(readSheet(sheetOf(type)).header).toEqual([
        'docId',
        ...fields,
        'quote',
        'sentence',
        'spanStart',
        'spanEnd',
      ]);
    }
  });

  it('freezes and bolds the header row, with an autofilter', () => {
    const sheet = workbook.getWorksheet('documents');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(String(sheet?.autoFilter ?? '')).toMatch(/^A1:[A-Z]+\d+$/);
  });

  it('writes numbers as numbers', () => {
    const { header, rows } = readSheet('documents');
    const chars = header.indexOf('chars');
    for (const row of rows) expect(typeof row[chars]).toBe('number');
    const sheet = workbook.getWorksheet('documents');
    expect(sheet?.getRow(2).getCell(chars + 1).numFmt).toBe('#,##0');
  });

  it('agrees with the JSONL output record for record', () => {
    for (const type of Object.keys(recordFields)) {
      const name = sheetOf(type);
      const { header, rows } = readSheet(name);
      const expected = jsonl.filter((record) => record.type === type);
      expect(rows.length, `${name} rows`).toBe(expected.length);
      rows.forEach((row, index) => {
        const record = expected[index] as Row;
        const span = record.span as number[];
        expect(row[header.indexOf('docId')]).toBe(record.docId);
        expect(row[header.indexOf('spanStart')]).toBe(span[0]);
        expect(row[header.indexOf('spanEnd')]).toBe(span[1]);
        const quote = String(record.quote);
        expect(String(row[header.indexOf('quote')] ?? '')).toBe(/^[=+\-@]/.test(quote) ? `'${quote}` : quote);
      });
    }
  });

  it('counts records per type and per document in the summary sheet', () => {
    const sheet = workbook.getWorksheet('summary');
    const counts = new Map<string, unknown>();
    sheet?.eachRow((row) => {
      const type = String(row.getCell(1).value);
      if (type in recordFields) counts.set(type, row.getCell(3).value);
    });
    for (const type of Object.keys(recordFields)) {
      expect(counts.get(type), type).toBe(jsonl.filter((record) => record.type === type).length);
    }
    const docIds: string[] = [];
    sheet?.eachRow((row) => {
      const value = String(row.getCell(1).value);
      if (CORPUS_FILES.includes(value)) docIds.push(value);
    });
    expect(docIds).toEqual(CORPUS_FILES);
  });

  it('writes one UTF-8 CSV with BOM per record type, same rows as JSONL', () => {
    const files = readdirSync(join(dir, 'csv')).sort();
    const types = [...new Set(jsonl.map((record) => String(record.type)))].map((type) => `${type}.csv`).sort();
    expect(files).toEqual(types);
    const documents = readFileSync(join(dir, 'csv', 'document.csv'), 'utf8');
    expect(
      documents.startsWith(`\ufeffdocId,${recordFields.document?.join(',')},quote,sentence,spanStart,spanEnd\r\n`),
    ).toBe(true);
  });

  it('matches the golden record counts and document records', () => {
    expectGolden('corpus-type-counts.json', `${JSON.stringify(countTypes(jsonl), null, 2)}\n`);
    const documents = jsonl.filter((record) => record.type === 'document');
    expectGolden('corpus-documents.jsonl', documents.map((record) => `${JSON.stringify(record)}\n`).join(''));
  });
});

describe('vnpr extract to Excel: cells', () => {
  it('keeps formula-like text as text in xlsx (exactly, never a formula) and CSV (with an apostrophe)', async () => {
    const input = join(dir, 'formula');
    mkdirSync(input, { recursive: true });
    writeFileSync(
      join(input, 'a.txt'),
      '=HYPERLINK("http://x","Bấm vào đây")\n\nNăm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới.\n',
    );
    const [run, csv] = await Promise.all([
      runVnpr(['extract', input, '-o', join(dir, 'formula.xlsx'), '--jobs', '0']),
      runVnpr(['extract', input, '-o', join(dir, 'formula-csv'), '--format', 'csv', '--jobs', '0']),
    ]);
    expect(run.code, run.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'formula.xlsx'));
    const sheet = book.getWorksheet('documents');
    const header = ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1).map(String);
    const cell = sheet?.getRow(2).getCell(header.indexOf('title') + 1);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(`=HYPERLINK("http://x","Bấm vào đây")`);
    expect(cell?.formula).toBeUndefined();

    expect(csv.code).toBe(0);
    expect(readFileSync(join(dir, 'formula-csv', 'document.csv'), 'utf8')).toContain(
      `"'=HYPERLINK(""http://x"",""Bấm vào đây"")"`,
    );
  });
});
