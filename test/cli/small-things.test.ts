// Issue 15, small things: plurals in summaries, the same encoding in inspect and extract, inspect of a folder,
// a target's values in a sheet of their own in Excel.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExcelJS, parseJsonl, runVnpr } from './helpers.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-small-things-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('summaries', () => {
  it('say "1 record", "1 document" and "1 error", not "1 records"', async () => {
    const empty = join(dir, 'plain.txt');
    writeFileSync(empty, 'Trời hôm nay đẹp.\n');
    const inspect = await runVnpr(['inspect', empty]);
    expect(inspect.code, inspect.stderr).toBe(0);
    expect(inspect.stdout).toMatch(/^1 record: 1 document$/m);

    const folder = join(dir, 'one-of-each');
    const report = await runVnpr(['report', empty, join(dir, 'missing.txt'), '-o', folder]);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stderr).toMatch(/^1 document, \d+ records, 1 error, 1 page /m);
  });
});

describe('vnpr inspect', () => {
  it('gives the encoding extract gives for the same file', async () => {
    const file = join(dir, 'utf8.txt');
    writeFileSync(file, 'Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới.\n');
    const [inspect, extract] = await Promise.all([
      runVnpr(['inspect', file]),
      runVnpr(['extract', file, '-o', '-', '--jobs', '0']),
    ]);
    const document = parseJsonl(extract.stdout).find((record) => record.type === 'document');
    expect(document?.encoding).toBe('utf-8');
    expect(inspect.stdout).toContain(`encoding=${String(document?.encoding)}`);
  });

  it('reads a JSONL file through the reader extract uses: a missing one is unreadable, not a failed extraction', async () => {
    const missing = join(dir, 'khong-co.jsonl');
    const [inspect, extract] = await Promise.all([
      runVnpr(['inspect', missing]),
      runVnpr(['extract', missing, '-o', '-', '--jobs', '0']),
    ]);
    const error = parseJsonl(extract.stdout).find((record) => record.type === 'error');
    expect(error?.code).toBe('unreadable');
    expect(inspect.code).toBe(1);
    expect(inspect.stdout).toContain(`code=unreadable  message=${String(error?.message)}`);
    expect(inspect.stdout).not.toContain('extract-failed');
  });

  it('shows the document of a JSONL file named by --id, and says when there is none', async () => {
    const file = join(dir, 'tin.jsonl');
    const lines = [
      { id: 'tin-1', text: 'Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm.' },
      { id: 'tin-2', text: 'Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới.' },
    ];
    writeFileSync(file, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
    const found = await runVnpr(['inspect', file, '--id', 'tin-2']);
    expect(found.code, found.stderr).toBe(0);
    expect(found.stdout).toMatch(/^tin-2 +document/m);
    expect(found.stdout).toMatch(/membership .*count=120/);
    const none = await runVnpr(['inspect', file, '--id', 'tin-3']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no document with id "tin-3"');
  });

  it('says clearly that it takes a file when given a folder', async () => {
    const run = await runVnpr(['inspect', 'corpus']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('unsupported format');
    expect(run.stderr).toContain('corpus is a folder: inspect shows one document');
    expect(run.stderr).toMatch(/e\.g\. vnpr inspect corpus\/\S+\.txt/);
  });
});

describe('Excel', () => {
  it("gives a target's values a sheet of their own, one row per value, linked to the target", async () => {
    const file = join(dir, 'targets.txt');
    writeFileSync(
      file,
      'Đảng bộ huyện đề ra các chỉ tiêu năm 2024:\n(1) Kết nạp từ 140 - 150 đảng viên mới.\n(2) Có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.\n',
    );
    const out = join(dir, 'targets.xlsx');
    const run = await runVnpr(['extract', file, '-o', out, '--jobs', '0']);
    expect(run.code, run.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.indexOf('target values')).toBe(names.indexOf('target') + 1);
    const rowsOf = (name: string) => {
      const rows: unknown[][] = [];
      workbook.getWorksheet(name)?.eachRow((row) => {
        rows.push(Array.from({ length: row.cellCount }, (_, index) => row.getCell(index + 1).value ?? null));
      });
      const [header = [], ...data] = rows;
      return data.map((row) => Object.fromEntries(header.map((column, index) => [String(column), row[index]])));
    };
    const targets = rowsOf('target');
    const values = rowsOf('target values');
    expect(values.length).toBeGreaterThanOrEqual(2);
    expect(values.map((row) => [row.comparator, row.value ?? null, row.min ?? null, row.max ?? null])).toEqual(
      expect.arrayContaining([
        ['range', null, 140, 150],
        ['gt', 90, null, null],
      ]),
    );
    for (const value of values) {
      const owners = targets.filter(
        (target) =>
          target.docId === value.docId && target.spanStart === value.spanStart && target.spanEnd === value.spanEnd,
      );
      expect(owners).toHaveLength(1);
    }
  });
});
