// STUB: replaced by the dates work.
import { type DateOptions, type ParsedDate, parseDate } from './parse-date.js';

export interface DateToken extends ParsedDate {
  start: number;
  end: number;
  raw: string;
}

/** Finds every date or datetime mention in a text ("Chiều ngày 02/01", "15/5/2016", "09:01, 17/01/2020"). */
export function findDates(text: string, options: DateOptions = {}): DateToken[] {
  const out: DateToken[] = [];
  for (const m of text.matchAll(/\d{1,2}\/\d{1,2}\/\d{4}/g)) {
    const d = parseDate(m[0], options);
    if (d) out.push({ ...d, start: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  return out;
}
