import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
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
  const file = createReadStream(path);
  const source: Readable = /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file;
  file.on('error', (error) => source.destroy(error));
  async function* generate(): AsyncGenerator<JsonlDocument> {
    const lines = createInterface({ input: source, crlfDelay: Number.POSITIVE_INFINITY });
    let lineNo = 0;
    try {
      for await (const line of lines) {
        lineNo++;
        const document = parseJsonlLine(line, lineNo, `${fileDocId}#${lineNo}`);
        if (document) yield document;
      }
    } finally {
      lines.close();
      source.destroy();
      file.destroy();
    }
  }
  return { documents: generate(), bytesRead: () => file.bytesRead };
}
