/**
 * `GET /api/sessions/:id/export.{csv,json,md,html,pdf}`: the meeting's record and votes (src/records).
 * Closed sessions (private, consultations) export to their participants only; the public may
 * fetch a private meeting's record once it has closed, which the renderer writes as the
 * communiqué alone (Rule 55, spec R41).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EXPORT_FORMATS, renderSession } from '../../records/render.js';
import { LANGUAGES } from '../../records/explain/index.js';
import { isRestricted } from '../../sessions/visibility.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { bearerToken } from '../commands.js';
import { parseOr400 } from '../http.js';
import { privateSession, publishedToPublic } from '../privacy.js';
import { SESSION_ID_PATTERN } from './sessions.js';

const CONTENT_TYPES: Record<(typeof EXPORT_FORMATS)[number], string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The formats that render the meeting record (for a private meeting: the communiqué only). */
const RECORD_FORMATS = new Set(['md', 'html', 'pdf']);

export const exportParams = z.object({
  id: z.string().regex(SESSION_ID_PATTERN, 'a session id'),
  format: z.enum(EXPORT_FORMATS),
});

/** `?lang=` — the record's language (md, html, pdf); csv and json are language-free. */
export const exportQuery = z.object({ lang: z.enum(LANGUAGES).default('en') });

export function exportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/sessions/:id/export.:format', async (request, reply) => {
    const { id, format } = parseOr400(exportParams, request.params, 'export');
    const { lang } = parseOr400(exportQuery, request.query ?? {}, 'export');
    const access = await ctx.guard.access(id, bearerToken(request.headers.authorization));
    const events = await ctx.store.read(id, 0);
    if (events.length === 0) throw new HttpError(404, 'session-not-found', `There is no session "${id}".`);
    if (access.closed && access.reader.kind === 'public') {
      const view = await ctx.commands.service.load(id);
      if (!RECORD_FORMATS.has(format) || publishedToPublic(access.format, view.ok ? view.value.state.phase : 'unknown') !== 'communique')
        throw privateSession(access.format, id);
    }
    // Exports are public documents: restricted events (notes) never reach them.
    const rendered = await renderSession(
      events.filter((e) => !isRestricted(e.type)),
      format,
      lang,
    );
    if (rendered === null) throw new HttpError(404, 'no-record', `This session has nothing to export as ${format}.`);
    return reply.type(CONTENT_TYPES[format]).header('content-disposition', `attachment; filename="council-${id}.${format}"`).send(rendered);
  });
}
