import { Buffer } from 'node:buffer';
import { closeSync, openSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { VnprRecord } from '@vnpr/extractors';
import { getTempPath, type RecordSink, removeStaleTempFiles, writeChunk, writeFullySync } from './sink.js';

/** Serializes records as JSONL: exactly the record objects, one a line. */
export function formatJsonl(records: readonly VnprRecord[]): string {
  let out = '';
  for (const record of records) out += `${JSON.stringify(record)}\n`;
  return out;
}

/** Bytes gathered before one write to the output file. */
const WRITE_BYTES = 1024 * 1024;

const encoder = new TextEncoder();

/**
 * A JSONL sink. With a file target it writes a temporary file beside it (in writes of about 1 MB)
 * and renames it at `close()`; `prelude` lines (from `--resume`) come first. With `'-'` it writes
 * to stdout, a document at a time. It takes records already serialized (`writeJsonl`), so the
 * pipeline sends it bytes, not objects.
 */
export function createJsonlSink(target: string, prelude?: AsyncIterable<string>): RecordSink {
  if (target === '-') {
    return {
      write: (records) => writeChunk(process.stdout, formatJsonl(records)),
      writeJsonl: (jsonl) => writeChunk(process.stdout, jsonl),
      close: async () => {},
      abort: async () => {},
    };
  }
  removeStaleTempFiles(dirname(target));
  const tempPath = getTempPath(target);
  const fd = openSync(tempPath, 'w');
  let open = true;
  let chunks: Uint8Array[] = [];
  let bufferedBytes = 0;
  const flush = () => {
    if (bufferedBytes > 0 && open) writeFullySync(fd, Buffer.concat(chunks, bufferedBytes));
    chunks = [];
    bufferedBytes = 0;
  };
  const push = (bytes: Uint8Array) => {
    chunks.push(bytes);
    bufferedBytes += bytes.byteLength;
    if (bufferedBytes >= WRITE_BYTES) flush();
  };
  let ready: Promise<void> = (async () => {
    if (prelude) for await (const line of prelude) push(encoder.encode(`${line}\n`));
  })();
  ready.catch(() => {}); // thrown by the next write or close, not an unhandled rejection before them
  return {
    async write(records) {
      await ready;
      push(encoder.encode(formatJsonl(records)));
    },
    async writeJsonl(jsonl) {
      await ready;
      push(jsonl);
    },
    async close() {
      await ready;
      flush();
      open = false;
      closeSync(fd);
      await rename(tempPath, target);
    },
    async abort() {
      ready = Promise.resolve();
      chunks = [];
      bufferedBytes = 0;
      if (open) {
        open = false;
        closeSync(fd);
      }
      await rm(tempPath, { force: true });
    },
  };
}
