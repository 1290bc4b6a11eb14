/** `GET /api/sessions/:id/export.{csv,json,md,html,pdf}`: the meeting's record and votes (src/records). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EXPORT_FORMATS, renderSession } from '../../records/render.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { parseOr400 } from '../http.js';
import { SESSION_ID_PATTERN } from './sessions.js';

const CONTENT_TYPES: Record<(typeof EXPORT_FORMATS)[number], string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const exportParams = z.object({
  id: z.string().regex(SESSION_ID_PATTERN, 'a session id'),
  format: z.enum(EXPORT_FORMATS),
});

export function exportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/sessions/:id/export.:format', async (request, reply) => {
    const { id, format } = parseOr400(exportParams, request.params, 'export');
    const events = await ctx.store.read(id, 0);
    if (events.length === 0) throw new HttpError(404, 'session-not-found', `There is no session "${id}".`);
    const rendered = await renderSession(events, format);
    if (rendered === null) throw new HttpError(404, 'no-record', `This session has nothing to export as ${format}.`);
    return reply
      .type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="council-${id}.${format}"`)
      .send(rendered);
  });
}
