/**
 * The reference a missing year is resolved against, as a span of calendar days.
 */
// One function a module (see calendar.ts).
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfYear } from 'date-fns/endOfYear';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { startOfDay } from 'date-fns/startOfDay';
import { parseWhole } from './scan.js';
import type { ReferenceSpan } from './types.js';

/** An ISO year "2023" or year-month "2023-12" (a report period). */
const ISO_PERIOD = /^(?<year>\d{4})(?:-(?<month>\d{2}))?$/u;

/**
 * Turns a reference into the calendar days it covers: a Date or an ISO date/datetime is one day,
 * "2023-12" is that month, "2023" is that year; a Vietnamese phrase ("02/08/2019", "tháng 12/2019")
 * is read like parseDate reads it. Null for null, undefined, or anything unreadable.
 *
 * @example
 * resolveReference('2023'); // { first: 2023-01-01, last: 2023-12-31 } (local midnights)
 */
export function resolveReference(reference: Date | string | null | undefined): ReferenceSpan | null {
  if (reference === null || reference === undefined) return null;
  if (reference instanceof Date) {
    if (!isValid(reference)) return null;
    const day = startOfDay(reference);
    return { first: day, last: day };
  }
  const text = reference.trim();
  const period = ISO_PERIOD.exec(text)?.groups;
  if (period) {
    const year = Number(period.year);
    if (period.month === undefined)
      return { first: new Date(year, 0, 1), last: startOfDay(endOfYear(new Date(year, 0, 1))) };
    const month = Number(period.month);
    if (month < 1 || month > 12) return null;
    const first = new Date(year, month - 1, 1);
    return { first, last: startOfDay(endOfMonth(first)) };
  }
  const iso = parseISO(text);
  if (isValid(iso)) {
    const day = startOfDay(iso);
    return { first: day, last: day };
  }
  const phrase = parseWhole(text, null);
  return phrase === null ? null : resolveReference(phrase.value.slice(0, 10));
}
