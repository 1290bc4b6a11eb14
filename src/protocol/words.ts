/**
 * The closed vocabularies of the wire, as plain constants (no schema library): a public
 * entry point the browser imports without loading zod. Ballot values and meeting formats come
 * from the rules that judge them; the bodies are the sessions'; the GA issue codes are what
 * the analysis endpoints take (`/api/alignment?issue=`).
 */
export { BALLOTS, type Ballot } from '../rules/types.js';
export { MEETING_FORMATS, type MeetingFormat } from '../rules/security-council/formats.js';
export { ISSUE_KEYS, isIssueKey, type IssueKey } from '../analysis/ga/issues.js';

/**
 * The bodies a session can be a meeting of (issue 9). `ga-third-committee` is the older name of
 * `ga-main-committee` with committee 3; stored sessions keep it.
 */
export const SESSION_BODIES = [
  'security-council',
  'general-assembly',
  'ga-main-committee',
  'human-rights-council',
  'ga-third-committee',
] as const;
export type SessionBody = (typeof SESSION_BODIES)[number];

/** Roll call answers (GA rules 67, 108; spec R62): "present and voting" bars abstaining (practice). */
export const ATTENDANCE = ['present', 'present-and-voting'] as const;
/**
 * Procedural motions: the Council's Rule 33 list, then the Assembly's (GA rules 74-79 [116-121]),
 * then the Model UN caucus motions (practice: Model UN; src/rules/practice/caucus.ts).
 */
export const MOTIONS = [
  'suspend',
  'adjourn',
  'adjourn-to',
  'refer',
  'postpone',
  'adjourn-debate',
  'close-debate',
  'competence',
  'moderated-caucus',
  'unmoderated-caucus',
  'extend-caucus',
] as const;
