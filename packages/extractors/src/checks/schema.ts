import { z } from 'zod';

/** The stable ids of the consistency checks (listed in docs/records.md). */
export const CHECK_RULES = [
  'percent-of-target',
  'percent-of-total',
  'shares-over-100',
  'parts-exceed-total',
  'event-after-publication',
  'impossible-value',
] as const;

/** The fields of a `check` record: a figure of the text that does not add up. */
export const checkSchema = z.object({
  rule: z.enum(CHECK_RULES),
  severity: z.enum(['warning', 'error']),
  /** The type of the record concerned (whose span and quote the check carries). */
  recordType: z.string().min(1),
  /** What was computed against what was written: "209/150 = 139.33%, the text says 129.33%". */
  message: z.string().min(1),
});

export type CheckFields = z.infer<typeof checkSchema>;
export type CheckRule = (typeof CHECK_RULES)[number];
