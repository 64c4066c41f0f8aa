import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRecordLine, RecordsFileError, readRecordLines, readRecords } from './records.js';

const dir = mkdtempSync(join(tmpdir(), 'vnpr-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DOCUMENT = '{"type":"document","docId":"hoi-nghi.txt","title":"Hội nghị tổng kết công tác xây dựng Đảng"}';
const MEMBERSHIP =
  '{"type":"membership","docId":"hoi-nghi.txt","quote":"kết nạp 209/150 đảng viên","count":209,"target":150}';

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function collect<T>(lines: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe('readRecordLines', () => {
  it('gives each non-blank line with its number and bytes, CRLF or not, the last one unended', async () => {
    const path = write('lines.jsonl', `${DOCUMENT}\r\n\n${MEMBERSHIP}\n   \n{"type":"error"`);
    const bytes = readFileSync(path);
    const lines = await collect(readRecordLines(path));
    expect(lines.map(({ lineNo, ended }) => [lineNo, ended])).toEqual([
      [1, true],
      [3, true],
      [5, false],
    ]);
    for (const line of lines) expect(bytes.subarray(line.start, line.end).toString('utf8')).toBe(line.text);
  });

  it('reads a byte range of the file, and gunzips a gzip file known by its first bytes', async () => {
    const content = `${DOCUMENT}\n${MEMBERSHIP}\n`;
    const plain = write('range.jsonl', content);
    const [, second] = await collect(readRecordLines(plain));
    const ranged = await collect(readRecordLines(plain, { start: second!.start, end: second!.end }));
    expect(ranged.map(({ text, start }) => [text, start])).toEqual([[MEMBERSHIP, second!.start]]);
    expect(await collect(readRecordLines(plain, { start: 5, end: 5 }))).toEqual([]);
    const gzip = write('records.part', gzipSync(content));
    expect((await collect(readRecordLines(gzip))).map(({ text }) => text)).toEqual([DOCUMENT, MEMBERSHIP]);
    const raw = await collect(readRecordLines(gzip, { gunzip: false }));
    expect(raw.map(({ text }) => text)).not.toContain(DOCUMENT);
  });
});

describe('readRecords', () => {
  it('parses every record line', async () => {
    const path = write('ok.jsonl', `${DOCUMENT}\n\n${MEMBERSHIP}\n`);
    const records = await collect(readRecords(path));
    expect(records.map(({ record, lineNo }) => [record.type, record.count, lineNo])).toEqual([
      ['document', undefined, 1],
      ['membership', 209, 3],
    ]);
  });

  it.each([
    ['not JSON', `${DOCUMENT}\n\nkết nạp 12 đảng viên\n`, 'record', 'not-json', 3, 'bad.jsonl: line 3 is not JSON'],
    [
      'not a record',
      `${DOCUMENT}\n{"type":"membership"}\n`,
      'record',
      'not-a-record',
      2,
      'bad.jsonl: line 2 is not a record (no "type" and "docId")',
    ],
    [
      'not JSON (any JSON asked for)',
      '[1]\n"Đảng bộ"\n{"docId"\n',
      'json',
      'not-json',
      3,
      'bad.jsonl: line 3 is not JSON',
    ],
  ] as const)('names the first line that is %s', async (_, content, check, code, lineNo, message) => {
    const path = write('bad.jsonl', content);
    const error = await collect(readRecords(path, { check, name: 'bad.jsonl' })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RecordsFileError);
    expect(error).toMatchObject({ code, lineNo, message });
  });

  it('takes any JSON value when only JSON is asked for, and only records otherwise', () => {
    expect(parseRecordLine('[1, 2]', 'json')).toEqual({ record: [1, 2] });
    expect(parseRecordLine('"not-json"', 'json')).toEqual({ record: 'not-json' });
    expect(parseRecordLine('[1, 2]')).toEqual({ problem: 'not-a-record' });
    expect(parseRecordLine('{"type":"document","docId":7}')).toEqual({ problem: 'not-a-record' });
    expect(parseRecordLine('null')).toEqual({ problem: 'not-a-record' });
    expect(parseRecordLine('{"type":"document","docId":"a.txt"}')).toEqual({
      record: { type: 'document', docId: 'a.txt' },
    });
  });
});
