/**
 * Creating a session, reading it, and sending it commands (protocol: Identity, Commands).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CreateSessionRequestSchema } from '../../protocol/index.js';
import type { ServerContext } from '../context.js';
import { issueCredentials } from '../credentials.js';
import { seatsFor } from '../../sessions/data-adapter.js';
import { bearerToken, createSession, runCommand } from '../commands.js';
import { HttpError } from '../errors.js';
import { parseOr400 } from '../http.js';
import { privateSession, publishedToPublic } from '../privacy.js';
import { communiqueOf } from '../published.js';
import { publicEvent } from '../../sessions/visibility.js';

/** The defined fields of `o` among `keys` (exactOptionalPropertyTypes: no undefined values passed on). */
function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

export const sessionParams = z.object({ id: z.string().regex(SESSION_ID_PATTERN, 'a session id') });
export const eventsQuery = z.object({ after: z.coerce.number().int().min(0).default(0) });

/** Session ids are public (they are in the board link); 96 random bits keep them from colliding. */
function newSessionId(): string {
  return randomBytes(12).toString('base64url');
}

export interface RateLimitSetting {
  max: number;
  timeWindowMs: number;
}

export function sessionRoutes(app: FastifyInstance, ctx: ServerContext, createLimit: RateLimitSetting): void {
  app.post(
    '/api/sessions',
    { config: { rateLimit: { max: createLimit.max, timeWindow: createLimit.timeWindowMs } } },
    async (request, reply) => {
      const input = parseOr400(CreateSessionRequestSchema, request.body ?? {}, 'body');
      if (input.body === 'ga-main-committee' && input.committee === undefined) {
        throw new HttpError(422, 'invalid-command', 'committee: a Main Committee session names its committee, 1 to 6.', 'GA rule 98');
      }
      const seats = seatsFor({ body: input.body, date: input.date, ...pick(input, ['members', 'observers', 'president']) });
      if (!seats.ok) throw new HttpError(422, seats.error.code, seats.error.message, seats.error.rule);
      // Observers join by phone like members: each gets a join code and a token (they speak, never vote).
      const delegations = [...seats.value.members, ...seats.value.observers].map(({ code, name }) => ({ code, name }));
      const { record, joins, secrets } = issueCredentials(delegations);
      const sessionId = newSessionId();
      // Secrets first, in the identity store: a session never exists without its credentials.
      await ctx.store.identities.put(sessionId, record, joins);
      await createSession(ctx, { sessionId, ...input }, seats.value);
      ctx.guard.remember(sessionId, input.format);
      const names = new Map(delegations.map((m) => [m.code, m.name]));
      const observerCodes = new Set(seats.value.observers.map((o) => o.code));
      const issued = secrets.delegations.map((d) => ({
        code: d.code,
        name: names.get(d.code) ?? d.code,
        joinCode: d.joinCode,
        url: `/join/${d.joinCode}`,
      }));
      return reply.code(201).send({
        sessionId,
        body: input.body,
        chair: { token: secrets.chairToken, url: `/chair/${sessionId}#${secrets.chairToken}` },
        board: { url: `/board/${sessionId}` },
        delegations: issued.filter((d) => !observerCodes.has(d.code)),
        ...(observerCodes.size > 0 ? { observers: issued.filter((d) => observerCodes.has(d.code)) } : {}),
        ...(seats.value.unknownSeats > 0 ? { unknownSeats: seats.value.unknownSeats } : {}),
        ...(seats.value.notes.length > 0 ? { notes: seats.value.notes } : {}),
      });
    },
  );

  app.get('/api/sessions/:id', async (request) => {
    const { id } = parseOr400(sessionParams, request.params, 'session');
    await ctx.guard.participantsOnly(id, bearerToken(request.headers.authorization));
    const view = await ctx.commands.service.load(id);
    if (!view.ok) throw new HttpError(404, 'session-not-found', `There is no session "${id}".`);
    return { sessionId: id, version: view.value.version, state: view.value.state };
  });

  app.get('/api/sessions/:id/events', async (request) => {
    const { id } = parseOr400(sessionParams, request.params, 'session');
    const { after } = parseOr400(eventsQuery, request.query, 'query');
    await ctx.guard.participantsOnly(id, bearerToken(request.headers.authorization));
    const events = await ctx.store.read(id, after);
    if (events.length === 0 && !(await ctx.directory.exists(id))) {
      throw new HttpError(404, 'session-not-found', `There is no session "${id}".`);
    }
    return { sessionId: id, events: events.map(publicEvent) };
  });

  app.post('/api/sessions/:id/commands', async (request) => {
    const { id } = parseOr400(sessionParams, request.params, 'session');
    const outcome = await runCommand(ctx, id, bearerToken(request.headers.authorization), request.body);
    return { version: outcome.version, events: outcome.events };
  });

  // What a private meeting publishes (Rule 55): its communiqué, once the meeting has closed.
  app.get('/api/sessions/:id/communique', async (request) => {
    const { id } = parseOr400(sessionParams, request.params, 'session');
    const access = await ctx.guard.access(id, bearerToken(request.headers.authorization));
    if (access.format !== 'private') {
      if (access.format === 'consultations' && access.reader.kind === 'public') throw privateSession(access.format, id);
      throw new HttpError(
        404,
        'no-communique',
        'Only a private meeting issues a communiqué (Rule 55); a public meeting has a verbatim record.',
      );
    }
    const view = await ctx.commands.service.load(id);
    if (!view.ok) throw new HttpError(404, 'session-not-found', `There is no session "${id}".`);
    const issued = publishedToPublic(access.format, view.value.state.phase) === 'communique';
    const text = issued ? communiqueOf(await ctx.store.read(id, 0)) : null;
    return { sessionId: id, format: access.format, issued, communique: text, rule: 'Rule 55' };
  });

  // The chair's console after a reload: the join codes again, recovered with the chair token.
  app.get('/api/sessions/:id/delegations', async (request) => {
    const { id } = parseOr400(sessionParams, request.params, 'session');
    const codes = await chairJoinCodes(ctx, id, bearerToken(request.headers.authorization));
    return { delegations: codes.map((d) => ({ ...d, url: `/join/${d.joinCode}` })) };
  });
}

/** The session's join codes, for the chair only: 401 without a token, 403 with someone else's. */
export async function chairJoinCodes(ctx: ServerContext, sessionId: string, token: string | undefined) {
  if (!token) throw new HttpError(401, 'missing-token', 'This needs the chair token: Authorization: Bearer <token>.');
  const actor = await ctx.directory.authenticate(sessionId, token);
  if (actor === 'unknown-session') throw new HttpError(404, 'session-not-found', `There is no session "${sessionId}".`);
  if (!actor) throw new HttpError(401, 'bad-token', 'That token does not belong to this session.');
  if (actor.role !== 'chair') throw new HttpError(403, 'not-chair', 'Only the President (chair) may see the join codes.');
  const codes = await ctx.directory.joinCodes(sessionId, token);
  if (!codes) throw new HttpError(403, 'not-chair', 'Only the President (chair) may see the join codes.');
  return codes;
}
