/** GET /api/council?date=: who sat on the Council on a date, and who presided that month. */
import { z } from 'zod';

export const SeatSchema = z.object({ code: z.string(), name: z.string(), permanent: z.boolean() });
export type Seat = z.infer<typeof SeatSchema>;

export const CouncilOnDateSchema = z.object({
  members: z.array(SeatSchema),
  president: z.object({ code: z.string(), name: z.string() }).nullable(),
});
export type CouncilOnDate = z.infer<typeof CouncilOnDateSchema>;

/** GET /api/roster?body=&date=: a body's members on a date (the home form's default roster). */
export const RosterOnDateSchema = z.object({
  body: z.string(),
  date: z.string(),
  members: z.array(SeatSchema),
  /** The non-member observer States of the date (Holy See, State of Palestine): the default observers. */
  observers: z.array(SeatSchema),
  president: z.object({ code: z.string(), name: z.string() }).nullable(),
  unknownSeats: z.number().int(),
  notes: z.array(z.string()),
});
export type RosterOnDate = z.infer<typeof RosterOnDateSchema>;
