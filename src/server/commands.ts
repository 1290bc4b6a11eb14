/**
 * The single path every command takes into the session engine (src/sessions/service.ts)
 * from the server: creating a session (POST /api/sessions) and every client command, over
 * HTTP or WebSocket — authenticate the bearer token, set `actor` from it (never from the
 * client), run the command, and turn a refusal into an HttpError with the code's status.
 */
import { ClientCommandSchema, type CommandErrorCode, type MeetingFormat, type SessionBody } from '../protocol/index.js';
import type { SessionSeats } from '../sessions/data-adapter.js';
import { SessionService } from '../sessions/service.js';
import type { EventStore, StoredEvent } from '../store/event-store.js';
import type { Publisher } from '../store/publisher.js';
import type { ServerContext } from './context.js';
import type { Actor } from './directory.js';
import { HttpError, statusFor } from './errors.js';

/** The session engine as the server runs it: one service (it runs a session's commands in order), publishing what it appends. */
export class SessionCommands {
  readonly service: SessionService;

  constructor(store: EventStore, publisher?: Publisher) {
    this.service = new SessionService(store, publisher ? { publisher } : {});
  }

  run<T>(_sessionId: string, task: (service: SessionService) => Promise<T>): Promise<T> {
    return task(this.service);
  }
}

export interface NewSession {
  sessionId: string;
  date: string;
  title: string;
  format: MeetingFormat;
  body: SessionBody;
  /** Main Committee number (1-6). */
  committee?: number;
  item?: string;
  /** Arria meetings: the conveners (R43); by default the President of the month. */
  conveners?: string[];
  /** 'mun': Model UN practice options (src/rules/practice); default the UN rules only. */
  practice?: 'un' | 'mun';
}

/** Create a session with its seats (data-adapter seatsFor); its secrets are already in the identity store. */
export async function createSession(ctx: ServerContext, session: NewSession, seats: SessionSeats): Promise<number> {
  const result = await ctx.commands.service.create({
    id: `create-${session.sessionId}`,
    actor: { role: 'system' },
    type: 'create-session',
    sessionId: session.sessionId,
    body: session.body,
    format: session.format,
    date: session.date,
    title: session.title,
    members: seats.members,
    ...(seats.observers.length > 0 ? { observers: seats.observers } : {}),
    ...(seats.unknownSeats > 0 ? { unknownSeats: seats.unknownSeats } : {}),
    ...(seats.president ? { president: seats.president } : {}),
    ...(session.committee !== undefined ? { committee: session.committee } : {}),
    ...(session.item ? { item: session.item } : {}),
    ...(session.conveners ? { conveners: session.conveners } : {}),
    ...(session.practice ? { practice: session.practice } : {}),
  });
  if (!result.ok) throw refusal(result.error);
  return result.value.version;
}

/** A refusal of the engine as the HTTP answer: the code's one status (errors.ts), message and rule. */
export function refusal(error: { code: CommandErrorCode; message: string; rule?: string }): HttpError {
  return new HttpError(statusFor(error.code), error.code, error.message, error.rule);
}

/** Commands a client may never send: sessions are created through POST /api/sessions. */
const SERVER_ONLY = new Set(['create-session']);

export interface CommandOutcome {
  version: number;
  /** As stored (the log holds no secrets). */
  events: StoredEvent[];
}

export async function runCommand(ctx: ServerContext, sessionId: string, token: string | undefined, body: unknown): Promise<CommandOutcome> {
  if (!token) throw new HttpError(401, 'missing-token', 'This needs a bearer token: Authorization: Bearer <token>.');
  const actor = await ctx.directory.authenticate(sessionId, token);
  if (actor === 'unknown-session') throw new HttpError(404, 'session-not-found', `There is no session "${sessionId}".`);
  if (!actor) throw new HttpError(401, 'bad-token', 'That token does not belong to this session.');

  const parsed = ClientCommandSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(
      400,
      'invalid-body',
      `A command needs a string "id" and "type"${issue ? ` (${issue.path.join('.') || 'body'}: ${issue.message})` : ''}.`,
    );
  }
  const command = parsed.data;
  if (SERVER_ONLY.has(command.type)) {
    throw new HttpError(422, 'invalid-command', `"${command.type}" cannot be sent as a command; use POST /api/sessions.`);
  }
  refuseImpersonation(actor, command);
  // The engine's ballot has no member field (it is the actor's); drop a matching one.
  const { member: _member, ...rest } = command;
  const payload = command.type === 'cast-ballot' ? rest : command;
  const result = await ctx.commands.run(sessionId, (service) =>
    service.execute(sessionId, { ...payload, id: command.id, type: command.type, actor }),
  );
  if (!result.ok) throw refusal(result.error);
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
