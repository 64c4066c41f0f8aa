/**
 * One isolated date phrase ("16/1/2020", "Chiều ngày 02/01", "09:01, 17/01/2020") to ISO text.
 */
import { formatDay, isRealDay, resolveDay } from './calendar.js';
import type { DateToken } from './find-dates.js';
import { resolveReference } from './reference.js';
import { parseWhole, scanDateAt } from './scan.js';
import type { DateOptions, ParsedDate } from './types.js';

export { type DateOptions, PARTS_OF_DAY, type ParsedDate, type PartOfDay } from './types.js';

/**
 * Parses a whole phrase as exactly one date, or returns null.
 *
 * Accepted: "16/1/2020", "15-5-2009", "02.08.2019"; yearless "14-1", "02/01", "2.7" (day first);
 * "ngày 3 tháng 2 năm 2020"; "tháng 12/2019" and "tháng 12 năm 2019" → "2019-12"; "năm 2019" → "2019";
 * a time before or after the day ("09:01, 17/01/2020", "21-07-2020 08:46", "8h30 ngày 5/3/2021");
 * datelines ("Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)"); a part of day in front
 * ("Chiều ngày 02/01" → partOfDay "chiều").
 *
 * A missing year is the one that puts the day nearest to `reference` (a day, or a month "2023-12",
 * or a year "2023"; ties go to the earlier date) and `inferred` is true; without a usable
 * reference a yearless day is null. Null too for impossible days ("31/2/2020"), two-digit years
 * ("16/1/20"), a time alone ("8h30"), a bare number ("2019") and ratios ("209/150").
 *
 * @example
 * parseDate('16/1/2020'); // { value: '2020-01-16', inferred: false, partOfDay: null }
 * parseDate('Chiều ngày 02/01', { reference: '2024-01-05' });
 * // { value: '2024-01-02', inferred: true, partOfDay: 'chiều' }
 */
export function parseDate(s: string, options: DateOptions = {}): ParsedDate | null {
  const found = parseWhole(s, resolveReference(options.reference));
  return found === null ? null : { value: found.value, inferred: found.inferred, partOfDay: found.partOfDay };
}

/**
 * Reads the date phrase that starts at `at` in a running text, as parseDate reads a phrase: for a caller that knows
 * by its own cues where a date opens ("Hôm nay (2-2), …", "Vừa qua (ngày 27/12), …"), where findDates wants a
 * "ngày", "hôm" or a part of the day right before a yearless day. A time after the day is read with it ("2-2 lúc 8h").
 * Null when no date starts exactly at `at`, for a day that does not exist ("31-4") and for a yearless day without a
 * reference. Offsets are into `text`.
 *
 * @example
 * readDateAt('Hôm nay (2-2), Chi bộ ấp 3 tổ chức Lễ kết nạp', 9, { reference: '2023-02-02' });
 * // { value: '2023-02-02', inferred: true, partOfDay: null, start: 9, end: 12, raw: '2-2' }
 */
export function readDateAt(text: string, at: number, options: DateOptions = {}): DateToken | null {
  return scanDateAt(text, at, resolveReference(options.reference));
}

/** A day read from its parts, as ISO text. */
export interface CompletedDay {
  value: string;
  inferred: boolean;
}

/**
 * Completes a day and month read by a caller's own pattern with the year written, or else the one nearest the
 * reference (the same rule as parseDate). Null for a day that does not exist ("31-2") and for a yearless day
 * without a reference.
 *
 * @example
 * completeDay(28, 12, undefined, { reference: '2020-01-17' }); // { value: '2019-12-28', inferred: true }
 * completeDay(31, 2, undefined, { reference: '2020-03-10' }); // null
 */
export function completeDay(
  day: number,
  month: number,
  year: number | undefined,
  options: DateOptions = {},
): CompletedDay | null {
  const found = resolveDay(day, month, year, resolveReference(options.reference));
  return found === null ? null : { value: formatDay(found, null), inferred: found.inferred };
}

/**
 * True when an ISO date or datetime ("2020-02-29", "2020-02-29T08:30") names a real calendar day.
 *
 * @example
 * isCalendarDate('2020-02-31'); // false
 */
export function isCalendarDate(iso: string): boolean {
  const m = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2}))?$/u.exec(iso)?.groups;
  if (!m) return false;
  if (m.hour !== undefined && (Number(m.hour) > 23 || Number(m.minute) > 59)) return false;
  return isRealDay(Number(m.day), Number(m.month), Number(m.year));
}
