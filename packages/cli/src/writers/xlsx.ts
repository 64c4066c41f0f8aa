import { createReadStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { PanelBuilder, targetValueSchema, type VnprRecord } from '@vnpr/extractors';
import ExcelJS from 'exceljs';
import { formatCount } from '../ui/progress.js';
import { showCharCode } from '../ui/stderr.js';
import {
  BUILT_IN_TYPES,
  type CellValue,
  getColumns,
  PERCENT_FIELDS,
  TEXT_COLUMNS,
  toCellValue,
  toRow,
} from './columns.js';
import { addPanelSheet } from './panel.js';
import {
  createFileStream,
  endStream,
  getTempPath,
  makeFolders,
  type RecordSink,
  removeStaleTempFiles,
  writeChunk,
} from './sink.js';

/** Excel's most characters (UTF-16 code units) in a cell. */
export const MAX_CELL_CHARS = 32_767;

/** Excel's limit is 1,048,576 rows a sheet; one is the header. */
export const MAX_DATA_ROWS = 1_048_575;

/** Options of the Excel sink. */
export interface XlsxSinkOptions {
  /** The record types that get a sheet even when empty (default: all built-in types). */
  types?: readonly string[];
  /** Data rows per sheet before continuing in `<sheet> (2)` (default and maximum: Excel's limit). */
  maxRowsPerSheet?: number;
}

/** Number formats: percent values are already in percent units (139.33), so no Excel `%` format. */
const FORMATS = {
  percent: '0.00',
  count: '#,##0',
  decimal: '#,##0.0##',
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
} as const;

/** A full ISO date or date-time; partial dates ("2019-12", "2019") are not matched and stay text. */
const ISO_DATE =
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2}))?)?$/;

interface TypeSpool {
  type: string;
  columns: string[];
  widths: number[];
  rows: number;
  path: string;
  stream: WriteStream;
}

interface DocumentSummary {
  docId: string;
  status: string;
  counts: Record<string, number>;
}

/**
 * The sheet of the items of a record's list field (`target.values` → "target values"): one row per item, linked to
 * its record by `docId`, `spanStart` and `spanEnd`, so the items can be filtered and pivoted.
 */
const ITEM_SHEET_SEPARATOR = '.';

/** The first columns of an items' sheet: the record's docId and span (its link), and the item's place in the list. */
const ITEM_LINK_COLUMNS = ['docId', 'spanStart', 'spanEnd', 'position'];

/** The record fields whose items get a sheet of their own: lists of objects (a target's values). */
function listsOfObjects(record: VnprRecord): [string, Record<string, unknown>[]][] {
  const lists: [string, Record<string, unknown>[]][] = [];
  for (const [field, value] of Object.entries(record)) {
    if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'object' && item !== null))
      lists.push([field, value as Record<string, unknown>[]]);
  }
  return lists;
}

/** The sheet that holds a record type (or, for `target.values`, the items of a record's list field). */
export function getSheetName(type: string): string {
  if (type.includes(ITEM_SHEET_SEPARATOR)) return getSheetName(type.replace(ITEM_SHEET_SEPARATOR, ' '));
  if (type === 'document') return 'documents';
  if (type === 'error') return 'errors';
  if (type === 'check') return 'checks';
  return type.replace(/[[\]:*?/\\']/g, '_').slice(0, 26) || 'records';
}

/** Turns an ISO date string into a UTC Date for Excel, or undefined when it is not a full, valid date. */
export function parseIsoDate(text: string): { date: Date; hasTime: boolean } | undefined {
  const groups = ISO_DATE.exec(text)?.groups;
  if (!groups) return undefined;
  const [year, month, day] = [Number(groups.year), Number(groups.month), Number(groups.day)];
  const [hour, minute, second] = [Number(groups.hour ?? 0), Number(groups.minute ?? 0), Number(groups.second ?? 0)];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  return { date, hasTime: groups.hour !== undefined };
}

/**
 * Characters a workbook cannot hold (XML 1.0 forbids them, and exceljs drops them without a word): the control
 * characters but tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const UNWRITABLE = /(?![\t\n\r])[\p{Cc}\ud800-\udfff\ufffe\uffff]/gu;

/** A quick test that a text may hold one (surrogate pairs pass it too): most cells are then left as they are. */
const MAYBE_UNWRITABLE = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd]/;

/**
 * The text of a cell: characters a workbook cannot hold shown as their escapes (`\x1b`), so that two ids that differ
 * only there stay apart, then cut at Excel's limit (`capCellText`).
 */
export function toCellText(text: string): string {
  return capCellText(MAYBE_UNWRITABLE.test(text) ? text.replace(UNWRITABLE, showCharCode) : text);
}

/**
 * Cuts text longer than Excel allows in a cell (a workbook with a longer cell is one Excel repairs or refuses), ending
 * it with a marker that says so; JSONL (and CSV) keep the whole text.
 *
 * @example capCellText(sentenceOf46996Chars) // '<the first 32,712 characters>… [truncated: 46,996 characters; full text in JSONL]'
 */
export function capCellText(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  const marker = `… [truncated: ${formatCount(text.length)} characters; full text in JSONL]`;
  let end = MAX_CELL_CHARS - marker.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // never half a surrogate pair
  return `${text.slice(0, end)}${marker}`;
}

/** The Excel value and number format of one cell: numbers stay numbers, full ISO dates become dates. */
export function toExcelCell(column: string, value: CellValue): { value: CellValue | Date; numFmt?: string } {
  if (typeof value === 'number') {
    if (PERCENT_FIELDS.has(column)) return { value, numFmt: FORMATS.percent };
    return { value, numFmt: Number.isInteger(value) ? FORMATS.count : FORMATS.decimal };
  }
  if (typeof value === 'string' && !TEXT_COLUMNS.has(column)) {
    const parsed = parseIsoDate(value);
    if (parsed) return { value: parsed.date, numFmt: parsed.hasTime ? FORMATS.dateTime : FORMATS.date };
  }
  return { value: typeof value === 'string' ? toCellText(value) : value };
}

function measure(value: CellValue): number {
  if (value === null) return 0;
  const text = String(value);
  const newline = text.indexOf('\n');
  return newline >= 0 ? newline : text.length;
}

function getMaxWidth(column: string): number {
  return column === 'quote' || column === 'sentence' ? 80 : 50;
}

async function* readSpool(path: string): AsyncGenerator<CellValue[]> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line) yield JSON.parse(line) as CellValue[];
}

type SheetOptions = Partial<ExcelJS.AddWorksheetOptions> & { autoFilter?: ExcelJS.AutoFilter };

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: string[], widths: number[]) {
  const options: SheetOptions = {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    autoFilter: { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } },
  };
  const sheet = workbook.addWorksheet(name, options);
  sheet.columns = columns.map((_column, index) => ({ key: `c${index}`, width: widths[index] ?? 12 }));
  const header = sheet.addRow(columns);
  header.font = { bold: true };
  header.commit();
  return sheet;
}

/**
 * One style object per number format, shared by every cell that has it: exceljs remembers the style id of
 * an object it has seen, and works it out anew (about a third of the writer's time) for every new one.
 */
const sharedStyles = new Map<string, Partial<ExcelJS.Style>>();
const PLAIN_STYLE: Partial<ExcelJS.Style> = {};

function styleOf(numFmt: string | undefined): Partial<ExcelJS.Style> {
  if (!numFmt) return PLAIN_STYLE;
  let style = sharedStyles.get(numFmt);
  if (!style) {
    style = { numFmt };
    sharedStyles.set(numFmt, style);
  }
  return style;
}

function addDataRow(sheet: ExcelJS.Worksheet, columns: readonly string[], cells: readonly CellValue[]): void {
  const converted = cells.map((cell, index) => toExcelCell(columns[index] ?? '', cell));
  const row = sheet.addRow(converted.map((cell) => cell.value));
  converted.forEach((cell, index) => {
    row.getCell(index + 1).style = styleOf(cell.numFmt);
  });
  row.commit();
}

/** A sheet's name and columns, with their widths. */
interface SheetLayout {
  name: string;
  columns: string[];
  widths: number[];
}

/** Writes rows into `<name>`, `<name> (2)`, ... so that no sheet passes `maxRows` data rows. */
async function writeSheets(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  layout: SheetLayout,
  rows: AsyncIterable<CellValue[]>,
  maxRows: number,
  checkOutput: () => void,
): Promise<void> {
  const { name, columns, widths } = layout;
  let part = 1;
  let sheet = addSheet(workbook, name, columns, widths);
  let count = 0;
  const finish = () => {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: count + 1, column: columns.length } };
    sheet.commit();
  };
  for await (const cells of rows) {
    if (count === maxRows) {
      finish();
      part++;
      sheet = addSheet(workbook, `${name} (${part})`, columns, widths);
      count = 0;
    }
    checkOutput();
    addDataRow(sheet, columns, cells);
    count++;
  }
  finish();
}

/** What an Excel sink holds while records stream in: the spool files of its sheets and the counts of its summary. */
interface XlsxSpools {
  target: string;
  maxRows: number;
  /** The folder of the spool files, beside the target. */
  dir: string;
  /** The workbook's temporary file, renamed to the target once written. */
  tempPath: string;
  /** A spool file per record type (and per items' sheet, `target.values`), in the order they were opened. */
  spools: Map<string, TypeSpool>;
  /** One line per document: its status and its count of each record type, for the `summary` sheet. */
  summaryPath: string;
  summaryStream: WriteStream;
  recordCounts: Map<string, { records: number; documents: number; lastDocId: string | undefined }>;
  /** The summary of the document whose records are coming in. */
  current: DocumentSummary | undefined;
  /** The panel sheet: one cell per unit × period × indicator, built as the records stream in. */
  panel: PanelBuilder;
  /** The workbook's file, while `close()` writes it. */
  output: WriteStream | undefined;
}

/**
 * An Excel sink built for analysts: one sheet per record type (columns `docId`, the type's fields,
 * `quote`, `sentence`, `spanStart`, `spanEnd`), `documents`, `errors`, a `summary` sheet, the `panel` (one row per
 * unit × period × indicator, see PanelBuilder; it holds one cell per row, not the records), and a sheet for the
 * items of a list field (`target values`: one row per value, linked by docId and span); bold
 * frozen headers, autofilters, widths, numbers as numbers, ISO dates as dates, text exactly as it is (a cell
 * holds text, never a formula: no apostrophe is added), cut with a marker past Excel's 32,767 characters. Records
 * are spooled to disk per type while they stream in (memory stays flat), then the workbook is written sheet after
 * sheet with exceljs's streaming writer, to a temporary file renamed into place. Only strings, numbers, booleans and dates reach exceljs.
 */
export function createXlsxSink(target: string, options: XlsxSinkOptions = {}): RecordSink {
  const state = createSpools(target, options);
  const opened = openDeclaredSpools(state, options.types ?? BUILT_IN_TYPES);
  return {
    async write(records) {
      await opened;
      for (const record of records) await spoolRecord(state, record);
    },
    async close() {
      await opened;
      await writeWorkbook(state);
    },
    abort: () => discardSpools(state),
  };
}

/** Sets up the spool folder beside the target (left-overs of killed runs removed) and the summary's spool. */
function createSpools(target: string, options: XlsxSinkOptions): XlsxSpools {
  removeStaleTempFiles(dirname(target));
  const dir = getTempPath(target, '.d');
  // Made before the summary stream below opens a file in it (an async mkdir raced that open).
  makeFolders(dir);
  const summaryPath = join(dir, 'summary.jsonl');
  return {
    target,
    maxRows: Math.min(options.maxRowsPerSheet ?? MAX_DATA_ROWS, MAX_DATA_ROWS),
    dir,
    tempPath: getTempPath(target, '.xlsx'),
    spools: new Map(),
    summaryPath,
    summaryStream: createFileStream(summaryPath),
    recordCounts: new Map(),
    current: undefined,
    panel: new PanelBuilder(),
    output: undefined,
  };
}

/** The spool of a type's sheet, opened on first use with the columns of `sample` (or `itemColumns`, for items). */
async function openSpool(
  state: XlsxSpools,
  type: string,
  sample?: VnprRecord,
  itemColumns?: string[],
): Promise<TypeSpool> {
  const existing = state.spools.get(type);
  if (existing) return existing;
  const columns = itemColumns ?? getColumns(type, sample);
  const path = join(state.dir, `${state.spools.size}.jsonl`);
  const spool: TypeSpool = {
    type,
    columns,
    widths: columns.map((c) => c.length + 2),
    rows: 0,
    path,
    stream: createFileStream(path),
  };
  state.spools.set(type, spool);
  return spool;
}

/** Opens the sheets every workbook has, even empty: `documents`, the declared types, `errors`, and target values. */
async function openDeclaredSpools(state: XlsxSpools, types: readonly string[]): Promise<void> {
  const declared = types.filter((type) => type !== 'document' && type !== 'error');
  for (const type of ['document', ...declared, 'error']) await openSpool(state, type);
  // The values of targets get their sheet whenever targets do, so the workbook has one shape.
  if (declared.includes('target'))
    await openSpool(state, `target${ITEM_SHEET_SEPARATOR}values`, undefined, [
      ...ITEM_LINK_COLUMNS,
      ...Object.keys(targetValueSchema.shape),
    ]);
}

/** Appends one row to a spool, widening its columns to fit. */
async function spoolRow(spool: TypeSpool, cells: readonly CellValue[]): Promise<void> {
  cells.forEach((cell, index) => {
    const width = Math.min(getMaxWidth(spool.columns[index] ?? ''), measure(cell) + 2);
    if (width > (spool.widths[index] ?? 0)) spool.widths[index] = width;
  });
  spool.rows++;
  await writeChunk(spool.stream, `${JSON.stringify(cells)}\n`);
}

/** Spools a record: its row, its count in the summary, its figures in the panel, and the items of its list fields. */
async function spoolRecord(state: XlsxSpools, record: VnprRecord): Promise<void> {
  const spool = state.spools.get(record.type) ?? (await openSpool(state, record.type, record));
  await spoolRow(spool, toRow(record, spool.columns));
  await countRecord(state, record);
  state.panel.add(record);
  for (const [field, items] of listsOfObjects(record)) await spoolItems(state, record, field, items);
}

/** One row per item of a record's list field, in the sheet `<type> <field>`, linked to the record by docId and span. */
async function spoolItems(
  state: XlsxSpools,
  record: VnprRecord,
  field: string,
  items: Record<string, unknown>[],
): Promise<void> {
  const type = `${record.type}${ITEM_SHEET_SEPARATOR}${field}`;
  const keys = Object.keys(items[0] ?? {});
  const spool = state.spools.get(type) ?? (await openSpool(state, type, undefined, [...ITEM_LINK_COLUMNS, ...keys]));
  const itemKeys = spool.columns.slice(ITEM_LINK_COLUMNS.length);
  for (const [position, item] of items.entries()) {
    const cells: CellValue[] = [
      toCellValue(record.docId),
      record.span[0] ?? null,
      record.span[1] ?? null,
      position + 1,
      ...itemKeys.map((key) => toCellValue(item[key])),
    ];
    await spoolRow(spool, cells);
  }
}

/** Counts a record for the summary: per type, and per document (a document's line is spooled when the next begins). */
async function countRecord(state: XlsxSpools, record: VnprRecord): Promise<void> {
  const counts = state.recordCounts.get(record.type) ?? { records: 0, documents: 0, lastDocId: undefined };
  counts.records++;
  if (counts.lastDocId !== record.docId) counts.documents++;
  counts.lastDocId = record.docId;
  state.recordCounts.set(record.type, counts);
  const isStatus = record.type === 'document' || record.type === 'error';
  if (isStatus || state.current?.docId !== record.docId) {
    await flushSummary(state);
    state.current = { docId: record.docId, status: isStatus ? record.type : '', counts: {} };
  }
  if (!isStatus) state.current.counts[record.type] = (state.current.counts[record.type] ?? 0) + 1;
}

/** Spools the summary line of the document whose records came last. */
async function flushSummary(state: XlsxSpools): Promise<void> {
  if (state.current) await writeChunk(state.summaryStream, `${JSON.stringify(state.current)}\n`);
  state.current = undefined;
}

/**
 * Writes the workbook from the spools: `summary`, `panel`, then a sheet per type (and items), to the temporary
 * file renamed into place; the spools are removed.
 */
async function writeWorkbook(state: XlsxSpools): Promise<void> {
  await flushSummary(state);
  await endStream(state.summaryStream);
  for (const spool of state.spools.values()) await endStream(spool.stream);
  const ordered = [...state.spools.values()].sort((a, b) => rankType(state, a.type) - rankType(state, b.type));
  const { workbook, step, checkOutput } = openWorkbook(state);
  const sheetTypes = ordered.map((spool) => spool.type).filter((type) => !type.includes(ITEM_SHEET_SEPARATOR));
  await step(writeSummary(state, workbook, sheetTypes, checkOutput));
  addPanelSheet(workbook, state.panel.rows());
  for (const spool of ordered) {
    const rows = readSpool(spool.path);
    const sheet = { name: getSheetName(spool.type), columns: spool.columns, widths: spool.widths };
    await step(writeSheets(workbook, sheet, rows, state.maxRows, checkOutput));
  }
  await step(workbook.commit());
  await rename(state.tempPath, state.target);
  await rm(state.dir, { recursive: true, force: true });
}

/**
 * Opens the workbook's streaming writer on a file stream of our own: exceljs, writing to a file that fails (a full
 * disk), waits for ever; here its error ends the wait (`step`), and stops the rows at the next one (`checkOutput`).
 */
function openWorkbook(state: XlsxSpools) {
  const output = createFileStream(state.tempPath);
  state.output = output;
  const failed = new Promise<never>((_resolve, reject) => output.once('error', reject));
  failed.catch(() => {}); // raced below
  const checkOutput = () => {
    if (output.errored) throw output.errored;
  };
  const step = <T>(promise: Promise<T>) => Promise.race([promise, failed]);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    // Inline strings: a shared-strings table keeps every distinct quote and sentence in memory until the end,
    // so memory would grow with the archive (bench set: 485 MB shared, 371 MB inline; file 14.4 → 16.7 MB).
    useSharedStrings: false,
    useStyles: true,
  });
  workbook.creator = 'vnpr';
  return { workbook, step, checkOutput };
}

/** The `summary` sheet: records and documents per type, then a row per document with its count of each type. */
async function writeSummary(
  state: XlsxSpools,
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  types: string[],
  checkOutput: () => void,
): Promise<void> {
  const dataTypes = types.filter((type) => type !== 'document' && type !== 'error');
  const perDocColumns = ['docId', 'status', ...dataTypes];
  const widths = perDocColumns.map((column) => Math.max(12, column.length + 2));
  widths[0] = Math.min(60, Math.max(24, ...[...state.spools.values()].map((spool) => spool.widths[0] ?? 0)));
  const sheet = workbook.addWorksheet('summary');
  sheet.columns = widths.map((width, index) => ({ key: `c${index}`, width }));
  writeTypeCounts(sheet, types, state.recordCounts);
  sheet.addRow([]).commit();
  const headerRow = types.length + 3;
  const docHeader = sheet.addRow(perDocColumns);
  docHeader.font = { bold: true };
  docHeader.commit();
  let rows = 0;
  for await (const summary of readDocumentSummaries(state.summaryPath)) {
    if (headerRow + rows >= state.maxRows) break; // the per-type sheets hold everything; the summary stops at Excel's limit
    checkOutput();
    sheet
      .addRow([toCellText(summary.docId), summary.status, ...dataTypes.map((type) => summary.counts[type] ?? 0)])
      .commit();
    rows++;
  }
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + rows, column: perDocColumns.length },
  };
  sheet.commit();
}

/** The summary's first table: a row per type with its sheet, records and documents. */
function writeTypeCounts(sheet: ExcelJS.Worksheet, types: string[], recordCounts: XlsxSpools['recordCounts']): void {
  const typeHeader = sheet.addRow(['type', 'sheet', 'records', 'documents']);
  typeHeader.font = { bold: true };
  typeHeader.commit();
  for (const type of types) {
    const counts = recordCounts.get(type);
    const row = sheet.addRow([type, getSheetName(type), counts?.records ?? 0, counts?.documents ?? 0]);
    row.getCell(3).numFmt = FORMATS.count;
    row.getCell(4).numFmt = FORMATS.count;
    row.commit();
  }
}

/** The spooled summary lines, one per document. */
async function* readDocumentSummaries(path: string): AsyncGenerator<DocumentSummary> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line) yield JSON.parse(line) as DocumentSummary;
}

/** Removes the spools and the temporary workbook: the target is left as it was. */
async function discardSpools(state: XlsxSpools): Promise<void> {
  state.summaryStream.destroy();
  for (const spool of state.spools.values()) spool.stream.destroy();
  state.output?.destroy();
  await rm(state.dir, { recursive: true, force: true });
  await rm(state.tempPath, { force: true });
}

/** The place of a type's sheet: documents first, then the built-in types, plugins' types, errors; items after their records. */
function rankType(state: XlsxSpools, type: string): number {
  const parent = type.split(ITEM_SHEET_SEPARATOR)[0] ?? type;
  if (parent !== type) return rankType(state, parent) + 0.5; // the items' sheet right after its records'
  if (type === 'document') return -1;
  if (type === 'error') return Number.MAX_SAFE_INTEGER;
  const index = BUILT_IN_TYPES.indexOf(type);
  return index >= 0 ? index : BUILT_IN_TYPES.length + [...state.spools.keys()].indexOf(type);
}
