/** `POST /api/join`: a delegation exchanges its join code for its bearer token (rate-limited per IP). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { parseOr400 } from '../http.js';
import { JOIN_CODE_PATTERN, normalizeJoinCode } from '../tokens.js';
import type { RateLimitSetting } from './sessions.js';

export const joinBody = z.object({ joinCode: z.string().min(1).max(64) });

export function joinRoutes(app: FastifyInstance, ctx: ServerContext, limit: RateLimitSetting): void {
  app.post('/api/join', { config: { rateLimit: { max: limit.max, timeWindow: limit.timeWindowMs } } }, async (request) => {
    const { joinCode } = parseOr400(joinBody, request.body ?? {}, 'body');
    const normalized = normalizeJoinCode(joinCode);
    const joined = JOIN_CODE_PATTERN.test(normalized) ? await ctx.directory.join(normalized) : undefined;
    if (!joined) throw new HttpError(401, 'unknown-join-code', 'No delegation has that join code; check it with the President.');
    return { sessionId: joined.sessionId, code: joined.code, name: joined.name, token: joined.token };
  });
}
