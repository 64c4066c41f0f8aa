// A plugin's bad output through the command line: a field holding a function or a BigInt, a plugin that returns
// null, in an Excel run with worker threads, costs only the bad record (with a warning); the built-in records and
// the plugin's good records are all written. Plugin ids that name the framework's types or a workbook's sheets
// are refused before any work.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExcelJS, parseJsonl, runVnpr, writePluginModule } from '../cli/helpers.js';

let dir: string;

const TEXT = [
  'Báo cáo tổng kết công tác xây dựng Đảng năm 2023',
  '',
  'Năm 2023, Đảng bộ huyện đã kết nạp 120 đảng viên mới, đạt 109% kế hoạch.',
  'Toàn Đảng bộ có 45 chi bộ trực thuộc với 3.250 đảng viên.',
  'Ban Thường vụ Huyện ủy đã tổ chức 12 hội nghị chuyên đề về công tác cán bộ.',
].join('\n');

const writePlugin = (name: string, id: string, extract: string) => writePluginModule(dir, name, id, extract);

/** Candidates for the content sentences: `make(s, i)` returns the fields of sentence number i, or undefined for none. */
function perSentence(make: string): string {
  return `(doc) => doc.sentences.filter((s) => !s.skip).flatMap((s, i) => { const fields = (${make})(s, i); return fields === undefined ? [] : [{ fields, start: s.start, end: s.start + 4, sentence: s }]; })`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-plugin-output-'));
  writeFileSync(join(dir, 'a.txt'), TEXT);
  writeFileSync(join(dir, 'b.txt'), TEXT.replace('120', '95'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readSheet(path: string, name: string): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) return [];
  const header: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => {
    header[column] = String(cell.value);
  });
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values: Record<string, unknown> = {};
    header.forEach((name, column) => {
      values[name] = row.getCell(column).value;
    });
    rows.push(values);
  });
  return rows;
}

describe('a plugin whose output cannot be written, in an Excel run with --jobs 2', () => {
  it('loses only its bad records, with a warning; the built-in records and its good ones are written', async () => {
    const files = [join(dir, 'a.txt'), join(dir, 'b.txt')];
    const plain = await runVnpr(['extract', ...files, '-o', join(dir, 'plain.xlsx'), '--jobs', '2']);
    expect(plain.code, plain.stderr).toBe(0);
    // Sentence 0: a good record; 1: a field holding a function; 2: a BigInt; the rest: nothing.
    const mixed = writePlugin(
      'mixed.js',
      'mixed',
      perSentence(
        "(s, i) => i === 0 ? { note: 'tốt' } : i === 1 ? { note: 'hàm', run: () => 1 } : i === 2 ? { note: 'lớn', size: 10n } : undefined",
      ),
    );
    const nothing = writePlugin('nothing.js', 'nothing', '() => null');
    const run = await runVnpr([
      'extract',
      ...files,
      '-o',
      join(dir, 'mixed.xlsx'),
      '--jobs',
      '2',
      '--plugin',
      mixed,
      '--plugin',
      nothing,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/could not be cloned|DataCloneError|BigInt/);

    for (const sheet of ['membership', 'orgStat', 'quantity', 'event']) {
      expect(await readSheet(join(dir, 'mixed.xlsx'), sheet), sheet).toEqual(
        await readSheet(join(dir, 'plain.xlsx'), sheet),
      );
    }
    expect((await readSheet(join(dir, 'mixed.xlsx'), 'membership')).length).toBe(2);
    const own = await readSheet(join(dir, 'mixed.xlsx'), 'mixed');
    expect(own.map((row) => [row.docId, row.note])).toEqual([
      ['a.txt', 'tốt'],
      ['b.txt', 'tốt'],
    ]);
    expect(await readSheet(join(dir, 'mixed.xlsx'), 'errors')).toEqual([]);
    const documents = await readSheet(join(dir, 'mixed.xlsx'), 'documents');
    expect(documents).toHaveLength(2);
    for (const document of documents) {
      const warnings = String(document.warnings);
      expect(warnings).toMatch(/extractor mixed produced a record with a function at fields\.run: dropped/);
      expect(warnings).toMatch(/extractor mixed produced a record with a bigint at fields\.size: dropped/);
      expect(warnings).toMatch(/extractor nothing returned null/);
    }
  }, 120_000);

  it('writes the same to JSONL (worker threads hand JSON-safe records to the writer)', async () => {
    const mixed = writePlugin(
      'mixed-jsonl.js',
      'mixed',
      perSentence("(s, i) => i === 0 ? { note: 'tốt' } : i === 1 ? { note: 'hàm', run: () => 1 } : undefined"),
    );
    const run = await runVnpr(['extract', join(dir, 'a.txt'), '-o', '-', '--jobs', '2', '--plugin', mixed]);
    expect(run.code, run.stderr).toBe(0);
    const records = parseJsonl(run.stdout);
    expect(records.filter((r) => r.type === 'mixed').map((r) => r.note)).toEqual(['tốt']);
    expect(records.filter((r) => r.type === 'membership')).toHaveLength(1);
  }, 60_000);
});

describe('plugin ids of the framework or of a sheet', () => {
  it.each(['summary', 'errors', 'documents', 'panel', 'checks'])(
    'refuses "%s" before any work (exit 2, nothing written)',
    async (id) => {
      const plugin = writePlugin(`reserved-${id}.js`, id, '() => []');
      const output = join(dir, `reserved-${id}.xlsx`);
      const run = await runVnpr(['extract', join(dir, 'a.txt'), '-o', output, '--plugin', plugin]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`"${id}" is reserved by the framework`);
      expect(run.stdout).toBe('');
      expect(existsSync(output)).toBe(false);
    },
  );
});
