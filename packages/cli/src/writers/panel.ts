// The panel's outputs: a `panel` sheet (in `vnpr panel`'s workbook and in every workbook `vnpr extract` writes), one
// CSV file, or JSONL. Rows come from PanelBuilder; lists are flattened for the sheets ("1520 (a.txt); 1502 (b.txt)").
import { rename, rm } from 'node:fs/promises';
import { PANEL_COLUMNS, type PanelRow } from '@vnpr/extractors';
import type ExcelJS from 'exceljs';
import { type CellValue, toCellValue } from './columns.js';
import { formatCsvLine } from './csv.js';
import { createFileStream, endStream, getTempPath, writeChunk } from './sink.js';

/** The cells of a panel row, in `PANEL_COLUMNS` order, lists flattened. */
export function toPanelCells(row: PanelRow): CellValue[] {
  return PANEL_COLUMNS.map((column) => {
    if (column === 'docIds') return toCellValue(row.docIds.join('; '));
    if (column === 'values')
      return toCellValue(row.values.map((v) => `${v.value} (${v.docIds.join(', ')})`).join('; '));
    const value = row[column];
    return typeof value === 'string' ? toCellValue(value) : value;
  });
}

const WIDTHS: Partial<Record<(typeof PANEL_COLUMNS)[number], number>> = {
  unitId: 24,
  unit: 44,
  indicator: 36,
  quote: 60,
  docIds: 30,
  values: 40,
};

/** Adds the `panel` sheet to a streaming workbook. */
export function addPanelSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, rows: readonly PanelRow[]): void {
  const sheet = workbook.addWorksheet('panel', { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = PANEL_COLUMNS.map((column, index) => ({
    key: `c${index}`,
    width: WIDTHS[column] ?? Math.max(12, column.length + 2),
  }));
  const header = sheet.addRow([...PANEL_COLUMNS]);
  header.font = { bold: true };
  header.commit();
  const valueColumn = PANEL_COLUMNS.indexOf('value') + 1;
  for (const row of rows) {
    const added = sheet.addRow(toPanelCells(row));
    if (typeof row.value === 'number')
      added.getCell(valueColumn).numFmt = Number.isInteger(row.value) ? '#,##0' : '0.00';
    added.commit();
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: PANEL_COLUMNS.length } };
  sheet.commit();
}

/** A row as one JSON line, its keys in column order. */
function toPanelJson(row: PanelRow): string {
  return `${JSON.stringify(Object.fromEntries(PANEL_COLUMNS.map((column) => [column, row[column]])))}\n`;
}

/** Writes the panel to `target` (.xlsx, .csv or .jsonl; `-` is JSONL on stdout), through a temporary file. */
export async function writePanel(target: string, format: 'xlsx' | 'csv' | 'jsonl', rows: readonly PanelRow[]) {
  if (target === '-') {
    for (const row of rows) await writeChunk(process.stdout, toPanelJson(row));
    return;
  }
  const temp = getTempPath(target);
  try {
    if (format === 'xlsx') {
      const { default: Excel } = await import('exceljs');
      // A stream of our own, as in the extract workbook: its error (a full disk) ends the wait.
      const stream = createFileStream(temp);
      const failed = new Promise<never>((_resolve, reject) => stream.once('error', reject));
      failed.catch(() => {});
      const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
      workbook.creator = 'vnpr';
      addPanelSheet(workbook, rows);
      await Promise.race([workbook.commit(), failed]);
    } else {
      const stream = createFileStream(temp);
      if (format === 'csv') {
        await writeChunk(stream, `\ufeff${formatCsvLine([...PANEL_COLUMNS])}`);
        for (const row of rows) await writeChunk(stream, formatCsvLine(toPanelCells(row)));
      } else for (const row of rows) await writeChunk(stream, toPanelJson(row));
      await endStream(stream);
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
