import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { VnprRecord } from '@vnpr/extractors';
import { endStream, getTempPath, type RecordSink, removeStaleTempFiles, writeChunk } from './sink.js';

/** Serializes records as JSONL: exactly the record objects, one a line. */
export function formatJsonl(records: readonly VnprRecord[]): string {
  let out = '';
  for (const record of records) out += `${JSON.stringify(record)}\n`;
  return out;
}

/**
 * A JSONL sink. With a file target it writes a temporary file beside it and renames it at `close()`;
 * `prelude` lines (from `--resume`) come first. With `'-'` it writes to stdout.
 */
export function createJsonlSink(target: string, prelude?: AsyncIterable<string>): RecordSink {
  if (target === '-') {
    return {
      write: (records) => writeChunk(process.stdout, formatJsonl(records)),
      close: async () => {},
      abort: async () => {},
    };
  }
  removeStaleTempFiles(dirname(target));
  const tempPath = getTempPath(target);
  const stream = createWriteStream(tempPath);
  let ready: Promise<void> = (async () => {
    if (prelude) for await (const line of prelude) await writeChunk(stream, `${line}\n`);
  })();
  return {
    async write(records) {
      await ready;
      await writeChunk(stream, formatJsonl(records));
    },
    async close() {
      await ready;
      await endStream(stream);
      await rename(tempPath, target);
    },
    async abort() {
      ready = Promise.resolve();
      stream.destroy();
      await rm(tempPath, { force: true });
    },
  };
}
