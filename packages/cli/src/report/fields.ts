// A record's own fields as label/value pairs, for tooltips, the side list and the tables.

import { recordFields, type VnprRecord } from '@vnpr/extractors';
import { formatTargetValue } from '../writers/columns.js';

const COMMON = new Set(['type', 'docId', 'span', 'quote', 'sentence']);

/** The fields shown for a type, in the contract's column order (a plugin type: its record's keys). */
export function fieldNames(type: string, sample?: VnprRecord): string[] {
  return recordFields[type] ?? Object.keys(sample ?? {}).filter((key) => !COMMON.has(key));
}

/** A field value as display text; null, undefined and [] give ''. */
export function formatField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value))
    return value
      .map((item) => (typeof item === 'object' && item !== null ? formatTargetValue(item) : String(item)))
      .join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The fields of a record that have a value, as [name, text] pairs. */
export function describeRecord(record: VnprRecord): [string, string][] {
  const pairs: [string, string][] = [];
  for (const name of fieldNames(record.type, record)) {
    const text = formatField(record[name]);
    if (text !== '') pairs.push([name, text]);
  }
  return pairs;
}

/** The tooltip of a highlight: the type, then one "name: value" line per field. */
export function recordTooltip(record: VnprRecord): string {
  return [record.type, ...describeRecord(record).map(([name, text]) => `${name}: ${text}`)].join('\n');
}
