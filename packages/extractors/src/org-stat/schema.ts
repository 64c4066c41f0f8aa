import { z } from 'zod';

/** The fields of an `orgStat` record: the size of the organization at a point. */
export const orgStatSchema = z.object({
  organization: z.string().nullable(),
  /** Canonical: "đảng viên", "tổ chức cơ sở đảng", "chi bộ", "đảng bộ bộ phận", "tổ chức đảng dưới cơ sở". */
  entity: z.string().min(1),
  count: z.number().nonnegative(),
  /** A date or period ("2019", "2023-12-31"), null if unknown. */
  asOf: z.string().nullable(),
});

export type OrgStatFields = z.infer<typeof orgStatSchema>;
