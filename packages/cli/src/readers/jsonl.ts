import { Buffer } from 'node:buffer';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';

/** One line of a JSONL document file: a document to extract, or the reason it cannot be. */
export type JsonlDocument =
  | { kind: 'text'; lineNo: number; docId: string; text: string; publishedAt: string | null }
  | { kind: 'error'; lineNo: number; docId: string; code: 'invalid-json' | 'missing-text'; message: string };

/** Whether a path names a JSONL document file (`.jsonl`, `.jsonl.gz`, `.ndjson`). */
export function isJsonlPath(path: string): boolean {
  return /\.(?:jsonl|ndjson)(?:\.gz)?$/i.test(path);
}

/**
 * Parses one JSONL line `{"id", "text", "publishedAt"?}` into a document. `fallbackId` names the
 * document when the line has no usable `id` (e.g. `batch.jsonl#12`). Returns undefined for blank lines.
 */
export function parseJsonlLine(line: string, lineNo: number, fallbackId: string): JsonlDocument | undefined {
  if (!line.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: 'error',
      lineNo,
      docId: fallbackId,
      code: 'invalid-json',
      message: `line ${lineNo} is not JSON (${reason})`,
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      kind: 'error',
      lineNo,
      docId: fallbackId,
      code: 'invalid-json',
      message: `line ${lineNo} is not a JSON object`,
    };
  }
  const object = value as Record<string, unknown>;
  const id = typeof object.id === 'string' || typeof object.id === 'number' ? String(object.id) : '';
  const docId = id || fallbackId;
  if (typeof object.text !== 'string') {
    return {
      kind: 'error',
      lineNo,
      docId,
      code: 'missing-text',
      message: `line ${lineNo} has no "text" string: give each line {"id": "...", "text": "..."}`,
    };
  }
  const publishedAt = typeof object.publishedAt === 'string' ? object.publishedAt : null;
  return { kind: 'text', lineNo, docId, text: object.text, publishedAt };
}

const LF = 0x0a;
const CR = 0x0d;

/** Bytes read from the file, and given out by gunzip, at a time. */
const CHUNK_BYTES = 256 * 1024;

/**
 * Splits a stream of bytes into UTF-8 lines exactly as `readline` does with `crlfDelay: Infinity`:
 * a line ends at `\n`, `\r\n` or a lone `\r`, and a last line without an ending counts unless it is
 * empty (a character cut off at the very end is dropped). Cheaper than readline: each line is decoded once, from the bytes (line endings are never
 * inside a UTF-8 character), with no decoder state and no regular expression over the text.
 * @example for await (const line of splitLines(createReadStream('a.jsonl'))) console.log(line);
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  /** The start of the current line, from earlier chunks. */
  let head: Buffer[] = [];
  /** The last chunk ended in `\r`: a `\n` opening this one belongs to that line ending. */
  let skipLf = false;
  for await (const data of chunks) {
    const chunk = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    let start = skipLf && chunk[0] === LF ? 1 : 0;
    skipLf = false;
    let lf = chunk.indexOf(LF, start);
    let cr = chunk.indexOf(CR, start);
    while (lf !== -1 || cr !== -1) {
      const end = lf === -1 || (cr !== -1 && cr < lf) ? cr : lf;
      if (head.length === 0) yield chunk.toString('utf8', start, end);
      else {
        head.push(chunk.subarray(start, end));
        yield Buffer.concat(head).toString('utf8');
        head = [];
      }
      start = end + 1;
      if (end === cr) {
        if (start === chunk.length) skipLf = true;
        else if (chunk[start] === LF) start++;
      }
      if (lf !== -1 && lf < start) lf = chunk.indexOf(LF, start);
      if (cr !== -1 && cr < start) cr = chunk.indexOf(CR, start);
    }
    if (start < chunk.length) head.push(chunk.subarray(start));
  }
  // As readline: a character cut off by the end of the file is dropped, and an empty rest is no line.
  const rest = head.length > 0 ? new StringDecoder('utf8').write(Buffer.concat(head)) : '';
  if (rest) yield rest;
}

/** A JSONL document stream together with how many bytes of the (possibly compressed) file were read. */
export interface JsonlReader {
  documents: AsyncIterable<JsonlDocument>;
  /** Bytes of the file read so far (compressed bytes for .gz). */
  bytesRead(): number;
}

/**
 * Streams the documents of a `.jsonl` or `.jsonl.gz` file line by line (never the whole file in
 * memory). `fileDocId` names lines that have no `id`: `<fileDocId>#<line>`.
 */
export function readJsonlDocuments(path: string, fileDocId: string): JsonlReader {
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const source: Readable = /\.gz$/i.test(path) ? file.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : file;
  file.on('error', (error) => source.destroy(error));
  async function* generate(): AsyncGenerator<JsonlDocument> {
    let lineNo = 0;
    try {
      for await (const line of splitLines(source)) {
        lineNo++;
        const document = parseJsonlLine(line, lineNo, `${fileDocId}#${lineNo}`);
        if (document) yield document;
      }
    } finally {
      source.destroy();
      file.destroy();
    }
  }
  return { documents: generate(), bytesRead: () => file.bytesRead };
}
