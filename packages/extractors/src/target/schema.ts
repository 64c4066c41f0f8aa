import { z } from 'zod';

/** One measure of a target: "trên 90%" is `gt 90 %`, "từ 140 - 150 đảng viên" is `range 140..150`. */
export const targetValueSchema = z.object({
  comparator: z.enum(['gt', 'gte', 'lt', 'lte', 'eq', 'range']),
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  unit: z.string().nullable(),
});

/** The fields of a `target` record: a planned indicator ("chỉ tiêu"). */
export const targetSchema = z.object({
  organization: z.string().nullable(),
  /** The number in "(3)" or "3." lists; null for summary counts ("đề ra 10 chỉ tiêu"). */
  index: z.number().int().positive().nullable(),
  text: z.string(),
  period: z.string().nullable(),
  values: z.array(targetValueSchema),
});

export type TargetFields = z.infer<typeof targetSchema>;
export type TargetValue = z.infer<typeof targetValueSchema>;
