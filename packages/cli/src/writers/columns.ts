import { recordFields, type VnprRecord } from '@vnpr/extractors';

/** A flat cell value as written to CSV and Excel. */
export type CellValue = string | number | boolean | null;

/** Fields whose numbers are percentages in percent units (139.33 means 139.33 %). */
export const PERCENT_FIELDS = new Set(['percent', 'percentOfTarget']);

/** Columns holding free text from the document (never turned into dates). */
export const TEXT_COLUMNS = new Set(['docId', 'quote', 'sentence', 'title', 'text', 'message', 'name']);

/** The record types in their canonical order (sheet order). */
export const BUILT_IN_TYPES = Object.keys(recordFields);

/**
 * The columns of a record type: `docId`, the type's own fields (`recordFields`), then `quote`,
 * `sentence`, `spanStart`, `spanEnd`. Unknown (plugin) types use the fields of their first record.
 */
export function getColumns(type: string, sample?: VnprRecord): string[] {
  const common = new Set(['type', 'docId', 'span', 'quote', 'sentence']);
  const fields = recordFields[type] ?? Object.keys(sample ?? {}).filter((key) => !common.has(key));
  return ['docId', ...fields, 'quote', 'sentence', 'spanStart', 'spanEnd'];
}

function formatNumber(value: unknown): string {
  return typeof value === 'number' ? String(value) : value === null || value === undefined ? '' : String(value);
}

/**
 * Renders one `target` value object for a cell.
 * @example formatTargetValue({ comparator: 'range', min: 140, max: 150, unit: 'đảng viên' }) // 'range 140..150 đảng viên'
 */
export function formatTargetValue(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  const item = value as Record<string, unknown>;
  const comparator = typeof item.comparator === 'string' ? item.comparator : '';
  const amount =
    comparator === 'range' ? `${formatNumber(item.min)}..${formatNumber(item.max)}` : formatNumber(item.value);
  const unit = typeof item.unit === 'string' && item.unit ? item.unit : '';
  return [comparator, amount, unit].filter(Boolean).join(' ');
}

/**
 * Flattens a field value into a cell: arrays joined with "; ", objects as JSON, text as it is (each format guards
 * it in its own way: CSV against formulas, see `protectFormula`; an Excel cell holds text, never a formula).
 */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const parts = value.map((item) =>
      typeof item === 'object' && item !== null ? formatTargetValue(item) : String(item),
    );
    return parts.join('; ');
  }
  return JSON.stringify(value);
}

/** The cells of a record in the order of `columns` (see `getColumns`). */
export function toRow(record: VnprRecord, columns: readonly string[]): CellValue[] {
  return columns.map((column) => {
    if (column === 'spanStart') return Array.isArray(record.span) ? (record.span[0] ?? null) : null;
    if (column === 'spanEnd') return Array.isArray(record.span) ? (record.span[1] ?? null) : null;
    return toCellValue(record[column]);
  });
}
