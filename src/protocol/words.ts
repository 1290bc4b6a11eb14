/**
 * The closed vocabularies of the wire, as plain constants (no schema library): a public
 * entry point the browser imports without loading zod. Ballot values and meeting formats come
 * from the rules that judge them; the bodies are the sessions'; the GA issue codes are what
 * the analysis endpoints take (`/api/alignment?issue=`).
 */
export { BALLOTS, type Ballot } from '../rules/types.js';
export { MEETING_FORMATS, type MeetingFormat } from '../rules/security-council/formats.js';
export { ISSUE_KEYS, isIssueKey, type IssueKey } from '../analysis/ga/issues.js';

/** The bodies a session can be a meeting of. */
export const SESSION_BODIES = ['security-council', 'general-assembly', 'ga-third-committee'] as const;
export type SessionBody = (typeof SESSION_BODIES)[number];
