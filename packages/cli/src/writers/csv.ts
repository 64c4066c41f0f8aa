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
 * Where a spreadsheet may start reading a cell: the start of the text, or a `;`, tab or line break inside it (a
 * spreadsheet whose list separator is `;` or a tab cuts a comma-separated line there, quotes or not), then any
 * spaces or quotes, then the formula character (`=`, `+`, `-`, `@`).
 */
const FORMULA_AT_CELL_START = /(^|[;\t\r\n])([ "]*)(?=[=+\-@])/g;

/** A quick test for the same, so that most fields are left as they are without the replacement's scan. */
const MAYBE_FORMULA = /^[ "]*[=+\-@]|[;\t\r\n][ "]*[=+\-@]/;

/**
 * Guards CSV text that a spreadsheet would run as a formula: an apostrophe goes before each formula character that
 * could start a cell (see `FORMULA_AT_CELL_START`), and before a leading tab or carriage return. Only CSV needs
 * it: JSONL keeps the text exact and an Excel cell holds text, never a formula.
 *
 * @example
 * protectFormula('=SUM(A1)') // "'=SUM(A1)"
 * protectFormula("x;=cmd|' /C calc'!A0;y") // "x;'=cmd|' /C calc'!A0;y"
 * protectFormula('05-CT/TW') // '05-CT/TW'
 */
export function protectFormula(text: string): string {
  const guarded = MAYBE_FORMULA.test(text) ? text.replace(FORMULA_AT_CELL_START, "$1$2'") : text;
  return /^[\t\r]/.test(guarded) ? `'${guarded}` : guarded;
}

/** Characters that make a field need quotes: the separators of every locale (`,` `;` tab), quotes and line breaks. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * One CSV field: text guarded against formulas (`protectFormula`), then quoted per RFC 4180 (inner quotes doubled)
 * when it holds a separator of any locale, a quote or a line break; numbers and booleans as they are.
 */
export function quoteCsvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = protectFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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
