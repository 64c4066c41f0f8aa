// Reading the three output formats back into comparable rows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExcelJS, parseJsonl } from '../cli/helpers.js';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/**
 * Splits CSV text the way a spreadsheet opening a `.csv` does when its list separator is `separator` (a `;` in
 * many European locales, a tab in an import dialog): a quote opens a quoted field only at the very start of a
 * field; after the closing quote the rest up to the separator is kept as it is; a line break outside quotes ends
 * the row. With `,` it reads what `parseCsv` reads; with `;` or a tab it shows where a cell could start.
 */
export function splitLikeSpreadsheet(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let atStart = true;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (ch === separator) {
      row.push(field);
      field = '';
      atStart = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atStart = true;
    } else {
      field += ch;
      atStart = false;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** A record reduced to what every format shows the same way: type, docId, quote cell, span, code. */
export type Key = string;

export function keyOf(type: string, docId: unknown, quote: unknown, start: unknown, end: unknown): Key {
  return JSON.stringify([type, String(docId), String(quote ?? ''), Number(start ?? 0), Number(end ?? 0)]);
}

/** Keys of a JSONL output, with quotes as a format shows them (`protect`: CSV's formula guard, or none for Excel). */
export function jsonlKeys(path: string, protect: (text: string) => string): Key[] {
  return parseJsonl(readFileSync(path, 'utf8')).map((r) => {
    const span = r.span as [number, number];
    return keyOf(String(r.type), r.docId, r.quote ? protect(String(r.quote)) : '', span[0], span[1]);
  });
}

/** Keys of a CSV folder output. */
export function csvKeys(dir: string): Key[] {
  const keys: Key[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.csv'))) {
    const [header, ...rows] = parseCsv(readFileSync(join(dir, file), 'utf8'));
    const col = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      keys.push(
        keyOf(
          file.replace(/\.csv$/, ''),
          row[col('docId')],
          row[col('quote')],
          row[col('spanStart')],
          row[col('spanEnd')],
        ),
      );
    }
  }
  return keys;
}

const SHEET_TYPES: Record<string, string> = { documents: 'document', errors: 'error' };

/** Keys of an Excel output (every sheet but the summary), read back with exceljs. */
export async function xlsxKeys(path: string): Promise<Key[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const keys: Key[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.name === 'summary' || sheet.name === 'panel') continue; // counts and the panel's figures, not records
    const header = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ''));
    if (!header.includes('quote')) continue; // an items' sheet ("target values"): rows of a record's list, not records
    const col = (name: string) => header.indexOf(name);
    const type = SHEET_TYPES[sheet.name] ?? sheet.name.replace(/ \(\d+\)$/, '');
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const cell = (name: string) => row.getCell(col(name)).value;
      keys.push(keyOf(type, cell('docId'), cell('quote'), cell('spanStart'), cell('spanEnd')));
    });
  }
  return keys;
}

/** Every row of every sheet of a workbook (for comparing two workbooks). */
export async function xlsxRows(path: string): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets: Record<string, unknown[][]> = {};
  for (const sheet of workbook.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push(JSON.parse(JSON.stringify(row.values)) as unknown[]));
    sheets[sheet.name] = rows;
  }
  return sheets;
}
