import { z } from 'zod';

/** The fields of a `membership` record: a flow of party members. */
export const membershipSchema = z.object({
  organization: z.string().nullable(),
  /** "kết nạp" | "chuyển chính thức" | "chuyển sinh hoạt đi" | "chuyển sinh hoạt đến" | "ra khỏi Đảng" | "xóa tên" | "khai trừ" | "cấp thẻ" */
  action: z.string().min(1),
  count: z.number().nonnegative(),
  /** The planned number: 150 in "209/150 đảng viên". */
  target: z.number().nonnegative().nullable(),
  /** 139.33 in "đạt 139,33% so nghị quyết". */
  percentOfTarget: z.number().nonnegative().nullable(),
  period: z.string().nullable(),
});

export type MembershipFields = z.infer<typeof membershipSchema>;
