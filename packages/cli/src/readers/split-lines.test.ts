import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from './jsonl.js';

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
});
