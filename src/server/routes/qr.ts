/** `GET /api/sessions/:id/delegations/:code/qr.svg` (chair token): the join link as a QR code. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { bearerToken } from '../commands.js';
import { parseOr400 } from '../http.js';
import { SESSION_ID_PATTERN, chairJoinCodes } from './sessions.js';

export const qrParams = z.object({
  id: z.string().regex(SESSION_ID_PATTERN, 'a session id'),
  code: z.string().regex(/^[A-Z]{3}$/, 'a three-letter state code'),
});

/** The origin delegations' phones should open: configured, or the one this request came in on. */
function originOf(ctx: ServerContext, request: FastifyRequest): string {
  return ctx.publicUrl?.replace(/\/+$/, '') ?? `${request.protocol}://${request.host}`;
}

export function qrRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/sessions/:id/delegations/:code/qr.svg', async (request, reply) => {
    const { id, code } = parseOr400(qrParams, request.params, 'path');
    const codes = await chairJoinCodes(ctx, id, bearerToken(request.headers.authorization));
    const delegation = codes.find((d) => d.code === code);
    if (!delegation) throw new HttpError(404, 'unknown-delegation', `${code} is not a delegation in this session.`);
    const svg = await QRCode.toString(`${originOf(ctx, request)}/join/${delegation.joinCode}`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 1,
    });
    // The QR code is a secret (it admits the delegation): not for shared caches.
    return reply.type('image/svg+xml').header('cache-control', 'private, no-store').send(svg);
  });
}
