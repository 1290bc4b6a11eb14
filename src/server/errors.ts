import type { ApiErrorBody, CommandErrorCode } from '../protocol/index.js';

/** The one error shape every HTTP and WebSocket answer uses: `{ "error": ApiErrorBody }` (src/protocol). */
export type { ApiErrorBody };

/** A refusal the HTTP layer turns into `status` + `{error}`; thrown inside handlers only. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly rule?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  body(): { error: ApiErrorBody } {
    return { error: { code: this.code, message: this.message, ...(this.rule ? { rule: this.rule } : {}) } };
  }
}

/**
 * The HTTP status of every code the engine can refuse a command with: 403 for "you may
 * not" (authorization), 404 for a missing session, 422 for a command that fails the schema,
 * 409 for anything the rules or the meeting's current state forbid. One table, exhaustive: a new code fails the build here.
 */
const STATUS: Record<CommandErrorCode, number> = {
  // The session's own refusals.
  'invalid-command': 422,
  'session-not-found': 404,
  'session-exists': 409,
  'not-chair': 403,
  'not-your-ballot': 403,
  'not-a-council-member': 409,
  'not-a-participant': 409,
  'wrong-phase': 409,
  'no-vote-open': 409,
  'vote-already-open': 409,
  'vote-in-progress': 409,
  'no-voting-in-informal-format': 409,
  'no-agenda-in-arria': 409,
  'not-arria': 409,
  'agenda-not-adopted': 409,
  'objection-pending': 409,
  'unknown-draft': 409,
  'draft-exists': 409,
  'wrong-order': 409,
  'already-decided': 409,
  'unknown-invitation': 409,
  'invitation-exists': 409,
  'duplicate-vote-id': 409,
  'ballots-incomplete': 409,
  'members-unknown': 409,
  'version-conflict': 409,
  'command-id-reused': 409,
  'no-debate': 409,
  'unknown-communication': 409,
  'communication-exists': 409,
  'already-issued': 409,
  'unknown-document': 409,
  'document-exists': 409,
  'floor-held': 409,
  'no-floor': 409,
  'unknown-speaker': 409,
  'unknown-point': 409,
  'unknown-poll': 409,
  'poll-closed': 409,
  'poll-open': 409,
  'duplicate-id': 409,
  // The rules' refusals (src/rules/errors.ts): the procedure says no to this meeting as it stands.
  'vote-required': 409,
  'already-a-council-member': 409,
  'not-a-un-member': 409,
  'arria-needs-council-convener': 409,
  'obligatory-abstention-violation': 409,
  'not-a-member': 409,
  'committee-simple-majority': 409,
  'invalid-order': 409,
  'invalid-composition': 409,
  'invalid-state-code': 409,
  'invalid-ballot': 409,
  'chapter-unspecified': 409,
  'invalid-matter': 409,
  'seat-count-date-mismatch': 409,
  'invalid-input': 409,
  'invalid-tally': 409,
  // Document numbering (src/records/symbols/numbering.ts): a series the chair named is not one, or a symbol is taken.
  'invalid-series': 409,
  'symbol-taken': 409,
  'not-revisable': 409,
  'not-in-this-body': 409,
  'observer-no-vote': 409,
  'membership-suspended': 409,
  'quorum-not-met': 409,
  'present-and-voting-cannot-abstain': 409,
  'invalid-time-limit': 409,
  'practice-not-enabled': 409,
  // Division of a proposal (src/rules/bodies/division.ts): Rule 32; GA rule 89 [129].
  'no-such-part': 409,
  'duplicate-part': 409,
  'amendments-first': 409,
  'division-pending': 409,
  'not-the-mover': 409,
  'division-needs-vote': 409,
  'division-not-voted': 409,
  'invalid-caucus-time': 409,
  'no-caucus': 409,
  'caucus-running': 409,
};

/** HTTP status for an engine refusal (see STATUS). */
export function statusFor(code: CommandErrorCode): number {
  return STATUS[code];
}

/**
 * Failures below the engine (the store) as HTTP answers. They are retryable: a client
 * resending the same command id is applied at most once, so 503 invites a safe retry.
 */
export function fromInfrastructure(error: unknown): HttpError | undefined {
  const e = error as { name?: unknown; code?: unknown } | null;
  if (e?.name === 'MalformedEventError') {
    // The stored log holds an event this version cannot read: a defect to see, not to retry.
    return new HttpError(500, 'malformed-event', "The session's stored events could not be read.");
  }
  if (e?.name === 'ConcurrencyError') {
    return new HttpError(503, 'version-conflict', 'The session was busy with other writers; retry with the same command id.');
  }
  if (e?.name === 'StoreError' && e.code === 'invalid-append') {
    // The store's own validation (e.g. text it cannot hold): retrying the same input will not help.
    return new HttpError(422, 'invalid-command', 'The event store cannot hold this command as given.');
  }
  if (e?.name === 'StoreError') {
    const code = typeof e.code === 'string' ? e.code : 'store-unavailable';
    return new HttpError(503, code, 'The event store did not complete the request; retry with the same command id.');
  }
  return undefined;
}
