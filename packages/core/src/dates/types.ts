/** The parts of the day a date may be given with, in the order of the day (the record contract's closed set). */
export const PARTS_OF_DAY = ['sáng', 'trưa', 'chiều', 'tối'] as const;

/** Part of day written before a date: "Sáng 2-8", "Chiều ngày 02/01", "tối", "trưa" (always lowercase). */
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

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

/** A date mention with offsets, as the scanner produces it. */
export interface DateMention extends ParsedDate {
  start: number;
  end: number;
  raw: string;
}

/** The calendar days a reference covers: one day, a whole month ("2023-12") or a whole year ("2023"). */
export interface ReferenceSpan {
  /** Local midnight of the first day. */
  first: Date;
  /** Local midnight of the last day. */
  last: Date;
}
