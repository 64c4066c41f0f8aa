import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VnprRecord } from '@vnpr/extractors';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatTargetValue, toCellValue } from './columns.js';
import { formatCsvLine, protectFormula } from './csv.js';
import { capCellText, createXlsxSink, MAX_CELL_CHARS, parseIsoDate, toCellText, toExcelCell } from './xlsx.js';

const dir = mkdtempSync(join(tmpdir(), 'vnpr-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function makeRecord(type: string, docId: string, fields: Record<string, unknown>): VnprRecord {
  return { type, docId, span: [10, 20], quote: 'kết nạp 209', sentence: 'Đã kết nạp 209 đảng viên.', ...fields };
}

describe('cell values', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+84 912', "'+84 912"],
    ['- Kết nạp 5 đảng viên', "'- Kết nạp 5 đảng viên"],
    ['@mention', "'@mention"],
    ['\tphấn đấu', "'\tphấn đấu"],
    ['\r=1', "'\r'=1"],
    [' =1+1', " '=1+1"],
    ['"=1+1"', `"'=1+1"`],
    ["x;=cmd|' /C calc'!A0;y", "x;'=cmd|' /C calc'!A0;y"],
    ['tăng 5;\t-3', "tăng 5;\t'-3"],
    ['dòng một\n+84', "dòng một\n'+84"],
    ['05-CT/TW', '05-CT/TW'],
    ['giảm 2,5%, - còn lại', 'giảm 2,5%, - còn lại'],
    ['Nghị quyết số 21-NQ/TW; Kết luận 01', 'Nghị quyết số 21-NQ/TW; Kết luận 01'],
  ])('guards CSV text %j where a spreadsheet could start a formula', (input, expected) => {
    expect(protectFormula(input)).toBe(expected);
  });

  it('leaves text as it is in cells: only CSV guards formulas', () => {
    expect(toCellValue('=SUM(A1)')).toBe('=SUM(A1)');
    expect(toCellValue(['- Kết nạp', '=1'])).toBe('- Kết nạp; =1');
    expect(toExcelCell('quote', '- Năm 2023')).toEqual({ value: '- Năm 2023' });
  });

  it.each([
    ['tin\x1b[2J.txt', 'tin\\x1b[2J.txt'],
    ['a\x00b\x7fc\x9bd', 'a\\x00b\\x7fc\\x9bd'],
    ['lẻ \ud800 loi', 'lẻ \\ud800 loi'],
    ['dòng\tmột\r\nhai 😀', 'dòng\tmột\r\nhai 😀'],
  ])('shows what a workbook cannot hold as escapes: %j', (text, shown) => {
    expect(toCellText(text)).toBe(shown);
  });

  it("cuts text past Excel's 32,767 characters with a marker, and leaves text at the limit alone", () => {
    const atLimit = 'đ'.repeat(MAX_CELL_CHARS);
    expect(capCellText(atLimit)).toBe(atLimit);
    const long = 'a'.repeat(46_866);
    const capped = capCellText(long);
    expect(capped).toHaveLength(MAX_CELL_CHARS);
    expect(capped).toMatch(/^a+… \[truncated: 46,866 characters; full text in JSONL\]$/);
    const emoji = capCellText('😀'.repeat(20_000)); // never half a surrogate pair
    expect(emoji.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(emoji).toMatch(/^(?:😀)+… \[truncated: 40,000 characters/u);
    expect(toExcelCell('sentence', long).value).toBe(capped);
  });

  it('joins arrays and renders target values', () => {
    expect(toCellValue(['Bí thư', 'Chủ tịch UBND'])).toBe('Bí thư; Chủ tịch UBND');
    const values = [
      { comparator: 'gt', value: 90, min: null, max: null, unit: '%' },
      { comparator: 'range', value: null, min: 140, max: 150, unit: 'đảng viên' },
    ];
    expect(toCellValue(values)).toBe('gt 90 %; range 140..150 đảng viên');
    expect(formatTargetValue({ comparator: 'gte', value: 1, unit: 'mô hình' })).toBe('gte 1 mô hình');
  });

  it('keeps null as an empty cell, never 0 or ""', () => {
    expect(toCellValue(null)).toBeNull();
    expect(formatCsvLine(['a', null, 3, true])).toBe('a,,3,true\r\n');
  });

  it('quotes CSV fields per RFC 4180, and those that hold the separator of any locale', () => {
    expect(formatCsvLine(['a,b', 'say "x"', 'line\nbreak'])).toBe('"a,b","say ""x""","line\nbreak"\r\n');
    expect(formatCsvLine(['a;b', 'a\tb', 'x;=1', -3, 'plain'])).toBe(`"a;b","a\tb","x;'=1",-3,plain\r\n`);
  });

  it('turns full ISO dates into dates and leaves partial dates as text', () => {
    expect(parseIsoDate('2020-01-14')?.date.toISOString()).toBe('2020-01-14T00:00:00.000Z');
    expect(parseIsoDate('2020-01-14T09:01')).toMatchObject({ hasTime: true });
    expect(parseIsoDate('2019-12')).toBeUndefined();
    expect(parseIsoDate('2019')).toBeUndefined();
    expect(parseIsoDate('2019-02-30')).toBeUndefined();
    expect(toExcelCell('date', '2019-12')).toEqual({ value: '2019-12' });
    expect(toExcelCell('quote', '2020-01-14')).toEqual({ value: '2020-01-14' });
  });

  it('formats percent fields in percent units and counts with thousands separators', () => {
    expect(toExcelCell('percentOfTarget', 139.33)).toEqual({ value: 139.33, numFmt: '0.00' });
    expect(toExcelCell('count', 5990)).toEqual({ value: 5990, numFmt: '#,##0' });
    expect(toExcelCell('value', 8.5)).toEqual({ value: 8.5, numFmt: '#,##0.0##' });
  });
});

describe('createXlsxSink', () => {
  it('continues a full sheet in "<type> (2)" and writes real dates and numbers', async () => {
    const target = join(dir, 'split.xlsx');
    const sink = createXlsxSink(target, { maxRowsPerSheet: 3, types: ['membership', 'event'] });
    for (let i = 0; i < 4; i++) {
      await sink.write([
        makeRecord('document', `d${i}.txt`, { title: `Bài ${i}`, publishedAt: '2024-01-02T08:30', chars: 1234 }),
        makeRecord('membership', `d${i}.txt`, {
          organization: null,
          action: 'kết nạp',
          count: 209,
          target: 150,
          percentOfTarget: 139.33,
          period: '2023',
        }),
        makeRecord('membership', `d${i}.txt`, {
          organization: null,
          action: 'xóa tên',
          count: 2,
          target: null,
          percentOfTarget: null,
          period: '2023-H1',
        }),
      ]);
    }
    await sink.close();
    expect(readdirSync(dir).filter((name) => name.startsWith('.vnpr-tmp-'))).toEqual([]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'summary',
      'panel',
      'documents',
      'documents (2)',
      'event',
      'membership',
      'membership (2)',
      'membership (3)',
      'errors',
    ]);
    expect(workbook.getWorksheet('membership (3)')?.rowCount).toBe(3);
    const documents = workbook.getWorksheet('documents');
    const published = documents?.getRow(2).getCell(3);
    expect(published?.value).toBeInstanceOf(Date);
    expect((published?.value as Date | undefined)?.toISOString()).toBe('2024-01-02T08:30:00.000Z');
    expect(published?.numFmt).toBe('yyyy-mm-dd hh:mm');
    const membership = workbook.getWorksheet('membership');
    const row = membership?.getRow(2);
    expect(row?.getCell(4).value).toBe(209);
    expect(row?.getCell(4).numFmt).toBe('#,##0');
    expect(row?.getCell(6).value).toBe(139.33);
    expect(row?.getCell(6).numFmt).toBe('0.00');
    expect(membership?.getRow(3).getCell(7).value).toBe('2023-H1');
    expect(membership?.getRow(3).getCell(6).value).toBeNull();
  });

  it('leaves nothing behind when aborted', async () => {
    const target = join(dir, 'aborted.xlsx');
    const sink = createXlsxSink(target);
    await sink.write([makeRecord('document', 'a.txt', { title: 'x' })]);
    await sink.abort();
    expect(readdirSync(dir).filter((name) => name.includes('aborted'))).toEqual([]);
  });
});
