/**
 * Zod pieces that several record schemas share, so that a field means one thing in every record type.
 */
import { isCalendarDate } from '@vnpr/core';
import { z } from 'zod';

/**
 * An ISO day or day with a time, as the record contract writes dates: "2020-02-29", "2020-02-29T08:30". A day
 * that does not exist ("2020-02-31", "2021-02-29") or an impossible time ("T25:00") is refused, by core's calendar
 * (`isCalendarDate`). A month or a year ("2019-12", "2019") is a period, not a date.
 *
 * @example
 * isoDate.safeParse('2020-02-31').success; // false
 * const schema = z.object({ date: isoDate, asOf: isoDate.nullable() });
 */
export const isoDate = z.string().refine(isCalendarDate, 'not a calendar day (YYYY-MM-DD or YYYY-MM-DDTHH:mm)');
