/**
 * The words every wire shape is built from, each declared once: ballot values and meeting
 * formats come from the rules that judge them; bodies, actors and codes are the sessions'.
 */
import { z } from 'zod';
import { ATTENDANCE, BALLOTS, MEETING_FORMATS, MOTIONS, SESSION_BODIES } from './words.js';

export * from './words.js';

export const StateCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'a three-letter state code such as "USA"');
export const BallotSchema = z.enum(BALLOTS);
export const AttendanceSchema = z.enum(ATTENDANCE);
export const MotionSchema = z.enum(MOTIONS);
export const BodySchema = z.enum(SESSION_BODIES);
/** public/private: formal SC meetings; consultations and arria are informal (R40-R43). */
export const FormatSchema = z.enum(MEETING_FORMATS);

/** Who acts: the chair, a delegation for itself, or the system (server, fixtures) for the chair. */
export const ActorSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('chair') }),
  z.object({ role: z.literal('delegation'), code: StateCodeSchema }),
  z.object({ role: z.literal('system') }),
]);
export type Actor = z.infer<typeof ActorSchema>;
