// The record tables of the index: one row per record, written to `data/<type>.js` as the documents are
// read (never all rows in memory), each file closed when the last document is done.

import { type FileHandle, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { VnprRecord } from '@vnpr/extractors';
import { BUILT_IN_TYPES } from '../writers/columns.js';
import { safeJson, slug } from './escape.js';
import { fieldNames, formatField } from './fields.js';
import type { TableInfo } from './index-page.js';

/** A table cell: a number, text cut at {@link MAX_CELL} characters, or null. */
type Cell = string | number | null;

const MAX_CELL = 240;
/** Text gathered per table before it is written. */
const FLUSH_CHARS = 256 * 1024;

const DOCUMENT_COLUMNS = ['docId', 'title', 'organization', 'publishedAt', 'source', 'province', 'records', 'warnings'];

export function cell(value: unknown): Cell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = formatField(value).replace(/\s+/g, ' ');
  if (text === '') return null;
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

/** The columns of a type's table, from its first record, and the row of a record (its page, its index there, then the columns). */
function describeRow(
  record: VnprRecord,
  doc: number,
  k: number,
  recordCount: number,
): { columns: () => string[]; row: Cell[] } {
  if (record.type === 'document') {
    return {
      columns: () => DOCUMENT_COLUMNS,
      row: [
        doc,
        -1,
        record.docId,
        ...['title', 'organization', 'publishedAt', 'source', 'province'].map((name) => cell(record[name])),
        recordCount - 1,
        cell(record.warnings),
      ],
    };
  }
  const fields = fieldNames(record.type, record).filter((name) => name !== 'text' || record.type !== 'target');
  const tailColumn = record.type === 'error' ? [] : record.type === 'target' ? ['text'] : ['quote'];
  const tail = record.type === 'error' ? [] : record.type === 'target' ? [cell(record.text)] : [cell(record.quote)];
  return {
    columns: () => ['docId', ...fields, ...tailColumn],
    row: [
      record.type === 'error' ? -1 : doc,
      record.type === 'error' ? -1 : k,
      record.docId,
      ...fields.map((name) => cell(record[name])),
      ...tail,
    ],
  };
}

interface TableFile {
  file: string;
  handle: FileHandle;
  rows: number;
  pending: string;
}

/** The `data/<type>.js` files, written a piece at a time: `window.VNPR_DATA[type]={"columns":[…],"rows":[…]};`. */
export class TableFiles {
  private readonly tables = new Map<string, TableFile>();
  /** Bytes written so far. */
  bytes = 0;

  constructor(private readonly outDir: string) {}

  /** Adds the rows of one document's records (`doc`: its page, -1 when it has none). */
  async addRecords(records: readonly VnprRecord[], doc: number): Promise<void> {
    for (const [k, record] of records.entries()) {
      const { columns, row } = describeRow(record, doc, k, records.length);
      const table = this.tables.get(record.type) ?? (await this.create(record.type, columns()));
      table.pending += `${table.rows > 0 ? ',' : ''}${safeJson(row)}`;
      table.rows++;
      if (table.pending.length >= FLUSH_CHARS) await this.flush(table);
    }
  }

  private async create(type: string, columns: string[]): Promise<TableFile> {
    const file = `${slug(type)}.js`;
    const table: TableFile = {
      file,
      handle: await open(join(this.outDir, 'data', file), 'w'),
      rows: 0,
      pending: `window.VNPR_DATA=window.VNPR_DATA||{};window.VNPR_DATA[${safeJson(type)}]={"columns":${safeJson(columns)},"rows":[`,
    };
    this.tables.set(type, table);
    return table;
  }

  private async flush(table: TableFile): Promise<void> {
    const bytes = Buffer.from(table.pending);
    table.pending = '';
    await table.handle.write(bytes);
    this.bytes += bytes.length;
  }

  /** The built-in types in the contract's order, then the others by name. */
  order(): string[] {
    const types = [...this.tables.keys()];
    return [...BUILT_IN_TYPES, ...types.filter((type) => !BUILT_IN_TYPES.includes(type)).sort()];
  }

  /** Ends every file and lists the tables in {@link order}. */
  async close(): Promise<TableInfo[]> {
    const tables: TableInfo[] = [];
    for (const type of this.order()) {
      const table = this.tables.get(type);
      if (!table) continue;
      table.pending += ']};\n';
      await this.flush(table);
      await table.handle.close();
      tables.push({ type, label: type === 'document' ? 'documents' : type, rows: table.rows, file: table.file });
    }
    return tables;
  }
}
