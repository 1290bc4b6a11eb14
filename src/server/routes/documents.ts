/**
 * `GET /api/sessions/:id/documents/:docId.html|.pdf`: a document the session issued, printed
 * in the UN layout (src/records/documents). Access is the session's (privacy.ts): anyone for a
 * public or Arria meeting; a private meeting's or consultations' documents only for their
 * participants (Rule 48, spec R41, R42), since their list is part of the proceedings the
 * public may not follow. Never credentials; a communication not yet issued is not served.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { documentToHtml, sessionDocument } from '../../records/documents/index.js';
import { documentToPdf } from '../../records/documents/pdf.js';
import type { ServerContext } from '../context.js';
import { bearerToken } from '../commands.js';
import { HttpError } from '../errors.js';
import { parseOr400 } from '../http.js';
import { SESSION_ID_PATTERN } from './sessions.js';

export const documentParams = z.object({
  id: z.string().regex(SESSION_ID_PATTERN, 'a session id'),
  file: z.string().regex(/^[A-Za-z0-9_-]{1,100}\.(html|pdf)$/, 'a document id and .html or .pdf'),
});

export function documentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/sessions/:id/documents/:file', async (request, reply) => {
    const { id, file } = parseOr400(documentParams, request.params, 'document');
    await ctx.guard.participantsOnly(id, bearerToken(request.headers.authorization));
    const dot = file.lastIndexOf('.');
    const documentId = file.slice(0, dot);
    const format = file.slice(dot + 1) as 'html' | 'pdf';
    const loaded = await ctx.commands.service.load(id);
    if (!loaded.ok) throw new HttpError(404, 'session-not-found', `There is no session "${id}".`);
    const document = sessionDocument(loaded.value.state, documentId);
    if (!document) throw new HttpError(404, 'unknown-document', `This session has issued no document "${documentId}".`);
    if (format === 'html') return reply.type('text/html; charset=utf-8').send(documentToHtml(document));
    const pdf = await documentToPdf(document);
    const name = document.organs
      .map((o) => o.symbol ?? '')
      .join('_')
      .replace(/[^A-Za-z0-9.]+/g, '-');
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${name || documentId}.pdf"`)
      .send(pdf);
  });
}
