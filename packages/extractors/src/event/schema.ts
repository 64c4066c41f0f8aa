import { PARTS_OF_DAY } from '@vnpr/core';
import { z } from 'zod';
import { isoDate } from '../shared/schema.js';

/** The `event` record's own fields (see the record contract). */
export const eventSchema = z.object({
  /** ISO date of the meeting ("2020-01-14", "2023-02-20T08:00"); a day that does not exist is refused. */
  date: isoDate,
  /** "sáng" | "trưa" | "chiều" | "tối" (core's parts of the day), null when not said. */
  partOfDay: z.enum(PARTS_OF_DAY).nullable(),
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
