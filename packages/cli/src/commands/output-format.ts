import type { RecordSink } from '../writers/sink.js';
import { UsageError } from './usage-error.js';

/** The output formats of `extract` and `merge`. */
export type OutputFormat = 'xlsx' | 'jsonl' | 'csv';

/**
 * The output format: `--format` when given, else from the output path (`-` is JSONL on stdout; a path ending
 * in `/` is a folder of CSV files).
 *
 * @example
 * resolveFormat('records.xlsx', undefined) // 'xlsx'
 * resolveFormat('-', undefined) // 'jsonl'
 */
export function resolveFormat(output: string, format: string | undefined): OutputFormat {
  if (format) {
    if (format === 'xlsx' || format === 'jsonl' || format === 'csv') return format;
    throw new UsageError(`unknown --format "${format}": use xlsx, jsonl or csv`);
  }
  if (output === '-') return 'jsonl';
  const lower = output.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.csv') || lower.endsWith('/')) return 'csv';
  throw new UsageError(
    `cannot tell the output format of "${output}": end it in .xlsx, .jsonl or .csv, or give --format`,
  );
}

/**
 * Opens the sink of an output in its format (exceljs loads only for Excel). `only`: the record types that get a
 * sheet even when empty (Excel; default: all built-in types).
 */
export async function openSink(format: OutputFormat, output: string, only?: readonly string[]): Promise<RecordSink> {
  if (format === 'xlsx') {
    const { createXlsxSink } = await import('../writers/xlsx.js');
    return createXlsxSink(output, only ? { types: only } : {});
  }
  if (format === 'csv') return (await import('../writers/csv.js')).createCsvSink(output);
  return (await import('../writers/jsonl.js')).createJsonlSink(output);
}
