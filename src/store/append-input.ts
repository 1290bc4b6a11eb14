/**
 * The boundary of every store: append/read arguments are validated (zod) and event
 * data is checked and serialised once, here, so all three stores accept and refuse
 * exactly the same input and write exactly the same JSON text.
 */
import { z } from 'zod';
import type { NewEvent, StoredEvent } from './event-store.js';
import { findNonJson } from './json-value.js';
import { StoreError } from './store-error.js';

/** Lone UTF-16 surrogates cannot be stored as UTF-8 text (PostgreSQL would silently alter them). */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** An identifier stored as text: non-empty, bounded, no NUL (PostgreSQL text cannot hold it), valid Unicode. */
const storedText = (what: string, max: number) =>
  z
    .string({ error: `${what} must be a string` })
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: `${what} must be at most ${max} characters` })
    .refine((s) => !s.includes('\u0000'), { error: `${what} must not contain NUL characters` })
    .refine((s) => !LONE_SURROGATE.test(s), { error: `${what} must be valid Unicode (no lone surrogates)` });

export const sessionIdSchema = storedText('sessionId', 200);
export const commandIdSchema = storedText('commandId', 200);
export const eventTypeSchema = storedText('event type', 100);
const versionSchema = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int({ error: `${what} must be a whole number` })
    .min(0, { error: `${what} must not be negative` })
    .max(2_000_000_000, { error: `${what} is out of range` });

const appendSchema = z.object({
  sessionId: sessionIdSchema,
  expectedVersion: versionSchema('expectedVersion'),
  events: z
    .array(z.object({ type: eventTypeSchema, data: z.unknown() }, { error: 'each event must be an object {type, data}' }), {
      error: 'events must be an array',
    })
    .min(1, { error: 'events must not be empty' })
    .max(10_000, { error: 'at most 10000 events per append' }),
  commandId: commandIdSchema.optional(),
  commandHash: z
    .string()
    .regex(/^[0-9a-f]{16,128}$/, { error: 'commandHash must be hex' })
    .optional(),
});

const readSchema = z.object({ sessionId: sessionIdSchema, afterVersion: versionSchema('afterVersion') });

/** An append ready to write: validated, with each event's data serialised exactly once. */
export interface PreparedAppend {
  sessionId: string;
  expectedVersion: number;
  commandId: string | null;
  /** A hash of the command's body and sender, to tell a retry from a reused id. */
  commandHash: string | null;
  events: { type: string; json: string }[];
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** Text the schemas above accept: a string of 1..max UTF-16 units, no NUL, no lone surrogate. */
const UNSTORABLE = /\u0000|\p{Surrogate}/u;
const HEX_HASH = /^[0-9a-f]{16,128}$/;
const isText = (s: unknown, max: number): s is string => typeof s === 'string' && s.length >= 1 && s.length <= max && !UNSTORABLE.test(s);
const isVersion = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 2_000_000_000;

/**
 * The common case, checked without building zod's result: arguments the append schema
 * certainly accepts (every test here is one of its own). Anything else goes through the
 * schema, which decides and words the refusal, so both paths accept exactly the same input.
 */
function plainAppend(sessionId: unknown, expectedVersion: unknown, events: unknown, commandId: unknown, commandHash: unknown): boolean {
  if (!isText(sessionId, 200) || !isVersion(expectedVersion)) return false;
  if (commandId !== undefined && !isText(commandId, 200)) return false;
  if (commandHash !== undefined && (typeof commandHash !== 'string' || !HEX_HASH.test(commandHash))) return false;
  if (!Array.isArray(events) || events.length < 1 || events.length > 10_000) return false;
  for (const event of events) {
    if (typeof event !== 'object' || event === null || Array.isArray(event) || !isText((event as NewEvent).type, 100)) return false;
  }
  return true;
}

/** Validate an append's arguments; throws StoreError('invalid-append') before anything is written. */
export function prepareAppend(
  sessionId: unknown,
  expectedVersion: unknown,
  events: unknown,
  commandId: unknown,
  commandHash?: unknown,
): PreparedAppend {
  let input: { sessionId: string; expectedVersion: number; events: NewEvent[]; commandId?: string; commandHash?: string };
  if (plainAppend(sessionId, expectedVersion, events, commandId, commandHash)) {
    input = { sessionId, expectedVersion, events, commandId, commandHash } as typeof input;
  } else {
    const parsed = appendSchema.safeParse({ sessionId, expectedVersion, events, commandId, commandHash });
    if (!parsed.success) throw new StoreError('invalid-append', `invalid append: ${firstIssue(parsed.error)}`);
    input = parsed.data;
  }
  const prepared: PreparedAppend['events'] = [];
  input.events.forEach((event: NewEvent, i) => {
    const problem = findNonJson(event.data);
    if (problem !== null || event.data === undefined) {
      const where = (problem ?? '$: undefined is not JSON').replace(/^\$/, `events[${i}].data`);
      throw new StoreError('invalid-append', `invalid append: ${where}`);
    }
    prepared.push({ type: event.type, json: JSON.stringify(event.data) });
  });
  return {
    sessionId: input.sessionId,
    expectedVersion: input.expectedVersion,
    commandId: input.commandId ?? null,
    commandHash: input.commandId === undefined ? null : (input.commandHash ?? null),
    events: prepared,
  };
}

/** Validate a command lookup's arguments; throws StoreError('invalid-read'). */
export function prepareFind(sessionId: unknown, commandId: unknown, commandHash: unknown): PreparedAppend {
  const parsed = appendSchema.safeParse({ sessionId, expectedVersion: 0, events: [{ type: 'find', data: null }], commandId, commandHash });
  if (!parsed.success || parsed.data.commandId === undefined) {
    throw new StoreError('invalid-read', `invalid command lookup: ${parsed.success ? 'commandId: required' : firstIssue(parsed.error)}`);
  }
  return {
    sessionId: parsed.data.sessionId,
    expectedVersion: 0,
    commandId: parsed.data.commandId,
    commandHash: parsed.data.commandHash ?? null,
    events: [],
  };
}

/** Validate a read's arguments; throws StoreError('invalid-read'). */
export function prepareRead(sessionId: unknown, afterVersion: unknown): { sessionId: string; afterVersion: number } {
  const parsed = readSchema.safeParse({ sessionId, afterVersion: afterVersion ?? 0 });
  if (!parsed.success) throw new StoreError('invalid-read', `invalid read: ${firstIssue(parsed.error)}`);
  return parsed.data;
}

/** Build a StoredEvent from a stored row; parsing the JSON text gives every caller its own copy. */
export function storedEvent(
  sessionId: string,
  version: number,
  type: string,
  json: string,
  commandId: string | null,
  at: string,
): StoredEvent {
  return { sessionId, version, type, data: JSON.parse(json) as unknown, commandId, at };
}

/** A stored command answered a retry: refuse it if its body or sender differ (both hashes known). */
export function checkSameCommand(input: PreparedAppend, storedHash: string | null): void {
  if (input.commandHash !== null && storedHash !== null && storedHash !== input.commandHash) {
    throw new StoreError(
      'command-id-reused',
      `command id "${input.commandId}" was already used in session ${input.sessionId} for another command or by another sender`,
    );
  }
}
