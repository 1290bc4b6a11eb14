/**
 * The single path every client command takes, over HTTP or WebSocket: authenticate the
 * bearer token, set `actor` from it (never from the client), hand the command to the
 * engine, and turn a refusal into an HttpError with the right status.
 */
import { z } from 'zod';
import type { StoredEvent } from '../store/event-store.js';
import type { ServerContext } from './context.js';
import type { Actor } from './directory.js';
import { HttpError, statusForEngineError } from './errors.js';

/** The envelope the server needs to read; the engine validates the payload itself. */
const clientCommandSchema = z
  .object({
    // Stored as text: no control characters, no lone surrogates (see src/store/append-input.ts).
    id: z
      .string()
      .min(1)
      .max(200)
      .refine((s) => !/[\u0000-\u001f\u007f]/.test(s) && !/\p{Surrogate}/u.test(s), 'printable text'),
    type: z.string().min(1).max(64),
  })
  .loose();

/** Commands a client may never send: sessions are created through POST /api/sessions. */
const SERVER_ONLY = new Set(['create-session']);

export interface CommandOutcome {
  version: number;
  /** As stored: redact() them before sending (the WebSocket answer sends only the version). */
  events: StoredEvent[];
}

export async function runCommand(
  ctx: ServerContext,
  sessionId: string,
  token: string | undefined,
  body: unknown,
): Promise<CommandOutcome> {
  if (!token) throw new HttpError(401, 'missing-token', 'This needs a bearer token: Authorization: Bearer <token>.');
  const actor = await ctx.directory.authenticate(sessionId, token);
  if (actor === 'unknown-session') throw new HttpError(404, 'session-not-found', `There is no session "${sessionId}".`);
  if (!actor) throw new HttpError(401, 'bad-token', 'That token does not belong to this session.');

  const parsed = clientCommandSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(400, 'invalid-body', `A command needs a string "id" and "type"${issue ? ` (${issue.path.join('.') || 'body'}: ${issue.message})` : ''}.`);
  }
  const command = parsed.data;
  if (SERVER_ONLY.has(command.type)) {
    throw new HttpError(422, 'invalid-command', `"${command.type}" cannot be sent as a command; use POST /api/sessions.`);
  }
  refuseImpersonation(actor, command);
  // The engine's ballot has no member field (it is the actor's); drop a matching one.
  const { member: _member, ...rest } = command;
  const payload = command.type === 'cast-ballot' ? rest : command;
  const result = await ctx.engine.execute(sessionId, { ...payload, id: command.id, type: command.type, actor });
  if (!result.ok) {
    const { code, message, rule } = result.error;
    throw new HttpError(statusForEngineError(code), code, message, rule);
  }
  return { version: result.value.version, events: result.value.events };
}

/**
 * The actor comes from the token. A client that also names one (or names another
 * member in a ballot) is trying to act for someone else: refuse it with the engine's own
 * codes rather than silently acting for the token's holder.
 */
function refuseImpersonation(actor: Actor, command: Record<string, unknown>): void {
  const claimed = command.actor as { role?: unknown; code?: unknown } | undefined;
  if (claimed !== undefined) {
    const same = claimed !== null && claimed.role === actor.role && (actor.role === 'chair' || claimed.code === actor.code);
    if (!same) {
      // Claiming the chair is a chair question; claiming any other actor is acting for another member.
      const code = claimed?.role === 'chair' ? 'not-chair' : 'not-your-ballot';
      throw new HttpError(403, code, `The token decides who acts; this one belongs to ${describe(actor)}.`);
    }
  }
  const member = command.member;
  if (command.type === 'cast-ballot' && member !== undefined && (actor.role !== 'delegation' || member !== actor.code)) {
    throw new HttpError(403, 'not-your-ballot', `A ballot is cast by a delegation for itself; this token belongs to ${describe(actor)}.`);
  }
}

function describe(actor: Actor): string {
  return actor.role === 'chair' ? 'the chair' : `the delegation of ${actor.code}`;
}

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
