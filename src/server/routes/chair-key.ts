/**
 * The President's key travels (issue 10): who a token is (`whoami`), the console's own
 * secret link as a QR code, and co-chair links the President issues and revokes.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { ServerContext } from '../context.js';
import { issueCoChair, revokeCoChair } from '../co-chairs.js';
import type { Actor } from '../directory.js';
import { HttpError } from '../errors.js';
import { bearerToken } from '../commands.js';
import { parseOr400 } from '../http.js';
import { SESSION_ID_PATTERN } from './sessions.js';

const sessionParams = z.object({ id: z.string().regex(SESSION_ID_PATTERN, 'a session id') });
export const coChairParams = sessionParams.extend({ coChairId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'a co-chair id') });
export const issueCoChairBody = z.object({ label: z.string().trim().min(1).max(100).optional() }).strict();
export const WhoamiSchema = z.union([
  z.object({ role: z.literal('chair'), coChair: z.string().optional() }),
  z.object({ role: z.literal('delegation'), code: z.string() }),
]);
export const CoChairsSchema = z.object({ coChairs: z.array(z.object({ coChairId: z.string(), label: z.string().optional() })) });
export const IssuedCoChairSchema = z.object({ coChairId: z.string(), token: z.string(), url: z.string() });

async function actorOf(ctx: ServerContext, sessionId: string, request: FastifyRequest): Promise<{ actor: Actor; token: string }> {
  const token = bearerToken(request.headers.authorization);
  if (!token) throw new HttpError(401, 'missing-token', 'This needs a bearer token: Authorization: Bearer <token>.');
  const actor = await ctx.directory.authenticate(sessionId, token);
  if (actor === 'unknown-session') throw new HttpError(404, 'session-not-found', `There is no session "${sessionId}".`);
  if (!actor) throw new HttpError(401, 'bad-token', 'That token does not belong to this session (or its link was revoked).');
  return { actor, token };
}

/** The President's own token: co-chairs may chair, but not appoint or dismiss co-chairs. */
async function president(ctx: ServerContext, sessionId: string, request: FastifyRequest): Promise<void> {
  const { actor } = await actorOf(ctx, sessionId, request);
  if (actor.role !== 'chair') throw new HttpError(403, 'not-chair', 'Only the President (chair) may do this.');
  if (actor.coChair)
    throw new HttpError(403, 'not-president', "A co-chair link cannot issue or revoke co-chair links; the President's can.");
}

function originOf(ctx: ServerContext, request: FastifyRequest): string {
  return ctx.publicUrl?.replace(/\/+$/, '') ?? `${request.protocol}://${request.host}`;
}

export function chairKeyRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/sessions/:id/whoami', async (request) => {
    const { id } = parseOr400(sessionParams, request.params, 'session');
    const { actor } = await actorOf(ctx, id, request);
    return actor;
  });

  // The console's own secret link, to open it on another device: only its holder can draw it.
  app.get('/api/sessions/:id/chair/qr.svg', async (request, reply) => {
    const { id } = parseOr400(sessionParams, request.params, 'session');
    const { actor, token } = await actorOf(ctx, id, request);
    if (actor.role !== 'chair') throw new HttpError(403, 'not-chair', 'Only a chair token has a console link.');
    const svg = await QRCode.toString(`${originOf(ctx, request)}/chair/${id}#${token}`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 1,
    });
    return reply.type('image/svg+xml').header('cache-control', 'private, no-store').send(svg);
  });

  app.get('/api/sessions/:id/co-chairs', async (request) => {
    const { id } = parseOr400(sessionParams, request.params, 'session');
    await president(ctx, id, request);
    return { coChairs: (await ctx.directory.coChairs(id)).map(({ coChairId, label }) => ({ coChairId, ...(label ? { label } : {}) })) };
  });

  app.post('/api/sessions/:id/co-chairs', async (request, reply) => {
    const { id } = parseOr400(sessionParams, request.params, 'session');
    // Who asks first: a stranger learns nothing about what a valid body would be.
    await president(ctx, id, request);
    const { label } = parseOr400(issueCoChairBody, request.body ?? {}, 'body');
    const issued = await issueCoChair(ctx.store, ctx.commands.service.publisher, id, label);
    return reply.code(201).send({ coChairId: issued.coChairId, token: issued.token, url: `/chair/${id}#${issued.token}` });
  });

  app.delete('/api/sessions/:id/co-chairs/:coChairId', async (request, reply) => {
    const { id, coChairId } = parseOr400(coChairParams, request.params, 'path');
    await president(ctx, id, request);
    if (!(await ctx.directory.coChairs(id)).some((c) => c.coChairId === coChairId)) {
      throw new HttpError(404, 'unknown-co-chair', `No co-chair link ${coChairId} is in force.`);
    }
    await revokeCoChair(ctx.store, ctx.commands.service.publisher, id, coChairId);
    return reply.code(204).send();
  });
}
