import { z } from 'zod';

/**
 * The flows of members a record names (see the record contract): admission, confirmation as a full member, transfer
 * out, in or without a direction written, exit, removal, expulsion, a first card and a replacement card.
 */
export const MEMBERSHIP_ACTIONS = [
  'kết nạp',
  'chuyển chính thức',
  'chuyển sinh hoạt đi',
  'chuyển sinh hoạt đến',
  'chuyển sinh hoạt',
  'ra khỏi Đảng',
  'xóa tên',
  'khai trừ',
  'cấp thẻ',
  'đổi thẻ',
] as const;

export type MembershipAction = (typeof MEMBERSHIP_ACTIONS)[number];

/** The fields of a `membership` record: a flow of party members. */
export const membershipSchema = z.object({
  organization: z.string().nullable(),
  action: z.enum(MEMBERSHIP_ACTIONS),
  count: z.number().nonnegative(),
  /** The planned number: 150 in "209/150 đảng viên". */
  target: z.number().nonnegative().nullable(),
  /** 139.33 in "đạt 139,33% so nghị quyết". */
  percentOfTarget: z.number().nonnegative().nullable(),
  period: z.string().nullable(),
});

export type MembershipFields = z.infer<typeof membershipSchema>;
