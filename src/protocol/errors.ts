/**
 * Why the engine refused a command. Codes are stable: clients and tests match on them.
 * A refused command changes nothing (no event is produced). A rule's refusal keeps the
 * rule's own code and citation (src/rules/errors.ts): the session adds no code of its own.
 */
import { RULE_ERROR_CODES, type RuleErrorCode } from '../rules/errors.js';
import { NUMBERING_ERRORS } from '../records/symbols/numbering.js';

/** The document numbering rule's refusals (src/records/symbols/numbering.ts, spec R46-R48). */
type NumberingErrorCode = (typeof NUMBERING_ERRORS)[number];

/** Refusals of the session itself: who may act, and when. */
export const SESSION_ERROR_CODES = [
  'invalid-command', // failed the command schema
  'session-not-found',
  'session-exists',
  'not-chair', // only the chair (President / convener / presiding officer) may do this
  'not-your-ballot', // a delegation may act only for itself
  'not-a-council-member', // invitees and outsiders cannot vote or object (R18, R38)
  'not-a-participant', // the state is neither a member nor an invitee
  'wrong-phase', // the meeting is not in a state where this is possible
  'no-vote-open',
  'vote-already-open',
  'vote-in-progress', // nothing but ballots while a vote is open (R27, R57)
  'no-voting-in-informal-format', // consultations and Arria meetings take no votes (R42, R43)
  'no-agenda-in-arria', // Arria meetings adopt no agenda and invite nobody formally (R43)
  'not-arria', // webcast consent exists only for Arria meetings (R43)
  'agenda-not-adopted', // business before the agenda is adopted (R13)
  'objection-pending', // an objection forces a vote: cannot adopt without one (R13, R35)
  'unknown-draft',
  'draft-exists',
  'wrong-order', // drafts and amendments must be voted in order (R29-R31, R58)
  'already-decided',
  'unknown-invitation',
  'invitation-exists',
  'duplicate-vote-id',
  'ballots-incomplete', // record-vote needs ballots or a tally
  'members-unknown', // no membership could be found for the session date
  'version-conflict', // other writers kept winning: the command was not applied, try again
  'command-id-reused', // this command id was already used in the session, by another sender or for another command
  'no-debate', // a pending motion to suspend or adjourn is decided without debate (Rule 33)
  'unknown-communication',
  'communication-exists',
  'already-issued', // a communication or draft is issued once; later versions are its Rev./Add./Corr. (R46)
  'unknown-document',
  'document-exists',
  'floor-held', // someone has the floor: end or yield it first
  'no-floor', // nobody has the floor
  'unknown-speaker', // not on the speakers list
  'unknown-point',
  'unknown-poll',
  'poll-closed',
  'poll-open', // one straw poll at a time
  'duplicate-id', // an id already used for a point, poll or note
] as const;

export type SessionErrorCode = (typeof SESSION_ERROR_CODES)[number];
export type CommandErrorCode = SessionErrorCode | RuleErrorCode | NumberingErrorCode;

/** Every code a command can be refused with, each once. */
export const COMMAND_ERROR_CODES: readonly CommandErrorCode[] = [
  ...new Set<CommandErrorCode>([...SESSION_ERROR_CODES, ...RULE_ERROR_CODES, ...NUMBERING_ERRORS]),
];

export interface CommandError {
  code: CommandErrorCode;
  message: string;
  /** What forbids it, e.g. "Rule 9" or "spec R43". */
  rule?: string;
}

export function commandError(code: CommandErrorCode, message: string, rule?: string): CommandError {
  return rule === undefined ? { code, message } : { code, message, rule };
}
