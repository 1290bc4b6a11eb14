/**
 * Every code a rule of this engine can refuse with: the union of each module's closed list.
 * Sessions carry these codes unchanged to clients, and the server gives each one HTTP status
 * (src/server/errors.ts), so a new code here fails the build until it has one.
 */
import { GA_VOTE_ERRORS } from './general-assembly/decide-vote.js';
import { AGENDA_ERRORS } from './security-council/agenda.js';
import { AMENDMENT_ERRORS } from './security-council/amendments.js';
import { ARRIA_ERRORS } from './security-council/arria.js';
import { CONVENING_ERRORS } from './security-council/convening.js';
import { INVITATION_ERRORS } from './security-council/invitations.js';
import { BODY_ERRORS } from './bodies/profile.js';
import { ATTENDANCE_ERRORS } from './general-assembly/attendance.js';
import { FLOOR_ERRORS } from './practice/floor.js';
import { DIVISION_ERRORS } from './bodies/division.js';
import { CAUCUS_ERRORS } from './practice/caucus.js';

const ALL = [
  ...AGENDA_ERRORS,
  ...AMENDMENT_ERRORS,
  ...ARRIA_ERRORS,
  ...CONVENING_ERRORS,
  ...INVITATION_ERRORS,
  ...GA_VOTE_ERRORS,
  ...BODY_ERRORS,
  ...ATTENDANCE_ERRORS,
  ...FLOOR_ERRORS,
  ...DIVISION_ERRORS,
  ...CAUCUS_ERRORS,
] as const;

export type RuleErrorCode = (typeof ALL)[number];

/** Each code once (modules share some, e.g. `not-a-council-member`). */
export const RULE_ERROR_CODES: readonly RuleErrorCode[] = [...new Set(ALL)];
