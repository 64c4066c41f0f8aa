import { z } from 'zod';

/** The fields of an `award` record: commendations given. */
export const awardSchema = z.object({
  organization: z.string().nullable(),
  /** "Giấy khen", "Bằng khen", "Cờ thi đua", "Huy hiệu Đảng", "Kỷ niệm chương". */
  form: z.string().nullable(),
  count: z.number().nonnegative(),
  /** Canonical entity: "tổ chức cơ sở đảng", "đảng viên", "tập thể", "cá nhân". */
  recipients: z.string().nullable(),
  /** What was recognized: "trong sạch, vững mạnh tiêu biểu". */
  title: z.string().nullable(),
  period: z.string().nullable(),
});

export type AwardFields = z.infer<typeof awardSchema>;
