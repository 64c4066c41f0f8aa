/**
 * Calendar checks and year inference, on local calendar days (no time zones involved).
 */
// Imported one function a module: the 'date-fns' index loads some 250 modules (~200 ms at every worker's start).
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isExists } from 'date-fns/isExists';
import type { ReferenceSpan } from './types.js';

/** Years accepted as written: from the 19th century ("19/5/1890") to the 22nd. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2199;

/** A resolved calendar day. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
  inferred: boolean;
}

/**
 * True when day/month/year is a real calendar day in the accepted year range.
 *
 * @example
 * isRealDay(29, 2, 2020); // true
 * isRealDay(31, 2, 2020); // false
 */
export function isRealDay(day: number, month: number, year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR && isExists(year, month - 1, day);
}

/** Calendar days from `date` to the nearest day of `span` (0 inside it). */
function distanceToSpan(date: Date, span: ReferenceSpan): number {
  if (date < span.first) return differenceInCalendarDays(span.first, date);
  if (date > span.last) return differenceInCalendarDays(date, span.last);
  return 0;
}

/**
 * Completes a day and month with a year. A written year is only validated. A missing year is
 * the one that puts the date nearest to the reference span (the year before, during or after it);
 * on a tie the earlier date wins, since reports mostly look back. Null when the day does not exist
 * or when the year is missing and there is no reference.
 *
 * @example
 * const span = { first: new Date(2020, 0, 17), last: new Date(2020, 0, 17) };
 * resolveDay(28, 12, undefined, span); // { year: 2019, month: 12, day: 28, inferred: true }
 */
export function resolveDay(
  day: number,
  month: number,
  year: number | undefined,
  reference: ReferenceSpan | null,
): CalendarDay | null {
  if (year !== undefined) return isRealDay(day, month, year) ? { year, month, day, inferred: false } : null;
  if (reference === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // At most 366 day/month pairs per reference: remember them (date-fns day arithmetic is not cheap).
  let known = inferredDays.get(reference);
  if (known === undefined) {
    known = new Map();
    inferredDays.set(reference, known);
  }
  const key = month * 100 + day;
  if (!known.has(key)) known.set(key, inferYear(day, month, reference));
  return known.get(key) ?? null;
}

/** Inferred days already computed, per reference span. */
const inferredDays = new WeakMap<ReferenceSpan, Map<number, CalendarDay | null>>();

function inferYear(day: number, month: number, reference: ReferenceSpan): CalendarDay | null {
  let best: CalendarDay | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let y = reference.first.getFullYear() - 1; y <= reference.last.getFullYear() + 1; y++) {
    if (!isRealDay(day, month, y)) continue;
    const distance = distanceToSpan(new Date(y, month - 1, day), reference);
    if (distance < bestDistance) {
      best = { year: y, month, day, inferred: true };
      bestDistance = distance;
    }
  }
  return best;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * ISO text for a day with an optional time.
 *
 * @example
 * formatDay({ year: 2020, month: 1, day: 17, inferred: false }, { hour: 9, minute: 1 }); // "2020-01-17T09:01"
 */
export function formatDay(day: CalendarDay, time: ClockTime | null): string {
  const date = `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
  if (time === null) return date;
  const clock = `${pad(time.hour)}:${pad(time.minute)}`;
  return time.second === undefined ? `${date}T${clock}` : `${date}T${clock}:${pad(time.second)}`;
}

/** A wall-clock time as written ("15:34", "8h30"). */
export interface ClockTime {
  hour: number;
  minute: number;
  second?: number;
}

/**
 * A wall-clock time if it is one (hour 0–23, minute and second 0–59).
 *
 * @example
 * clockTime(8, 30); // { hour: 8, minute: 30 }
 * clockTime(25, 0); // null
 */
export function clockTime(hour: number, minute: number, second?: number): ClockTime | null {
  if (hour > 23 || minute > 59 || (second !== undefined && second > 59)) return null;
  return second === undefined ? { hour, minute } : { hour, minute, second };
}
