// A folder of good and bad inputs: every file ends as exactly one document or error record.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExcelJS, makeDocx, parseJsonl, type RunResult, runVnpr } from './helpers.js';

const GOOD_TEXT = [
  'Đảng bộ huyện tổng kết công tác xây dựng Đảng năm 2023',
  '',
  'Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới, đạt 109% chỉ tiêu.',
  'Có 95% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.',
].join('\n');

const HTML_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Báo Mẫu - Kết nạp đảng viên</title>
<style>body { color: red }</style><script>var trackingMenu = "MENU_SCRIPT";</script></head>
<body>
<nav><ul><li><a href="/">TRANG CHỦ MENU</a></li><li><a href="/x">Thời sự</a></li></ul></nav>
<article>
  <h1>Đảng ủy xã kết nạp 15 đảng viên</h1>
  <p>Sáng 2-8, Đảng ủy xã tổ chức lễ kết nạp 15 đảng viên mới.</p>
  <p>Năm 2023, toàn Đảng bộ có 320 đảng viên.</p>
  <script>document.write("SCRIPT_IN_ARTICLE")</script>
</article>
<footer>Bản quyền FOOTER_TEXT</footer>
</body></html>`;

/** Every input of the mixed folder: the docIds the output must hold, and the error code when it fails. */
const EXPECTED: Record<string, string | null> = {
  'good.txt': null,
  'notes.md': null,
  'nested/deeper/good-2.txt': null,
  'page.html': null,
  'report.docx': null,
  'utf16.txt': null,
  'empty.txt': 'empty',
  'scan.txt': 'binary',
  'report.pdf': 'unsupported-format',
  'big.txt': 'too-large',
  'batch-1': null,
  'batch-2': null,
  'batch.jsonl#3': 'invalid-json',
  'batch-4': 'missing-text',
};

let dir: string;
let output: RunResult;
let strict: RunResult;
let csv: RunResult;
let xlsx: RunResult;
let records: Record<string, unknown>[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-mixed-'));
  const input = join(dir, 'in');
  mkdirSync(join(input, 'nested', 'deeper'), { recursive: true });
  mkdirSync(join(input, 'node_modules'), { recursive: true });
  writeFileSync(join(input, 'good.txt'), GOOD_TEXT);
  writeFileSync(join(input, 'notes.md'), `# Ghi chú\n\n${GOOD_TEXT}`);
  writeFileSync(join(input, 'nested', 'deeper', 'good-2.txt'), 'Chi bộ thôn có 30 đảng viên.\n');
  writeFileSync(join(input, 'page.html'), HTML_PAGE);
  writeFileSync(join(input, 'report.docx'), makeDocx(['Báo cáo tổng kết năm 2023', GOOD_TEXT.split('\n')[2] ?? '']));
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_TEXT.replaceAll('\n', '\r\n'), 'utf16le')]);
  writeFileSync(join(input, 'utf16.txt'), utf16);
  writeFileSync(join(input, 'empty.txt'), '');
  writeFileSync(join(input, 'scan.txt'), Buffer.from([0x25, 0x50, 0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x41]));
  writeFileSync(join(input, 'report.pdf'), '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
  writeFileSync(join(input, 'big.txt'), `${GOOD_TEXT}\n`.repeat(60));
  writeFileSync(
    join(input, 'batch.jsonl'),
    [
      JSON.stringify({ id: 'batch-1', text: GOOD_TEXT, publishedAt: '2024-01-05' }),
      JSON.stringify({ id: 'batch-2', text: 'Đảng bộ xã có 12 chi bộ trực thuộc.' }),
      '{"id": "batch-3", "text": "broken',
      JSON.stringify({ id: 'batch-4', body: 'no text field' }),
      '',
    ].join('\n'),
  );
  // Not documents: skipped by the directory walk.
  writeFileSync(join(input, '.hidden.txt'), GOOD_TEXT);
  writeFileSync(join(input, 'node_modules', 'dep.txt'), GOOD_TEXT);
  writeFileSync(join(input, 'notes.gold.jsonl'), '{"type":"document","docId":"good.txt"}\n');

  const maxSize = ['--max-file-size', '4k'];
  [output, strict, csv, xlsx] = await Promise.all([
    runVnpr(['extract', input, '-o', join(dir, 'out.jsonl'), ...maxSize, '--jobs', '2']),
    runVnpr(['extract', input, '-o', join(dir, 'strict.jsonl'), ...maxSize, '--strict', '--jobs', '1']),
    runVnpr(['extract', input, '-o', join(dir, 'csv'), '--format', 'csv', ...maxSize, '--jobs', '1']),
    runVnpr(['extract', input, '-o', join(dir, 'out.xlsx'), ...maxSize, '--jobs', '1']),
  ]);
  records = parseJsonl(readFileSync(join(dir, 'out.jsonl'), 'utf8'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vnpr extract on a mixed folder', () => {
  it('exits 0 without --strict and prints a summary line', () => {
    expect(output.code).toBe(0);
    expect(output.stderr).toMatch(/\d+ files, \d+ documents, \d+ records, 6 errors in [\d.]+ s → .*out\.jsonl/);
  });

  it('ends every input as exactly one document or error record', () => {
    const outcomes = records.filter((record) => record.type === 'document' || record.type === 'error');
    const byDocId = new Map<string, string | null>();
    for (const record of outcomes) {
      expect(byDocId.has(String(record.docId)), `${record.docId} appears twice`).toBe(false);
      byDocId.set(String(record.docId), record.type === 'error' ? String(record.code) : null);
    }
    expect(Object.fromEntries(byDocId)).toEqual(EXPECTED);
  });

  it('skips hidden files, node_modules and gold annotations', () => {
    const docIds = records.map((record) => String(record.docId));
    expect(docIds.some((id) => id.includes('hidden') || id.includes('node_modules') || id.includes('gold'))).toBe(
      false,
    );
  });

  it('prints one stderr line per failed input', () => {
    for (const [docId, code] of Object.entries(EXPECTED)) {
      if (code) expect(output.stderr).toContain(`vnpr: error: ${docId}: `);
    }
    expect(output.stderr.match(/^vnpr: error: /gm)).toHaveLength(6);
  });

  it('reads the article of an HTML page without menu, scripts and footer', () => {
    const fromPage = records.filter((record) => record.docId === 'page.html');
    const text = JSON.stringify(fromPage);
    expect(fromPage[0]?.type).toBe('document');
    expect(text).not.toMatch(/MENU|SCRIPT|FOOTER|Thời sự/);
  });

  it('decodes UTF-16LE with BOM and CRLF like its UTF-8 twin', () => {
    const utf16 = records.find((record) => record.docId === 'utf16.txt' && record.type === 'document');
    const utf8 = records.find((record) => record.docId === 'good.txt' && record.type === 'document');
    expect(utf16?.title).toBe(utf8?.title);
    expect(String(utf16?.title)).toContain('Đảng bộ huyện');
  });

  it('exits 1 with --strict when an input failed', () => {
    expect(strict.code).toBe(1);
    expect(parseJsonl(readFileSync(join(dir, 'strict.jsonl'), 'utf8'))).toEqual(records);
  });

  it('writes the errors into the errors sheet of the workbook and the error CSV', async () => {
    expect(csv.code).toBe(0);
    const errorCsv = readFileSync(join(dir, 'csv', 'error.csv'), 'utf8');
    expect(errorCsv.startsWith('\ufeffdocId,code,message,')).toBe(true);
    expect(errorCsv.trim().split('\r\n')).toHaveLength(7);

    expect(xlsx.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'out.xlsx'));
    const errors = workbook.getWorksheet('errors');
    const rows: Record<string, string> = {};
    errors?.eachRow((row, number) => {
      if (number > 1) rows[String(row.getCell(1).value)] = String(row.getCell(2).value);
    });
    const expectedErrors = Object.entries(EXPECTED).filter(([, code]) => code);
    expect(rows).toEqual(Object.fromEntries(expectedErrors));
  });
});
