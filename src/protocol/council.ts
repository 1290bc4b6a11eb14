/** GET /api/council?date=: who sat on the Council on a date, and who presided that month. */
import { z } from 'zod';

export const SeatSchema = z.object({ code: z.string(), name: z.string(), permanent: z.boolean() });
export type Seat = z.infer<typeof SeatSchema>;

export const CouncilOnDateSchema = z.object({
  members: z.array(SeatSchema),
  president: z.object({ code: z.string(), name: z.string() }).nullable(),
});
export type CouncilOnDate = z.infer<typeof CouncilOnDateSchema>;
