import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '@vnpr/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputFile } from './find-inputs.js';
import {
  type ListedSource,
  listFileSources,
  listSources,
  readSourceInput,
  type Source,
  toSourceText,
} from './source.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-source-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function inputFile(name: string, content?: string): InputFile {
  const path = join(dir, name);
  if (content !== undefined) writeFileSync(path, content);
  return { path, docId: name, size: content === undefined ? -1 : Buffer.byteLength(content) };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const SENTENCE = 'Năm 2023, Đảng bộ huyện Di Linh kết nạp 120 đảng viên mới, đạt 100% chỉ tiêu.';

describe('listFileSources', () => {
  it('lists a document file as one source without opening it', async () => {
    const file = inputFile('not-yet-written.txt'); // no such file: listing it reads nothing
    const listed = await collect(listFileSources(file, 1000));
    expect(listed).toEqual<ListedSource[]>([
      { source: { kind: 'file', docId: 'not-yet-written.txt', path: file.path }, bytesRead: 0 },
    ]);
  });

  it('lists an input with a problem as its error, whatever its extension', async () => {
    const file: InputFile = {
      ...inputFile('pipe.jsonl'),
      problem: { code: 'not-a-file', message: 'a named pipe (FIFO): vnpr reads regular files' },
    };
    const [listed, ...rest] = await collect(listFileSources(file, 1000));
    expect(rest).toEqual([]);
    expect(listed?.source).toMatchObject({ kind: 'error', docId: 'pipe.jsonl', code: 'not-a-file' });
  });

  it('lists a JSONL file a line at a time: texts with their dates, bad lines as errors, with line numbers', async () => {
    const lines = [
      JSON.stringify({ id: 'bao-1', text: SENTENCE, publishedAt: '2023-12-20' }),
      '{"id": "hong", "text": ',
      '',
      JSON.stringify({ text: 'Huyện ủy tổ chức hội nghị sơ kết 6 tháng.' }),
    ];
    const file = inputFile('tin.jsonl', `${lines.join('\n')}\n`);
    const listed = await collect(listFileSources(file, 10_000));
    expect(listed.map(({ source, line }) => [line, source.kind, source.docId])).toEqual([
      [1, 'text', 'bao-1'],
      [2, 'error', 'tin.jsonl#2'],
      [4, 'text', 'tin.jsonl#4'],
    ]);
    expect(listed[0]?.source).toMatchObject({ text: SENTENCE, publishedAt: '2023-12-20' });
    expect(listed[1]?.source).toMatchObject({ code: 'invalid-json' });
    expect(listed.at(-1)?.bytesRead).toBe(file.size);
    expect(listed.some((item) => item.empty)).toBe(false);
  });

  it('lists an over-long JSONL line as too-large, and the lines after it', async () => {
    const long = JSON.stringify({ id: 'dai', text: SENTENCE.repeat(20) });
    const short = JSON.stringify({ id: 'ngan', text: SENTENCE });
    const listed = await collect(listFileSources(inputFile('dai.jsonl', `${long}\n${short}\n`), 500));
    expect(listed.map(({ source }) => [source.docId, source.kind === 'error' ? source.code : source.kind])).toEqual([
      ['dai', 'too-large'],
      ['ngan', 'text'],
    ]);
  });

  it('lists an empty JSONL file as one `empty` error about the whole file', async () => {
    const listed = await collect(listFileSources(inputFile('rong.jsonl', '\n\n'), 1000));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ empty: true, source: { kind: 'error', docId: 'rong.jsonl', code: 'empty' } });
    expect(listed[0]?.line).toBeUndefined();
  });

  it('lists a JSONL file that cannot be read as an `unreadable` error that says why', async () => {
    const listed = await collect(listFileSources(inputFile('mat.jsonl'), 1000));
    expect(listed).toHaveLength(1);
    expect(listed[0]?.empty).toBeUndefined();
    expect(listed[0]?.source).toEqual({
      kind: 'error',
      docId: 'mat.jsonl',
      code: 'unreadable',
      message: 'cannot read mat.jsonl after 0 lines (file not found)',
    });
  });
});

describe('listSources', () => {
  it('lists the sources of every file in order', async () => {
    const files = [
      inputFile('a.txt', SENTENCE),
      inputFile(
        'b.jsonl',
        `${JSON.stringify({ id: 'b1', text: SENTENCE })}\n${JSON.stringify({ id: 'b2', text: SENTENCE })}\n`,
      ),
      inputFile('c.html', `<p>${SENTENCE}</p>`),
    ];
    const sources = await collect(listSources(files, 10_000));
    expect(sources.map((source) => `${source.kind}:${source.docId}`)).toEqual([
      'file:a.txt',
      'text:b1',
      'text:b2',
      'file:c.html',
    ]);
  });
});

describe('readSourceInput and toSourceText', () => {
  it('reads a .txt file as its bytes, decoded to the text (UTF-16 too)', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
    const path = join(dir, 'utf16.txt');
    writeFileSync(path, utf16);
    const input = await readSourceInput({ kind: 'file', docId: 'utf16.txt', path }, 10_000);
    expect(input).toBeInstanceOf(Uint8Array);
    expect(toSourceText(input)).toBe(SENTENCE);
  });

  it('reads an .html file as its article text, without the markup', async () => {
    const file = inputFile(
      'bai.html',
      `<html><body><nav>Trang chủ</nav><article><p>${SENTENCE}</p></article></body></html>`,
    );
    const input = await readSourceInput({ kind: 'file', docId: file.docId, path: file.path }, 10_000);
    expect(toSourceText(input)).toBe(SENTENCE);
  });

  it('gives the text of a JSONL line as it is', async () => {
    const source: Source = { kind: 'text', docId: 'x', text: SENTENCE, publishedAt: null };
    expect(await readSourceInput(source, 10)).toBe(SENTENCE);
  });

  it('throws an InputError for a file over the limit or missing', async () => {
    const file = inputFile('lon.txt', SENTENCE);
    const source: Source = { kind: 'file', docId: file.docId, path: file.path };
    await expect(readSourceInput(source, 10)).rejects.toMatchObject({ code: 'too-large' });
    await expect(readSourceInput({ ...source, path: join(dir, 'khong-co.txt') }, 10_000)).rejects.toBeInstanceOf(
      InputError,
    );
  });
});
