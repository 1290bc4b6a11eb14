/**
 * `GET /api/sessions/:id/documents/:docId.html|.pdf`: a document the session issued, printed
 * in the UN layout (src/records/documents). Access is the exports' (routes/exports.ts): whoever
 * holds the session id reads what the session issued, never its credentials; a communication
 * not yet issued is not a document and is not served.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { documentToHtml, sessionDocument } from '../../records/documents/index.js';
import { documentToPdf } from '../../records/documents/pdf.js';
import { publicView } from '../../sessions/state.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { parseOr400 } from '../http.js';
import { SESSION_ID_PATTERN } from './sessions.js';

const params = z.object({
  id: z.string().regex(SESSION_ID_PATTERN, 'a session id'),
  file: z.string().regex(/^[A-Za-z0-9_-]{1,100}\.(html|pdf)$/, 'a document id and .html or .pdf'),
});

export function documentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/sessions/:id/documents/:file', async (request, reply) => {
    const { id, file } = parseOr400(params, request.params, 'document');
    const dot = file.lastIndexOf('.');
    const documentId = file.slice(0, dot);
    const format = file.slice(dot + 1) as 'html' | 'pdf';
    const loaded = await ctx.commands.service.load(id);
    if (!loaded.ok) throw new HttpError(404, 'session-not-found', `There is no session "${id}".`);
    const document = sessionDocument(publicView(loaded.value.state), documentId);
    if (!document) throw new HttpError(404, 'unknown-document', `This session has issued no document "${documentId}".`);
    if (format === 'html') return reply.type('text/html; charset=utf-8').send(documentToHtml(document));
    const pdf = await documentToPdf(document);
    const name = document.organs.map((o) => o.symbol ?? '').join('_').replace(/[^A-Za-z0-9.]+/g, '-');
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${name || documentId}.pdf"`).send(pdf);
  });
}
