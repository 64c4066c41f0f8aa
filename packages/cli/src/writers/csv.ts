import type { WriteStream } from 'node:fs';
import { rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { VnprRecord } from '@vnpr/extractors';
import { type CellValue, getColumns, toRow } from './columns.js';
import {
  createFileStream,
  endStream,
  getTempPath,
  makeFolders,
  type RecordSink,
  removeStaleTempFiles,
  writeChunk,
} from './sink.js';

/**
 * Quotes one CSV field per RFC 4180: fields with a comma, quote, CR or LF are wrapped in quotes and
 * inner quotes doubled. Formula-like text was already prefixed by `toRow`.
 */
export function quoteCsvField(value: CellValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (CRLF-terminated). */
export function formatCsvLine(values: readonly CellValue[]): string {
  return `${values.map(quoteCsvField).join(',')}\r\n`;
}

interface TypeFile {
  columns: string[];
  stream: WriteStream;
  tempPath: string;
}

/**
 * A CSV sink: the target is a folder with one `<type>.csv` per record type, UTF-8 with a BOM (so
 * Excel reads Vietnamese), RFC 4180 quoting. Each file is written beside its final name and renamed
 * into place at `close()`; other files in the folder are left alone.
 */
export function createCsvSink(target: string): RecordSink {
  removeStaleTempFiles(target);
  const files = new Map<string, TypeFile>();
  // Made at once, so that a folder that cannot be made fails before any work; removed again on abort
  // when this run made it and left it empty.
  const made = makeFolders(target) !== undefined;

  const openFile = async (type: string, sample: VnprRecord): Promise<TypeFile> => {
    let file = files.get(type);
    if (!file) {
      const tempPath = getTempPath(join(target, `${type}.csv`));
      const columns = getColumns(type, sample);
      file = { columns, stream: createFileStream(tempPath), tempPath };
      files.set(type, file);
      await writeChunk(file.stream, `\ufeff${formatCsvLine(columns)}`);
    }
    return file;
  };

  return {
    async write(records) {
      for (const record of records) {
        const file = files.get(record.type) ?? (await openFile(record.type, record));
        await writeChunk(file.stream, formatCsvLine(toRow(record, file.columns)));
      }
    },
    async close() {
      // Every file complete before any is moved into place: a failure leaves the folder as it was.
      for (const file of files.values()) await endStream(file.stream);
      for (const [type, file] of files) await rename(file.tempPath, join(target, `${type}.csv`));
    },
    async abort() {
      for (const file of files.values()) {
        file.stream.destroy();
        await rm(file.tempPath, { force: true });
      }
      if (made) await rmdir(target).catch(() => {}); // only if empty
    },
  };
}
