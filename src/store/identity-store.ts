/**
 * The identity store: each session's secrets, as hashes and sealed values, kept in their
 * own table beside the events (as durable as they are) and never in the event log, so
 * nothing read from the log needs redacting. A join code is found by its hash in one
 * indexed read, never by scanning sessions.
 *
 * The record's content is the server's business (src/server/credentials.ts); the store
 * only keeps it and indexes the join-code hashes it is given.
 */
import { z } from 'zod';
import { StoreError } from './store-error.js';

/** A session's secrets as stored: a flat map of hashes and sealed values. */
export type IdentityRecord = Record<string, string>;

export interface JoinEntry {
  /** SHA-256 hex of the join code. */
  joinHash: string;
  /** The delegation the code admits. */
  code: string;
}

export interface FoundJoin {
  sessionId: string;
  code: string;
  record: IdentityRecord;
}

export interface IdentityStore {
  /** Keep a session's record and index its join codes; a session's identity is written once (a second put is refused). */
  put(sessionId: string, record: IdentityRecord, joins: JoinEntry[]): Promise<void>;
  /** The session's record, or undefined if none was stored. */
  get(sessionId: string): Promise<IdentityRecord | undefined>;
  /** Where a join code leads: one indexed read by its hash. */
  findJoin(joinHash: string): Promise<FoundJoin | undefined>;
}

const HEX64 = /^[0-9a-f]{64}$/;
const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'no NUL characters');
const putSchema = z.object({
  sessionId: text(200),
  record: z.record(
    text(100),
    z
      .string()
      .max(500)
      .refine((s) => !s.includes('\u0000'), 'no NUL characters'),
  ),
  joins: z.array(z.object({ joinHash: z.string().regex(HEX64), code: text(100) })).max(1000),
});

/** Validate a put's arguments; throws StoreError('invalid-append') before anything is written. */
export function preparePut(sessionId: unknown, record: unknown, joins: unknown): z.infer<typeof putSchema> {
  const parsed = putSchema.safeParse({ sessionId, record, joins });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError('invalid-append', `invalid identity: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid input'}`);
  }
  return parsed.data;
}

export function identityExists(sessionId: string): StoreError {
  return new StoreError('invalid-append', `invalid identity: session ${sessionId} already has one`);
}

/** Parse a stored record (JSON text of a flat string map). */
export function parseRecord(json: string): IdentityRecord {
  return JSON.parse(json) as IdentityRecord;
}
