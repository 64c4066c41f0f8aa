// vnpr merge: shard outputs combined in docId order, duplicates kept once and reported, error
// records kept, the same result whatever the order of the inputs, unsorted inputs sorted in pieces.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, ExcelJS, parseJsonl, runVnpr } from './helpers.js';

interface Line {
  type: string;
  docId: string;
  code?: string;
  n?: number;
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-merge-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A document's records as extract writes them: its document record, then its other records. */
function documentLines(docId: string, records = 1): string[] {
  const lines = [{ type: 'document', docId, span: [0, 0], quote: '', sentence: '', title: docId }];
  for (let n = 0; n < records; n++)
    lines.push({ type: 'membership', docId, span: [n, n + 1], quote: 'x', sentence: 'x', n } as never);
  return lines.map((line) => JSON.stringify(line));
}

function errorLine(docId: string, code: string): string {
  return JSON.stringify({ type: 'error', docId, span: [0, 0], quote: '', sentence: '', code, message: code });
}

function write(name: string, lines: string[]): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return path;
}

describe('vnpr merge', () => {
  it('merges sorted inputs into docId order, the same bytes whatever the order of the inputs', async () => {
    const a = write('order/a.jsonl', [...documentLines('doc-1', 2), ...documentLines('doc-4')]);
    const b = write('order/b.jsonl', [
      ...documentLines('doc-2'),
      errorLine('doc-3', 'binary'),
      ...documentLines('doc-5'),
    ]);
    const first = await runVnpr(['merge', a, b, '-o', '-']);
    const second = await runVnpr(['merge', b, a, '-o', '-']);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const records = parseJsonl<Line>(first.stdout);
    expect(records.map((record) => `${record.docId}:${record.type}`)).toEqual([
      'doc-1:document',
      'doc-1:membership',
      'doc-1:membership',
      'doc-2:document',
      'doc-2:membership',
      'doc-3:error',
      'doc-4:document',
      'doc-4:membership',
      'doc-5:document',
      'doc-5:membership',
    ]);
    expect(records.filter((record) => record.docId === 'doc-1').map((record) => record.n)).toEqual([undefined, 0, 1]);
    expect(first.stderr).toMatch(/2 inputs, 4 documents, 5 records, 1 error, 0 duplicates/);
  });

  it('keeps a docId found in two inputs once, reports it, and adds a duplicate-doc error record', async () => {
    const a = write('dup/a.jsonl', [errorLine('doc-1', 'unreadable'), ...documentLines('doc-2')]);
    const b = write('dup/b.jsonl', [...documentLines('doc-1', 3), ...documentLines('doc-2')]);
    const result = await runVnpr(['merge', a, b, '-o', '-']);
    const reversed = await runVnpr(['merge', b, a, '-o', '-']);
    expect(result.code).toBe(0);
    expect(reversed.stdout).toBe(result.stdout);
    expect(result.stderr).toMatch(/error: doc-1: .*different records: kept the copy of .*b\.jsonl/);
    expect(result.stderr).toMatch(/error: doc-2: .*the same records: kept once/);
    const records = parseJsonl<Line>(result.stdout);
    // The copy with a document record wins over the error of a failed attempt.
    expect(records.map((record) => `${record.docId}:${record.code ?? record.type}`)).toEqual([
      'doc-1:document',
      'doc-1:membership',
      'doc-1:membership',
      'doc-1:membership',
      'doc-1:duplicate-doc',
      'doc-2:document',
      'doc-2:membership',
      'doc-2:duplicate-doc',
    ]);
    expect((await runVnpr(['merge', a, b, '-o', '-', '--strict'])).code).toBe(1);
  });

  it('sorts an input that is not in docId order through temporary runs, keeping each document whole', async () => {
    const [one, two, three] = [documentLines('doc-1', 2), documentLines('doc-2', 2), documentLines('doc-3', 1)];
    // doc-1's records come in two places of the file: they end together, in their order.
    const lines = [...three, ...(one.slice(0, 2) as string[]), ...two, ...(one.slice(2) as string[])];
    const path = join(dir, 'unsorted.jsonl.gz');
    writeFileSync(path, gzipSync(`${lines.join('\n')}\n`));
    const result = await runVnpr(['merge', path, '-o', '-', '--sort-memory', '100']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('1 sorted first');
    expect(result.stdout).toBe(`${[...one, ...two, ...three].join('\n')}\n`);
  });

  it('reads a folder of parts (JSONL, gzip and part-* files; not hidden, _SUCCESS or temporary files)', async () => {
    write('folder/part-0.jsonl', documentLines('doc-a'));
    writeFileSync(join(dir, 'folder', 'part-m-00001'), gzipSync(`${documentLines('doc-b').join('\n')}\n`));
    write('folder/sub/more.jsonl', documentLines('doc-c'));
    write('folder/_SUCCESS', []);
    write('folder/.vnpr-tmp-part-2.jsonl-123', ['torn']);
    write('folder/notes.txt', ['not records']);
    const result = await runVnpr(['merge', join(dir, 'folder'), '-o', '-']);
    expect(result.code).toBe(0);
    expect([...new Set(parseJsonl<Line>(result.stdout).map((record) => record.docId))]).toEqual([
      'doc-a',
      'doc-b',
      'doc-c',
    ]);
  });

  it('turns a line that is not a record into an invalid-record error record', async () => {
    const path = write('invalid.jsonl', [...documentLines('doc-1'), '{"type": "membership"}', 'not json']);
    const result = await runVnpr(['merge', path, '-o', '-']);
    expect(result.code).toBe(0);
    const errors = parseJsonl<Line>(result.stdout).filter((record) => record.type === 'error');
    expect(errors.map((record) => [record.docId.replace(/^.*\//, ''), record.code])).toEqual([
      ['invalid.jsonl#3', 'invalid-record'],
      ['invalid.jsonl#4', 'invalid-record'],
    ]);
    expect(result.stderr).toContain('is not a vnpr record');
  });

  it('merges a document of 300,000 records (no spread of its lines into push)', async () => {
    const big = write('big/a.jsonl', [...documentLines('doc-1'), ...documentLines('doc-2', 300_000)]);
    const other = write('big/b.jsonl', documentLines('doc-3'));
    const result = await runVnpr(['merge', big, other, '-o', join(dir, 'big.jsonl')]);
    expect(result.stderr).toMatch(/^2 inputs, 3 documents, 300,002 records, 0 errors/);
    expect(result.code).toBe(0);
    const lines = readFileSync(join(dir, 'big.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2 + 300_001 + 2);
  }, 120_000);

  it('explains its usage', async () => {
    const help = await runVnpr(['merge', '--help']);
    expect(help.stdout).toContain('Usage: vnpr merge');
    expect(help.stdout).toContain('duplicate-doc');
    expect(help.stdout).toContain('vnpr merge results/ -o records.xlsx');
    expect((await runVnpr(['--help'])).stdout).toContain('merge <records…> -o <out>');
    expect((await runVnpr(['merge', join(dir, 'missing')])).code).toBe(2);
  });
});

describe('vnpr merge of extract --shard parts', () => {
  it('gives the single run: the same JSONL bytes, the same sheets and rows, the same CSV files', async () => {
    const shards = join(dir, 'shards');
    mkdirSync(shards);
    for (let shard = 0; shard < 3; shard++) {
      const part = await runVnpr([
        'extract',
        CORPUS,
        '-o',
        join(shards, `part-${shard}.jsonl`),
        '--shard',
        `${shard}/3`,
        '--jobs',
        '0',
      ]);
      expect(part.code).toBe(0);
    }
    const single = await runVnpr(['extract', CORPUS, '-o', join(dir, 'single.jsonl'), '--jobs', '0']);
    expect(single.code).toBe(0);
    expect((await runVnpr(['merge', shards, '-o', join(dir, 'merged.jsonl')])).code).toBe(0);
    expect(readFileSync(join(dir, 'merged.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'single.jsonl'), 'utf8'));

    // The workbook of the single run and the one merged from the parts: same sheets, same rows.
    expect((await runVnpr(['extract', CORPUS, '-o', join(dir, 'single.xlsx'), '--jobs', '0'])).code).toBe(0);
    expect((await runVnpr(['merge', shards, '-o', join(dir, 'merged.xlsx')])).code).toBe(0);
    const sheets = async (path: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      return workbook.worksheets.map((sheet) => [sheet.name, sheet.rowCount]);
    };
    const expected = await sheets(join(dir, 'single.xlsx'));
    expect(expected.map(([name]) => name)).toEqual(expect.arrayContaining(['summary', 'documents', 'errors']));
    expect(await sheets(join(dir, 'merged.xlsx'))).toEqual(expected);

    expect((await runVnpr(['merge', shards, '-o', join(dir, 'csv/')])).code).toBe(0);
    expect(readdirSync(join(dir, 'csv'))).toContain('document.csv');
  });
});
