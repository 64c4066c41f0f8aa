import { z } from 'zod';

/** The fields of a `quantity` record: a number no other record reports. */
export const quantitySchema = z.object({
  value: z.number(),
  /** The counted noun, "%" or "đồng"; null when the text names none. */
  unit: z.string().nullable(),
  kind: z.enum(['count', 'percent', 'ratio', 'money', 'range', 'ordinal']),
  qualifier: z.string().nullable(),
});

export type QuantityFields = z.infer<typeof quantitySchema>;
