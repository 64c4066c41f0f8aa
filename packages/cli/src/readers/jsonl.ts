import { Buffer } from 'node:buffer';
import type { ReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { openRegularFile } from './read-document.js';

/** One line of a JSONL document file: a document to extract, or the reason it cannot be. */
export type JsonlDocument =
  | { kind: 'text'; lineNo: number; docId: string; text: string; publishedAt: string | null }
  | {
      kind: 'error';
      lineNo: number;
      docId: string;
      code: 'invalid-json' | 'missing-text' | 'too-large';
      message: string;
    };

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

/** A line longer than the limit of {@link splitLines}: never built, only measured. */
export interface LongLine {
  /** The line's length in bytes (without its ending). */
  byteLength: number;
  /** Its first bytes (at most the limit, and at most {@link LONG_LINE_HEAD} bytes), decoded. */
  head: string;
}

/**
 * Where the line {@link splitLines} has just given lies in the stream: filled in before each line when
 * passed, and valid until the next one is asked for.
 */
export interface LinePosition {
  /** Byte offset of the line's first byte. */
  start: number;
  /** Byte offset just past its last byte (its ending not included). */
  end: number;
  /** Whether a line ending followed it (false only for a last line without one). */
  ended: boolean;
}

/** How much of an over-long line is kept, to read its `id` from. */
const LONG_LINE_HEAD = 4096;

/** Bytes read from the file, and given out by gunzip, at a time. */
const CHUNK_BYTES = 256 * 1024;

/**
 * Splits a stream of bytes into UTF-8 lines exactly as `readline` does with `crlfDelay: Infinity`:
 * a line ends at `\n`, `\r\n` or a lone `\r`, and a last line without an ending counts unless it is
 * empty (a character cut off at the very end is dropped). Cheaper than readline: each line is decoded once, from the bytes (line endings are never
 * inside a UTF-8 character), with no decoder state and no regular expression over the text.
 *
 * A line longer than `maxLineBytes` is never gathered, let alone made a string: its bytes are counted
 * and dropped as they stream past, and it is given as a {@link LongLine} (its length and first bytes).
 * So memory stays within the limit, whatever the line (V8 cannot make a string of more than 2^29 - 24
 * characters; a reader that tried would lose every line after it). Given a `position`, it says before
 * each line where the line's bytes are (offsets into the uncompressed stream).
 * @example for await (const line of splitLines(createReadStream('a.jsonl'))) console.log(line);
 */
export function splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string>;
export function splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
  position?: LinePosition,
): AsyncGenerator<string | LongLine>;
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxLineBytes = Number.POSITIVE_INFINITY,
  position?: LinePosition,
): AsyncGenerator<string | LongLine> {
  /** Bytes of the stream before the current chunk, and where the current line began. */
  let base = 0;
  let lineStart = 0;
  /** The start of the current line, from earlier chunks. */
  let head: Buffer[] = [];
  let headBytes = 0;
  /** Set while the current line is over the limit: its first bytes and its length so far. */
  let long: { head: Buffer; byteLength: number } | undefined;
  /** The last chunk ended in `\r`: a `\n` opening this one belongs to that line ending. */
  let skipLf = false;
  const keep = (part: Buffer) => {
    if (long) {
      long.byteLength += part.length;
    } else if (headBytes + part.length > maxLineBytes) {
      const first = Buffer.concat([...head, part.subarray(0, Math.max(0, LONG_LINE_HEAD - headBytes))]);
      // A copy: the line's earlier bytes are let go at once.
      long = {
        head: Buffer.from(first.subarray(0, Math.min(LONG_LINE_HEAD, maxLineBytes))),
        byteLength: headBytes + part.length,
      };
      head = [];
      headBytes = 0;
    } else {
      head.push(part);
      headBytes += part.length;
    }
  };
  const takeLong = (): LongLine | undefined => {
    if (!long) return undefined;
    const line = { byteLength: long.byteLength, head: new StringDecoder('utf8').write(long.head) };
    long = undefined;
    return line;
  };
  for await (const data of chunks) {
    const chunk = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    let start = skipLf && chunk[0] === LF ? 1 : 0;
    lineStart += start;
    skipLf = false;
    let lf = chunk.indexOf(LF, start);
    let cr = chunk.indexOf(CR, start);
    while (lf !== -1 || cr !== -1) {
      const end = lf === -1 || (cr !== -1 && cr < lf) ? cr : lf;
      if (position) {
        position.start = lineStart;
        position.end = base + end;
        position.ended = true;
      }
      if (head.length === 0 && !long && end - start <= maxLineBytes) yield chunk.toString('utf8', start, end);
      else {
        keep(chunk.subarray(start, end));
        yield takeLong() ?? Buffer.concat(head).toString('utf8');
        head = [];
        headBytes = 0;
      }
      start = end + 1;
      if (end === cr) {
        if (start === chunk.length) skipLf = true;
        else if (chunk[start] === LF) start++;
      }
      lineStart = base + start;
      if (lf !== -1 && lf < start) lf = chunk.indexOf(LF, start);
      if (cr !== -1 && cr < start) cr = chunk.indexOf(CR, start);
    }
    if (start < chunk.length) keep(chunk.subarray(start));
    base += chunk.length;
  }
  if (position) {
    position.start = lineStart;
    position.end = base;
    position.ended = false;
  }
  const longRest = takeLong();
  if (longRest) {
    yield longRest;
    return;
  }
  // As readline: a character cut off by the end of the file is dropped, and an empty rest is no line.
  const rest = head.length > 0 ? new StringDecoder('utf8').write(Buffer.concat(head)) : '';
  if (rest) yield rest;
}

/** An object's `id` when it is the first key of the line (`{"id": "a-12", "text": …`), else undefined. */
const LEADING_ID = /^\s*\{\s*"id"\s*:\s*(?<id>"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)\s*[,}]/;

/**
 * The document an over-long line stands for: a `too-large` error, named by the `id` at the start of the
 * line when there is one (read from its first bytes), else by `fallbackId`.
 */
export function describeLongLine(
  line: LongLine,
  lineNo: number,
  fallbackId: string,
  maxLineBytes: number,
): JsonlDocument {
  let docId = fallbackId;
  const id = LEADING_ID.exec(line.head)?.groups?.id;
  if (id !== undefined) {
    try {
      docId = String(JSON.parse(id)) || fallbackId;
    } catch {
      // An id the regular expression let through but JSON does not: keep the line's name.
    }
  }
  return {
    kind: 'error',
    lineNo,
    docId,
    code: 'too-large',
    message: `document too large (line ${lineNo} is ${line.byteLength} bytes, limit ${maxLineBytes}): split it or raise --max-file-size`,
  };
}

/** A JSONL document stream together with how many bytes of the (possibly compressed) file were read. */
export interface JsonlReader {
  documents: AsyncIterable<JsonlDocument>;
  /** Bytes of the file read so far (compressed bytes for .gz). */
  bytesRead(): number;
}

/** Options of {@link readJsonlDocuments}. */
export interface JsonlReadOptions {
  /** A line longer than this (in bytes, uncompressed) is a `too-large` error, never read into memory. */
  maxLineBytes?: number;
}

/**
 * Streams the documents of a `.jsonl` or `.jsonl.gz` file line by line (never the whole file in
 * memory). `fileDocId` names lines that have no `id`: `<fileDocId>#<line>`. A line longer than
 * `maxLineBytes` is a `too-large` document, and the lines after it are read. Only a regular file is
 * opened (see `openRegularFile`): iterating over a named pipe throws `InputError('not-a-file')`.
 */
export function readJsonlDocuments(path: string, fileDocId: string, options: JsonlReadOptions = {}): JsonlReader {
  const maxLineBytes = options.maxLineBytes ?? Number.POSITIVE_INFINITY;
  let file: ReadStream | undefined;
  async function* generate(): AsyncGenerator<JsonlDocument> {
    const handle = await openRegularFile(path);
    const stream = handle.createReadStream({ highWaterMark: CHUNK_BYTES });
    file = stream;
    const source: Readable = /\.gz$/i.test(path) ? stream.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : stream;
    stream.on('error', (error) => source.destroy(error));
    let lineNo = 0;
    try {
      for await (const line of splitLines(source, maxLineBytes)) {
        lineNo++;
        const fallbackId = `${fileDocId}#${lineNo}`;
        const document =
          typeof line === 'string'
            ? parseJsonlLine(line, lineNo, fallbackId)
            : describeLongLine(line, lineNo, fallbackId, maxLineBytes);
        if (document) yield document;
      }
    } finally {
      source.destroy();
      stream.destroy();
    }
  }
  return { documents: generate(), bytesRead: () => file?.bytesRead ?? 0 };
}
