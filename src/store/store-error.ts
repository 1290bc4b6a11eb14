/**
 * Why a store refused or failed an operation, as a stable machine code. A version
 * conflict is not one of these: it is the separate ConcurrencyError of event-store.ts.
 */
export type StoreErrorCode =
  /** The append's arguments are malformed, or an event's data is not plain JSON. Nothing was written. */
  | 'invalid-append'
  /** The read's arguments are malformed. */
  | 'invalid-read'
  /** openStore() was given a URL it does not understand. */
  | 'invalid-store-url'
  /** A command id already applied in the session was sent again with another body or by another sender. */
  | 'command-id-reused'
  /** Another process holds the SQLite file (one writer per file). */
  | 'store-locked'
  /** The store was closed before the call. */
  | 'store-closed'
  /** The database failed or could not be reached; an append may or may not have committed (retry with its commandId). */
  | 'store-unavailable';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** Wrap a driver failure without leaking a connection string (which may hold a password). */
export function unavailable(what: string, cause: unknown): StoreError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new StoreError('store-unavailable', `${what}: ${redactUrls(detail)}`, { cause });
}

/** Replace the password in any URL-looking text with ***. */
export function redactUrls(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@\s]*@/gi, '$1***@');
}
