import { z } from 'zod';

/** The four quality levels of the annual review. */
export const RATING_LEVELS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;

/** The fields of a `rating` record: how many organizations or members reached a quality level. */
export const ratingSchema = z.object({
  organization: z.string().nullable(),
  /** Canonical and expanded: "tổ chức cơ sở đảng", "đảng viên", "tập thể lãnh đạo", "chi bộ". */
  subject: z.string().min(1),
  level: z.enum(RATING_LEVELS),
  count: z.number().nonnegative().nullable(),
  total: z.number().nonnegative().nullable(),
  percent: z.number().nonnegative().nullable(),
  /** True for "… trở lên" (this level or better). */
  orAbove: z.boolean(),
  period: z.string().nullable(),
});

export type RatingFields = z.infer<typeof ratingSchema>;
