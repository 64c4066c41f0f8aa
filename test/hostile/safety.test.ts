// Output and input safety: formula injection in spreadsheets, plugins loaded only when named, readers'
// limits (zip bombs, deep HTML, a 5 MB single line) each ending as a clear error or a document.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocxText } from '../../packages/cli/src/readers/docx.js';
import { extractHtmlText, MAX_HTML_DEPTH } from '../../packages/cli/src/readers/html.js';
import { ExcelJS, makeDocxArchive, makeZipArchive, parseJsonl, ROOT, runVnpr } from '../cli/helpers.js';
import { parseCsv } from './outputs.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-safety-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('formula injection', () => {
  // Titles and target texts that a spreadsheet would run: =, +, -, @, tab and CR at the start of a cell.
  const TEXT = [
    'Hội nghị tổng kết năm 2023',
    '',
    'Đồng chí Nguyễn Văn Tám, =HYPERLINK("http://x.invalid";"Bí thư"), dự hội nghị.',
    '',
    '=cmd|"/c calc"!A1 phấn đấu kết nạp 150 đảng viên mới.',
    '+SUM(1,2) phấn đấu kết nạp từ 140 - 150 đảng viên.',
    '-2+3 phấn đấu có 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.',
    '@SUM(A1) phấn đấu kết nạp 20 đảng viên mới.',
    '\tphấn đấu kết nạp 30 đảng viên mới.',
  ].join('\n');

  it('prefixes formula-like cells in CSV, keeps them exact and never a formula in Excel and JSONL', async () => {
    const input = join(dir, 'formula');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), TEXT);
    const runs = await Promise.all([
      runVnpr(['extract', input, '-o', join(dir, 'formula.jsonl')]),
      runVnpr(['extract', input, '-o', join(dir, 'formula-csv/')]),
      runVnpr(['extract', input, '-o', join(dir, 'formula.xlsx')]),
    ]);
    expect(runs.map((run) => run.code)).toEqual([0, 0, 0]);
    const records = parseJsonl(readFileSync(join(dir, 'formula.jsonl'), 'utf8'));
    const risky = /^[=+\-@\t\r]/;
    const texts = records.flatMap((r) => Object.values(r).filter((v): v is string => typeof v === 'string'));
    expect(texts.filter((text) => risky.test(text)).length).toBeGreaterThan(3); // the injection reached the records

    const cells: string[] = [];
    for (const file of readdirSync(join(dir, 'formula-csv'))) {
      for (const row of parseCsv(readFileSync(join(dir, 'formula-csv', file), 'utf8'))) cells.push(...row);
    }
    expect(cells.filter((cell) => risky.test(cell))).toEqual([]);
    expect(cells.filter((cell) => cell.startsWith("'=")).length).toBeGreaterThan(1);
    expect(cells.filter((cell) => cell.startsWith("'+")).length).toBeGreaterThan(0);
    expect(cells.filter((cell) => cell.startsWith("'@")).length).toBeGreaterThan(0);

    // A workbook cell holds text, never a formula: the text stays as in JSONL, with no apostrophe.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'formula.xlsx'));
    const xlsxCells: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') xlsxCells.push(cell.value);
        }),
      );
    }
    const riskyTexts = texts.filter((text) => risky.test(text));
    expect(xlsxCells).toEqual(expect.arrayContaining(riskyTexts));
    expect(xlsxCells.filter((cell) => /^'[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});

describe('plugins', () => {
  it('are loaded only when named: a plugin in the input folder or the working folder is never run', async () => {
    const input = join(dir, 'plugins');
    mkdirSync(join(input, 'node_modules', 'vnpr-extractor-evil'), { recursive: true });
    const marker = join(dir, 'plugin-ran');
    const evil = `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'ran'); export default {};`;
    for (const path of ['vnpr.plugin.js', 'extractor.js', 'index.js', 'node_modules/vnpr-extractor-evil/index.js'])
      writeFileSync(join(input, path), evil);
    writeFileSync(
      join(input, 'node_modules/vnpr-extractor-evil/package.json'),
      '{"name":"vnpr-extractor-evil","type":"module"}',
    );
    writeFileSync(join(input, 'a.txt'), 'Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới.');
    const run = await runVnpr(['extract', input, '-o', join(dir, 'plugins.jsonl')], { cwd: input });
    expect(run.code).toBe(0);
    expect(readdirSync(dir)).not.toContain('plugin-ran');
    // .js files in the input are not documents either: they are refused as unsupported.
    const outcomes = parseJsonl(readFileSync(join(dir, 'plugins.jsonl'), 'utf8')).filter((r) => r.type === 'error');
    expect(outcomes.map((r) => r.code)).toEqual(['unsupported-format', 'unsupported-format', 'unsupported-format']);
  });

  it('say so plainly in the README and the plugin guide', () => {
    for (const doc of ['README.md', 'docs/writing-an-extractor.md']) {
      const text = readFileSync(join(ROOT, doc), 'utf8');
      expect(text).toMatch(/## Plugins run code/);
    }
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/never by scanning folders/);
  });
});

describe('reader limits', () => {
  it('refuses a .docx zip bomb before inflating it, by declared size or by a lie about it', async () => {
    const bomb = makeDocxArchive(['Hội nghị.'], 40 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(100_000);
    await expect(extractDocxText(bomb)).rejects.toMatchObject({ code: 'zip-bomb' });
    const liar = makeDocxArchive(['Hội nghị.'], 2 * 1024 * 1024, 100);
    await expect(extractDocxText(liar)).rejects.toMatchObject({ code: 'zip-bomb', message: /declares/ });
    const huge = makeZipArchive([
      { name: 'word/document.xml', data: Buffer.from('x'), declaredSize: 300 * 1024 * 1024 },
    ]);
    await expect(extractDocxText(huge)).rejects.toMatchObject({ code: 'zip-bomb', message: /limit/ });
    await expect(extractDocxText(Buffer.from('PK not a zip'))).rejects.toMatchObject({ code: 'unreadable' });
    expect(await extractDocxText(makeDocxArchive(['Đảng bộ kết nạp 5 đảng viên.'], 1000))).toContain('kết nạp');
  });

  it('refuses HTML nested too deep, reads deep-enough and enormous flat HTML', () => {
    expect(() => extractHtmlText(`${'<div>'.repeat(MAX_HTML_DEPTH + 1)}x`)).toThrow(
      expect.objectContaining({ code: 'too-deep' }),
    );
    expect(() => extractHtmlText(`${'<span>'.repeat(100_000)}x`)).toThrow(
      expect.objectContaining({ code: 'too-deep' }),
    );
    expect(extractHtmlText(`${'<div>'.repeat(500)}<p>Một.</p>`)).toBe('Một.');
    const flat = '<p>Đảng bộ kết nạp 5 đảng viên.</p>'.repeat(100_000);
    expect(extractHtmlText(flat).split('\n\n')).toHaveLength(100_000);
  });

  it('reads a 5 MB single-line .txt to a document', async () => {
    const line = 'Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới, có 3.250 đảng viên và 45 chi bộ; ';
    writeFileSync(join(dir, 'one-line.txt'), line.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(line))));
    const run = await runVnpr(['extract', join(dir, 'one-line.txt'), '-o', '-', '--only', 'membership']);
    expect(run.code).toBe(0);
    const records = parseJsonl(run.stdout);
    expect(records[0]?.type).toBe('document');
    expect(records[0]?.chars).toBeGreaterThan(4_000_000); // UTF-16 code units of 5 MB of UTF-8 Vietnamese
  }, 120_000);
});
