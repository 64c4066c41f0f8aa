// `vnpr panel` end to end: over corpus/ it yields the seeds' known figures, read back from the workbook (its panel
// sheet) and from `vnpr extract`'s own workbook; two self-written documents that disagree give a conflict row.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, ExcelJS, parseJsonl, runVnpr } from './helpers.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-panel-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The `panel` sheet of a workbook as objects keyed by its header. */
async function readPanelSheet(path: string): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('panel');
  if (!sheet) throw new Error(`no panel sheet in ${path}`);
  let header: string[] = [];
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    const values = (row.values as unknown[]).slice(1);
    if (number === 1) header = values.map(String);
    else rows.push(Object.fromEntries(header.map((column, i) => [column, values[i] ?? null])));
  });
  return rows;
}

function cell(rows: Record<string, unknown>[], unitId: string, period: string, indicator: string) {
  return rows.find((r) => r.unitId === unitId && r.period === period && r.indicator === indicator);
}

/** The seeds' figures, whichever workbook holds the panel. */
function expectSeedFigures(rows: Record<string, unknown>[]): void {
  const lamDong = { unit: 'Đảng bộ Khối các cơ quan tỉnh Lâm Đồng', provinceCode: '68', province: 'Lâm Đồng' };
  expect(cell(rows, '68-khoi-cac-co-quan', '2019', 'admitted')).toMatchObject({
    ...lamDong,
    value: 145,
    conflict: false,
  });
  expect(cell(rows, '68-khoi-cac-co-quan', '2019', 'admittedPercentOfTarget')).toMatchObject({
    ...lamDong,
    value: 120.8,
  });
  const traVinh = { provinceCode: '84', province: 'Trà Vinh', unitLevel: 'bloc' };
  const unitId = '84-khoi-cac-co-quan-va-doanh-nghiep';
  expect(cell(rows, unitId, '2023', 'admitted')).toMatchObject({ ...traVinh, value: 209, sources: 1 });
  expect(cell(rows, unitId, '2023', 'admittedTarget')).toMatchObject({ ...traVinh, value: 150 });
  expect(rows.some((r) => r.conflict === true)).toBe(false);
}

describe('vnpr panel', () => {
  it('over corpus/ yields the seeds’ figures in the panel sheet of its workbook', async () => {
    const out = join(dir, 'panel.xlsx');
    const run = await runVnpr(['panel', CORPUS, '-o', out, '--jobs', '1']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/5 documents → \d+ rows, 3 units, 0 conflicts/);
    expectSeedFigures(await readPanelSheet(out));
  }, 60_000);

  it('writes the same panel sheet into every workbook vnpr extract writes', async () => {
    const out = join(dir, 'records.xlsx');
    const run = await runVnpr(['extract', CORPUS, '-o', out, '--jobs', '1']);
    expect(run.code, run.stderr).toBe(0);
    expectSeedFigures(await readPanelSheet(out));
  }, 60_000);

  it('reads records files, and flags two documents that disagree without averaging them', async () => {
    // Two self-written reports of one provincial Khối, 2022: 1,520 against 1,502 admitted.
    const write = (name: string, admitted: string) => {
      const text = `Đảng ủy Khối các cơ quan tỉnh Lâm Đồng tổng kết năm 2022\nNăm 2022, Đảng bộ Khối đã kết nạp ${admitted} đảng viên mới.`;
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const records = join(dir, 'two.jsonl');
    const extracted = await runVnpr(['extract', write('a.txt', '1.520'), write('b.txt', '1.502'), '-o', records]);
    expect(extracted.code, extracted.stderr).toBe(0);
    for (const out of ['two.csv', 'two.jsonl.out.jsonl']) {
      const run = await runVnpr(['panel', records, '-o', join(dir, out)]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/2 documents → \d+ rows?, 1 unit, 1 conflict /);
    }
    const [row] = parseJsonl(readFileSync(join(dir, 'two.jsonl.out.jsonl'), 'utf8')).filter(
      (r) => r.indicator === 'admitted',
    );
    expect(row).toMatchObject({
      unitId: '68-khoi-cac-co-quan',
      period: '2022',
      value: null,
      sources: 2,
      conflict: true,
      values: [
        { value: 1520, docIds: ['a.txt'] },
        { value: 1502, docIds: ['b.txt'] },
      ],
    });
    const csv = readFileSync(join(dir, 'two.csv'), 'utf8');
    expect(csv).toContain(',admitted,,2,"a.txt; b.txt",');
    expect(csv).toContain('1520 (a.txt); 1502 (b.txt)');
  }, 60_000);

  it('refuses a call without an output', async () => {
    const run = await runVnpr(['panel', CORPUS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/-o/);
  });
});
