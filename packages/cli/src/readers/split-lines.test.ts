import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LinePosition, splitLines } from './jsonl.js';

/** The lines readline gives for these chunks (the reader used it before splitLines). */
async function readlineLines(chunks: Uint8Array[]): Promise<string[]> {
  const input = Readable.from(chunks.map((chunk) => Buffer.from(chunk)));
  const lines: string[] = [];
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) lines.push(line);
  return lines;
}

async function splitLinesOf(chunks: Uint8Array[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of splitLines(Readable.from(chunks.map((chunk) => Buffer.from(chunk))))) lines.push(line);
  return lines;
}

/** Cuts bytes into chunks at the given places. */
function cut(bytes: Uint8Array, places: number[]): Uint8Array[] {
  const ends = [...new Set(places.map((place) => place % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const end of [...ends, bytes.length]) {
    if (end > start) chunks.push(bytes.subarray(start, end));
    start = Math.max(start, end);
  }
  return chunks;
}

const encoder = new TextEncoder();
// Pieces of text with every line ending, Vietnamese, a 4-byte character, and invalid UTF-8.
const pieces = fc.oneof(
  fc
    .constantFrom('\n', '\r', '\r\n', '\n\r', '\r\r\n', '{"id":"a","text":"Đảng bộ"}', 'kết nạp', '🎉', ' ', '')
    .map((text) => encoder.encode(text)),
  fc.constantFrom([0xe1], [0xbb, 0x87], [0xff], [0xf0, 0x9f], [0xc3]).map((bytes) => Uint8Array.from(bytes)),
);
const documents = fc.array(pieces, { maxLength: 40 }).map((parts) => Buffer.concat(parts));

describe('splitLines', () => {
  it.each([
    ['a\nb\n', ['a', 'b']],
    ['a\r\nb', ['a', 'b']],
    ['a\rb\r\r\nc', ['a', 'b', '', 'c']],
    ['\n\n', ['', '']],
    ['', []],
  ])('splits %j into lines', async (text, expected) => {
    expect(await splitLinesOf([encoder.encode(text)])).toEqual(expected);
  });

  it('gives the lines readline gives, however the bytes are cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(documents, fc.array(fc.nat(), { maxLength: 8 }), async (bytes, places) => {
        const chunks = cut(bytes, places);
        expect(await splitLinesOf(chunks)).toEqual(await readlineLines(chunks));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same lines and long lines over a limit however the bytes are cut, the others as without one', async () => {
    const collect = async (chunks: Uint8Array[], limit: number) => {
      const lines: unknown[] = [];
      for await (const line of splitLines(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), limit)) {
        lines.push(line);
      }
      return lines;
    };
    // (From 4 bytes up: a shorter "line" may be only a character cut off at the end, which is no line.)
    const limits = fc.integer({ min: 4, max: 40 });
    await fc.assert(
      fc.asyncProperty(documents, fc.array(fc.nat(), { maxLength: 8 }), limits, async (bytes, places, limit) => {
        const whole = await collect([bytes], limit);
        expect(await collect(cut(bytes, places), limit)).toEqual(whole);
        const unlimited = await splitLinesOf([bytes]);
        expect(whole).toHaveLength(unlimited.length);
        whole.forEach((line, i) => {
          if (typeof line === 'string') expect(line).toBe(unlimited[i]);
          else expect(line).toMatchObject({ byteLength: expect.any(Number) });
        });
      }),
      { numRuns: 500 },
    );
  });

  it('says where each line is: its bytes are the line, and only a line ending lies between two lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        documents,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.boolean(),
        async (bytes, places, limited) => {
          const position: LinePosition = { start: -1, end: -1, ended: false };
          const seen: { line: string | { byteLength: number }; start: number; end: number; ended: boolean }[] = [];
          const source = Readable.from(cut(bytes, places).map((chunk) => Buffer.from(chunk)));
          for await (const line of splitLines(source, limited ? 6 : Number.POSITIVE_INFINITY, position))
            seen.push({ line, ...position });
          let previousEnd: number | undefined;
          for (const { line, start, end, ended } of seen) {
            const between = Buffer.from(bytes.subarray(previousEnd ?? 0, start)).toString('latin1');
            expect(previousEnd === undefined ? between : ['\n', '\r', '\r\n']).toContain(between);
            if (typeof line !== 'string') expect(line.byteLength).toBe(end - start);
            else if (ended) expect(Buffer.from(bytes.subarray(start, end)).toString('utf8')).toBe(line);
            if (!ended) expect(end).toBe(bytes.length);
            previousEnd = end;
          }
          expect(seen.filter(({ ended }) => !ended).length).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reports a line over the limit by its length and first bytes, never building it, and reads on', async () => {
    // 600 MiB between two line ends: over V8's longest string (2^29 - 24 characters), so a reader that
    // gathers the line fails with "Cannot create a string longer than …" and loses every later line.
    const mebibyte = Buffer.alloc(1024 * 1024, 'a');
    async function* source(): AsyncGenerator<Uint8Array> {
      yield encoder.encode('{"id":"truoc","text":"Hội nghị"}\n{"id":"qua-dai","text":"');
      for (let i = 0; i < 600; i++) yield mebibyte;
      yield encoder.encode('"}\r\n{"id":"sau","text":"Kết nạp đảng viên"}');
    }
    const lines: (string | { byteLength: number; head: string })[] = [];
    for await (const line of splitLines(source(), 4096)) lines.push(line);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('{"id":"truoc","text":"Hội nghị"}');
    expect(lines[1]).toMatchObject({ byteLength: 600 * 1024 * 1024 + 26 });
    expect((lines[1] as { head: string }).head).toMatch(/^\{"id":"qua-dai","text":"a+$/);
    expect((lines[1] as { head: string }).head.length).toBeLessThanOrEqual(4096);
    expect(lines[2]).toBe('{"id":"sau","text":"Kết nạp đảng viên"}');
  });

  it.each([
    ['exactly at the limit is a line', 'x'.repeat(8), 8, ['x'.repeat(8), 'b']],
    ['one byte over is too long', 'x'.repeat(9), 8, [{ byteLength: 9 }, 'b']],
  ])('a line %s', async (_, first, limit, expected) => {
    const lines: unknown[] = [];
    for await (const line of splitLines(Readable.from([Buffer.from(`${first}\nb`)]), limit)) lines.push(line);
    expect(lines).toMatchObject(expected);
  });
});
