import { z } from 'zod';

/** The `official` record's own fields (see the record contract). */
export const officialSchema = z.object({
  /** The person's name as written, NFC, natural case ("Nguyễn Văn Tám"; "NGUYỄN VĂN TÁM" becomes that). */
  name: z.string().min(3),
  /** The titles the text gives the person, as written, from every mention ("Tỉnh ủy viên", "Bí thư Đảng ủy Khối"). */
  titles: z.array(z.string().min(1)),
});

export type OfficialFields = z.infer<typeof officialSchema>;
