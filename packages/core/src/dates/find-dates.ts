/**
 * Every date mention in a running text, with offsets.
 */
import type { DateOptions, ParsedDate } from './parse-date.js';
import { resolveReference } from './reference.js';
import { scanDates } from './scan.js';

export interface DateToken extends ParsedDate {
  start: number;
  end: number;
  raw: string;
}

/**
 * Finds every date or datetime mention in a text, in order and without overlaps. The token
 * covers the whole phrase: part of day, "ngày"/"hôm", weekday, a time before or after and a
 * "(GMT+7)" ("Chiều ngày 02/01", "ngày 18/10/2023", "09:01, 17/01/2020", "15:34, Thứ Sáu,
 * 02/08/2019 (GMT+7)"), plus "tháng 12/2019" / "tháng 12 năm 2019" (value "2019-12").
 *
 * Full dates (d/m/yyyy, d-m-yyyy, d.m.yyyy) count anywhere. Yearless short forms ("14-1",
 * "02/01", "2.7", "ngày 14 tháng 1") count only after "ngày", "hôm", a part of day
 * ("sáng/trưa/chiều/tối", optionally "ngày") or a weekday, and only with a reference to take the
 * year from: "09/10 chỉ tiêu", "81/81 chi bộ", "209/150 đảng viên" are ratios, not dates. "năm 2019"
 * alone is not returned. A run of days with the month written once ("ngày 20 và 21-12", "ngày 20-21/12")
 * is one mention whose value is its first day, after the same words. Digits inside longer runs or codes ("3286-QĐ/TU", "5.990/6.046") never match.
 * Offsets are into `text` as given (normalize it to NFC first).
 *
 * @example
 * findDates('Chiều ngày 02/01, Ban Thường vụ ... Quy định số 3286-QĐ/TU, ngày 18/10/2023', { reference: '2024-01-05' });
 * // [{ raw: 'Chiều ngày 02/01', value: '2024-01-02', inferred: true, partOfDay: 'chiều', ... },
 * //  { raw: 'ngày 18/10/2023', value: '2023-10-18', inferred: false, partOfDay: null, ... }]
 */
export function findDates(text: string, options: DateOptions = {}): DateToken[] {
  return scanDates(text, 'find', resolveReference(options.reference));
}
