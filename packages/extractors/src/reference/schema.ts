import { isCalendarDate } from '@vnpr/core';
import { z } from 'zod';

/** The `reference` record's own fields (see the record contract). */
export const referenceSchema = z.object({
  /** "Nghị quyết", "Chỉ thị", "Kết luận", "Quy định", "Quyết định", "Hướng dẫn", "Kế hoạch", ... */
  kind: z.string().min(1),
  /** Normalized symbol: "05-CT/TW", "3286-QĐ/TU", "123/QĐ-UBND"; null for an unnumbered reference. */
  symbol: z.string().min(1).nullable(),
  /** The number as written ("05"), null when none. */
  number: z.string().min(1).nullable(),
  /** ISO date of issue ("2023-10-18"), null when the text gives none. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine(isCalendarDate, 'not a calendar day')
    .nullable(),
  /** "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy", ...; null when none is named. */
  issuer: z.string().min(1).nullable(),
  /** The Central Committee's term: "XII" in "khóa XII". */
  term: z.string().min(1).nullable(),
  /** For unnumbered references: "Trung ương 4", "Đại hội lần thứ VIII". */
  name: z.string().min(1).nullable(),
});

export type ReferenceFields = z.infer<typeof referenceSchema>;
