// The one reader of vnpr's records files: the JSONL that `vnpr extract` writes (report --from, merge,
// panel), gold files (eval) and the journal. Lines are streamed one at a time (never the whole file),
// each with its number and where its bytes are, and a line that is not a record is named by its number.

import { Buffer } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { VnprRecord } from '@vnpr/extractors';
import { type LinePosition, splitLines } from './jsonl.js';

/** One line of a records file. */
export interface RecordLine {
  /** The line without its ending. */
  text: string;
  /** Its number, from 1, blank lines counted. */
  lineNo: number;
  /** Byte offsets of its first byte and just past its last (the ending not included), in the uncompressed file. */
  start: number;
  end: number;
  /** Whether a line ending followed (false only for a last line cut short, e.g. a torn write). */
  ended: boolean;
}

/** Why a line is not a record. */
export type RecordProblem = 'not-json' | 'not-a-record' | 'too-long';

/** A line that is not what the reader was asked for: the file, the line and why, in one sentence. */
export class RecordsFileError extends Error {
  override name = 'RecordsFileError';
  constructor(
    readonly path: string,
    readonly lineNo: number,
    readonly code: RecordProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Options of {@link readRecordLines}. */
export interface RecordLinesOptions {
  /** Only the bytes from `start` up to (not including) `end` (the file is then read as plain); line numbers count from there. */
  start?: number;
  end?: number;
  /** `'auto'` (the default): gunzip a file that begins with gzip's two magic bytes; `false`: never. */
  gunzip?: 'auto' | false;
  /** How the file is named in messages (default: its path). */
  name?: string;
}

/** The longest line that can become a string: V8's string limit, in UTF-8 bytes (never fewer bytes than characters). */
const MAX_LINE_BYTES = 2 ** 29 - 24;
const CHUNK_BYTES = 256 * 1024;

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** The non-blank lines of a stream of bytes, as {@link RecordLine}s; `offset` is where the stream begins in the file. */
export async function* splitRecordLines(
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  offset = 0,
): AsyncGenerator<RecordLine> {
  const position: LinePosition = { start: 0, end: 0, ended: false };
  let lineNo = 0;
  for await (const line of splitLines(chunks, MAX_LINE_BYTES, position)) {
    lineNo++;
    if (typeof line !== 'string')
      throw new RecordsFileError(
        name,
        lineNo,
        'too-long',
        `${name}: line ${lineNo} is ${line.byteLength} bytes, longer than any record can be`,
      );
    if (!line.trim()) continue;
    yield {
      text: line,
      lineNo,
      start: offset + position.start,
      end: offset + position.end,
      ended: position.ended,
    };
  }
}

/**
 * Streams the non-blank lines of a records file (gzip or not), each with its number and byte range.
 * @example for await (const line of readRecordLines('records.jsonl')) console.log(line.lineNo, line.text);
 */
export async function* readRecordLines(path: string, options: RecordLinesOptions = {}): AsyncGenerator<RecordLine> {
  const { start = 0, end } = options;
  if (end !== undefined && end <= start) return;
  // A byte range is of the file as it is: only a plain file can be read from the middle.
  const ranged = options.start !== undefined || end !== undefined;
  const gzip = options.gunzip !== false && !ranged && (await isGzip(path));
  const file = createReadStream(path, {
    highWaterMark: CHUNK_BYTES,
    ...(gzip ? {} : { start, ...(end !== undefined ? { end: end - 1 } : {}) }),
  });
  const source: Readable = gzip ? file.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : file;
  file.on('error', (error) => source.destroy(error));
  try {
    yield* splitRecordLines(source, options.name ?? path, gzip ? 0 : start);
  } finally {
    source.destroy();
    file.destroy();
  }
}

/** What a line must be: any JSON value, or a record (an object with string `type` and `docId`). */
export type RecordCheck = 'json' | 'record';

/** Parses a line: the value, or why it is not what `check` asks for. */
export function parseRecordLine(
  text: string,
  check: RecordCheck = 'record',
): { record: VnprRecord; problem?: undefined } | { record?: undefined; problem: RecordProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'not-json' };
  }
  if (check === 'record') {
    const record = value as Partial<VnprRecord> | null;
    if (!record || typeof record !== 'object' || typeof record.type !== 'string' || typeof record.docId !== 'string')
      return { problem: 'not-a-record' };
  }
  return { record: value as VnprRecord };
}

/** The sentence of a problem, after `<file>: line <n> `. */
function describeProblem(problem: RecordProblem): string {
  if (problem === 'not-json') return 'is not JSON';
  if (problem === 'not-a-record') return 'is not a record (no "type" and "docId")';
  return 'is too long';
}

/** A record line, parsed. */
export interface ParsedRecordLine extends RecordLine {
  record: VnprRecord;
}

/**
 * Streams the records of a records file; the first line that is not one (or, with `check: 'json'`,
 * not JSON) throws a {@link RecordsFileError}: "records.jsonl: line 7 is not JSON".
 */
export async function* readRecords(
  path: string,
  options: RecordLinesOptions & { check?: RecordCheck } = {},
): AsyncGenerator<ParsedRecordLine> {
  const name = options.name ?? path;
  for await (const line of readRecordLines(path, options)) {
    const { record, problem } = parseRecordLine(line.text, options.check);
    if (problem)
      throw new RecordsFileError(
        name,
        line.lineNo,
        problem,
        `${name}: line ${line.lineNo} ${describeProblem(problem)}`,
      );
    yield { ...line, record };
  }
}
