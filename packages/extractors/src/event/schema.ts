import { isCalendarDate } from '@vnpr/core';
import { z } from 'zod';

/** The `event` record's own fields (see the record contract). */
export const eventSchema = z.object({
  /** ISO date of the meeting ("2020-01-14"). */
  date: z.string().refine(isCalendarDate, 'not a calendar day (YYYY-MM-DD or YYYY-MM-DDTHH:mm)'),
  partOfDay: z.enum(['sáng', 'trưa', 'chiều', 'tối']).nullable(),
  /** "hội nghị", "đại hội", "hội thi", "lễ", "buổi làm việc"; a review with no meeting word is a "hội nghị". */
  kind: z.string().min(1),
  /** "tổng kết", "sơ kết", "triển khai", "quán triệt", ... in the order the text gives them. */
  activities: z.array(z.string().min(1)),
  /** What the meeting reviews: "2019", "2019-H1", "2015-2020"; null when not said. */
  period: z.string().min(1).nullable(),
  /** The unit that holds it ("Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh"), null when not named. */
  organizer: z.string().min(1).nullable(),
  /** True when the year was not written and was inferred. */
  inferred: z.boolean(),
});

export type EventFields = z.infer<typeof eventSchema>;
