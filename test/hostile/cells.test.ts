// What reaches a cell: CSV that no spreadsheet locale can split into a formula (`,` `;` and tab separators, the
// docId included), workbook cells that keep the text exactly (no apostrophe: inline strings are never formulas)
// on every sheet, the summary too, and cells within Excel's 32,767 characters, cut with a visible marker while
// JSONL keeps the whole text.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExcelJS, parseJsonl, runVnpr } from '../cli/helpers.js';
import { parseCsv, splitLikeSpreadsheet } from './outputs.js';

/** Excel's most characters in a cell. */
const EXCEL_CELL_LIMIT = 32_767;

const SENTENCE = 'Năm 2023, Đảng bộ xã đã kết nạp 12 đảng viên mới, đạt 100% kế hoạch.';
const CLAUSE = 'các chi bộ trực thuộc tiếp tục đổi mới phương thức lãnh đạo, nâng cao chất lượng sinh hoạt chi bộ, ';
/** One sentence of about 47,000 characters, with a membership record in it. */
const LONG_SENTENCE = `Năm 2023, Đảng bộ huyện đã kết nạp 120 đảng viên mới, ${CLAUSE.repeat(470)}đạt kết quả tốt.`;
const LONG_ID = `bao-cao-${'rất-dài-'.repeat(4200)}.txt`;
/** An id with characters XML 1.0 cannot hold (ESC, BEL, NUL) beside a tab and DEL. */
const CONTROL_ID = 'tin\x1b]0;PWNED\x07\x00\ttab\x7f.txt';

/** The documents' ids: each is text a spreadsheet could run, split, or mangle. */
const IDS = [
  "x;=cmd|' /C calc'!A0;y",
  '=HYPERLINK("http://x.invalid";"bấm vào đây")',
  '\t=1+1',
  '@SUM(1;2)',
  '-2+3',
  '+84 912 345 678',
  'a,b;c\td',
  'báo cáo "tổng kết".txt',
  'dòng một\n=2+5',
];

const TEXTS = [
  `${SENTENCE}\n- Năm 2023, Đảng bộ xã kết nạp 15 đảng viên mới.\n=1+1 phấn đấu kết nạp 20 đảng viên mới.`,
  `Hội nghị tổng kết.\nKết quả: tăng 5;=cmd|' /C calc'!A0; Đảng bộ kết nạp 9 đảng viên mới.`,
];

let dir: string;
let jsonl: Record<string, unknown>[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-cells-'));
  const input = join(dir, 'input');
  mkdirSync(input);
  const lines = IDS.map((id, index) => ({ id, text: TEXTS[index % TEXTS.length] }));
  lines.push(
    { id: 'dai.txt', text: `Báo cáo tổng kết.\n${LONG_SENTENCE}` },
    { id: LONG_ID, text: SENTENCE },
    { id: CONTROL_ID, text: SENTENCE },
  );
  writeFileSync(join(input, 'docs.jsonl'), `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
  const runs = await Promise.all([
    runVnpr(['extract', input, '-o', join(dir, 'out.jsonl')]),
    runVnpr(['extract', input, '-o', join(dir, 'csv/')]),
    runVnpr(['extract', input, '-o', join(dir, 'out.xlsx')]),
  ]);
  for (const run of runs) expect(run.code, run.stderr).toBe(0);
  jsonl = parseJsonl(readFileSync(join(dir, 'out.jsonl'), 'utf8'));
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readCsvFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(join(dir, 'csv'))) files.set(name, readFileSync(join(dir, 'csv', name), 'utf8'));
  return files;
}

/** A cell a spreadsheet would run as a formula (plain numbers aside: they are numbers, not text). */
const STARTS_FORMULA = /^[\s"]*[=+\-@]/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

describe('CSV', () => {
  it('quotes every field that holds a separator of any locale, a quote or a line break', () => {
    const documents = parseCsv(readCsvFiles().get('document.csv') ?? '');
    const header = documents[0] ?? [];
    const docIds = documents.slice(1).map((row) => row[header.indexOf('docId')]);
    // Read back as RFC 4180 (the comma locale): one row per document, the ids whole (formula characters guarded).
    expect(docIds).toEqual([
      "x;'=cmd|' /C calc'!A0;y",
      '\'=HYPERLINK("http://x.invalid";"bấm vào đây")',
      "'\t'=1+1",
      "'@SUM(1;2)",
      "'-2+3",
      "'+84 912 345 678",
      'a,b;c\td',
      'báo cáo "tổng kết".txt',
      "dòng một\n'=2+5",
      'dai.txt',
      LONG_ID,
      CONTROL_ID,
    ]);
    for (const [name, text] of readCsvFiles()) {
      const [head, ...rows] = parseCsv(text);
      for (const row of rows) expect(row.length, name).toBe(head?.length);
    }
  });

  it.each([
    ['a comma', ','],
    ['a semicolon', ';'],
    ['a tab', '\t'],
  ])('has no cell that starts a formula when a spreadsheet splits it at %s', (_name, separator) => {
    const risky: string[] = [];
    for (const text of readCsvFiles().values()) {
      for (const row of splitLikeSpreadsheet(text, separator))
        for (const cell of row) if (STARTS_FORMULA.test(cell) && !NUMBER.test(cell)) risky.push(cell.slice(0, 60));
    }
    expect(risky).toEqual([]);
  });

  it("keeps the issue's docId whole in the first cell when the separator is a semicolon", () => {
    // The quoted docId is read whole; the rest of the comma-separated line follows it in the same cell.
    const rows = splitLikeSpreadsheet(readCsvFiles().get('document.csv') ?? '', ';');
    expect(rows.filter((row) => row[0]?.startsWith("x;'=cmd|' /C calc'!A0;y,"))).toHaveLength(1);
  });

  it('keeps the whole long sentence (CSV has no cell limit)', () => {
    const rows = parseCsv(readCsvFiles().get('membership.csv') ?? '');
    const sentence = rows[0]?.indexOf('sentence') ?? -1;
    expect(rows.map((row) => row[sentence])).toContain(LONG_SENTENCE);
  });
});

type Row = ReturnType<ReturnType<InstanceType<typeof ExcelJS.Workbook>['addWorksheet']>['getRow']>;

interface Sheet {
  name: string;
  rows: Row[];
}

async function readWorkbook(): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, 'out.xlsx'));
  return workbook.worksheets.map((sheet) => {
    const rows: Row[] = [];
    sheet.eachRow((row) => rows.push(row));
    return { name: sheet.name, rows };
  });
}

/** The values of the column named `column` in the rows after the header row that names it. */
function columnOf(sheet: Sheet | undefined, column: string): unknown[] {
  const rows = sheet?.rows ?? [];
  const headerAt = rows.findIndex((row) => (row.values as unknown[]).includes(column));
  const index = ((rows[headerAt]?.values ?? []) as unknown[]).indexOf(column);
  return rows.slice(headerAt + 1).map((row) => row.getCell(index).value);
}

describe('Excel', () => {
  it('keeps text exactly as in JSONL, with no apostrophe and no formula, on every sheet and in the summary', async () => {
    const sheets = await readWorkbook();
    for (const sheet of sheets)
      for (const row of sheet.rows)
        row.eachCell((cell) => expect(cell.type, sheet.name).not.toBe(ExcelJS.ValueType.Formula));
    const shortIds = [...IDS, 'dai.txt'];
    const documents = columnOf(
      sheets.find((sheet) => sheet.name === 'documents'),
      'docId',
    );
    const summary = columnOf(
      sheets.find((sheet) => sheet.name === 'summary'),
      'docId',
    );
    expect(documents.slice(0, shortIds.length)).toEqual(shortIds);
    expect(summary.slice(0, shortIds.length)).toEqual(shortIds);
    expect(summary[shortIds.length]).toBe(documents[shortIds.length]); // the long id, cut the same way on both
    // Characters a workbook cannot hold are shown escaped, not dropped: the id stays told apart, on both sheets.
    expect(documents[shortIds.length + 1]).toBe('tin\\x1b]0;PWNED\\x07\\x00\ttab\\x7f.txt');
    expect(summary[shortIds.length + 1]).toBe(documents[shortIds.length + 1]);

    const quotes = columnOf(
      sheets.find((sheet) => sheet.name === 'membership'),
      'quote',
    ).map(String);
    const expected = jsonl.filter((r) => r.type === 'membership').map((r) => String(r.quote));
    expect(quotes).toEqual(expected);
    expect(quotes.filter((quote) => quote.startsWith("'"))).toEqual([]);
    const sentences = columnOf(
      sheets.find((sheet) => sheet.name === 'membership'),
      'sentence',
    ).map(String);
    expect(sentences).toContain('- Năm 2023, Đảng bộ xã kết nạp 15 đảng viên mới.');
  });

  it('cuts a cell past 32,767 characters with a visible marker; JSONL keeps the whole text', async () => {
    const full = jsonl.find((r) => r.type === 'membership' && r.docId === 'dai.txt');
    expect(full?.sentence).toBe(LONG_SENTENCE);
    expect(LONG_SENTENCE.length).toBeGreaterThan(46_000);

    const sheets = await readWorkbook();
    const long: string[] = [];
    for (const sheet of sheets)
      for (const row of sheet.rows)
        row.eachCell((cell) => {
          const value = cell.value;
          if (typeof value === 'string') {
            expect(value.length, sheet.name).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
            if (value.length > 30_000) long.push(value);
          }
        });
    const sentence = long.find((value) => value.startsWith('Năm 2023, Đảng bộ huyện đã kết nạp 120'));
    expect(sentence).toBeDefined();
    expect(sentence).toMatch(
      new RegExp(`… \\[truncated: ${LONG_SENTENCE.length.toLocaleString('en-US')} characters; full text in JSONL\\]$`),
    );
    expect(LONG_SENTENCE.startsWith(String(sentence).slice(0, String(sentence).indexOf('… [truncated')))).toBe(true);
    const id = long.find((value) => value.startsWith('bao-cao-rất-dài'));
    expect(id).toMatch(/… \[truncated: [\d,]+ characters; full text in JSONL\]$/);
  });
});
