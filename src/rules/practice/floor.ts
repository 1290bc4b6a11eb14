/**
 * The floor: who speaks, for how long, and what a speaker may do with the time left.
 *
 * Time limits are practice, not rule: the Council's rules set none (its Note S/2017/507
 * para. 22 asks for statements of five minutes or less [P]); GA rule 72 lets the Assembly
 * limit speaking time [K]. Yields (to the chair, to another delegation, to questions) are
 * Model UN practice with no counterpart in the UN rules of procedure, so they are allowed
 * only under the 'mun' practice set.
 */
import { err, ok, type Result, type RuleError } from '../result.js';

/** The closed list of this module's refusals (carried unchanged to clients: src/rules/errors.ts). */
export const FLOOR_ERRORS = ['invalid-time-limit', 'practice-not-enabled', 'not-a-member'] as const;
export type FloorError = RuleError<(typeof FLOOR_ERRORS)[number]>;

/** A session's practice option set: 'un' is faithful to the UN rules; 'mun' adds Model UN practice. */
export type Practice = 'un' | 'mun';
export type YieldTo = 'chair' | 'speaker' | 'questions';

export interface FloorClock {
  limitSeconds: number;
  /** ISO time the speaker was given the floor, by the server's clock. */
  startedAt: string;
}

/** Longest single grant or extension of the floor (a guard against typos, not a rule). */
export const MAX_FLOOR_SECONDS = 3600;

/** A time limit the chair may set: whole seconds, 1 s to an hour (GA rule 72; S/2017/507 para. 22 [P]). */
export function checkSpeakingTime(seconds: number): Result<number, FloorError> {
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_FLOOR_SECONDS) {
    return err({ code: 'invalid-time-limit', message: `a speaking time is 1 to ${MAX_FLOOR_SECONDS} whole seconds`, rule: 'GA rule 72' });
  }
  return ok(seconds);
}

/** Seconds left to the speaker at `nowMs` (negative once over time): the one formula every screen uses. */
export function floorRemaining(floor: FloorClock, nowMs: number): number {
  return floor.limitSeconds - (nowMs - Date.parse(floor.startedAt)) / 1000;
}

/** May the speaker yield this way under the session's practice? (MUN practice only [P].) */
export function yieldAllowed(practice: Practice, to: YieldTo): Result<true, FloorError> {
  if (practice === 'mun') return ok(true);
  if (to === 'chair') return ok(true); // ending one's statement early is always possible
  return err({
    code: 'practice-not-enabled',
    message: `yielding to ${to === 'speaker' ? 'another delegation' : 'questions'} is Model UN practice, not in the UN rules of procedure`,
    rule: 'practice: MUN yields',
  });
}

/**
 * Who may raise a point of order: in the Council only its members (Rule 30; spec R25 —
 * invitees may not, as accepted in 1965 [P]); in the Assembly any member (GA rule 71 [K]).
 */
export function mayRaisePointOfOrder(councilBody: boolean, isMember: boolean): Result<true, FloorError> {
  if (!councilBody || isMember) return ok(true);
  return err({ code: 'not-a-member', message: 'only Council members may raise points of order', rule: 'Rule 30; spec R25' });
}
