/**
 * The one error shape every HTTP and WebSocket answer uses:
 * `{ "error": { "code": "...", "message": "..." } }` with a stable code.
 */
export interface ApiErrorBody {
  code: string;
  message: string;
  rule?: string;
}

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

/** Engine refusal codes that mean "you may not", as opposed to "the rules say no". */
const FORBIDDEN_CODES = new Set(['not-chair', 'not-your-ballot', 'not-authorized', 'forbidden', 'not-allowed-for-role']);
const NOT_FOUND_CODES = new Set(['session-not-found', 'unknown-session', 'no-such-session', 'not-found']);
const MALFORMED_CODES = new Set(['invalid-command', 'unknown-command', 'invalid-payload']);

/**
 * HTTP status for an engine refusal: 403 for authorization, 404 for a missing session,
 * 422 for a command the engine cannot parse, 409 for anything the rules or the meeting's
 * current state forbid (no vote open, already closed, ...).
 */
export function statusForEngineError(code: string): number {
  if (FORBIDDEN_CODES.has(code) || code.startsWith('not-your-')) return 403;
  if (NOT_FOUND_CODES.has(code)) return 404;
  if (MALFORMED_CODES.has(code)) return 422;
  return 409;
}

/**
 * Failures below the engine (the store) as HTTP answers. They are retryable: a client
 * resending the same command id is applied at most once, so 503 invites a safe retry.
 */
export function fromInfrastructure(error: unknown): HttpError | undefined {
  const e = error as { name?: unknown; code?: unknown } | null;
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
