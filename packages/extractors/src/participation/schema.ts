import { z } from 'zod';

/** The fields of a `participation` record: study sessions and who attended. */
export const participationSchema = z.object({
  organization: z.string().nullable(),
  /** How many sessions ("56 cuộc", "01 lớp"), null if not given. */
  sessions: z.number().nonnegative().nullable(),
  attended: z.number().nonnegative(),
  total: z.number().nonnegative().nullable(),
  percent: z.number().nonnegative().nullable(),
  /** What was studied, when the text names it in quotes. */
  topic: z.string().nullable(),
});

export type ParticipationFields = z.infer<typeof participationSchema>;
