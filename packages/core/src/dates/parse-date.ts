// STUB: replaced by the dates work.
export type PartOfDay = 'sáng' | 'trưa' | 'chiều' | 'tối';

export interface ParsedDate {
  /** ISO: "2020-01-16", "2020-01-16T09:01", "2019-12" or "2019". */
  value: string;
  /** True when the year was not written and was inferred from the reference. */
  inferred: boolean;
  partOfDay: PartOfDay | null;
}

export interface DateOptions {
  /** The date a missing year is resolved against (publication date, or the report's period). */
  reference?: Date | string | null;
}

export function parseDate(s: string, _options: DateOptions = {}): ParsedDate | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (!m) return null;
  return { value: `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, inferred: false, partOfDay: null };
}
