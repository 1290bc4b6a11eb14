/**
 * `GET /api/sessions/:id/notes` (bearer token): the notes this token may read — all of
 * them for the chair, a delegation's own exchange with the chair for a delegation. The only
 * route that returns a restricted event's content (src/sessions/visibility.ts).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { mayRead } from '../../sessions/visibility.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { bearerToken } from '../commands.js';
import { parseOr400 } from '../http.js';
import { SESSION_ID_PATTERN } from './sessions.js';

const params = z.object({ id: z.string().regex(SESSION_ID_PATTERN, 'a session id') });
export const NotesSchema = z.object({
  sessionId: z.string(),
  notes: z.array(
    z.object({ version: z.number(), noteId: z.string(), from: z.string(), to: z.string(), text: z.string(), sentAt: z.string() }),
  ),
});

export function noteRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/sessions/:id/notes', async (request) => {
    const { id } = parseOr400(params, request.params, 'session');
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new HttpError(401, 'missing-token', 'Notes are private: Authorization: Bearer <token>.');
    const actor = await ctx.directory.authenticate(id, token);
    if (actor === 'unknown-session') throw new HttpError(404, 'session-not-found', `There is no session "${id}".`);
    if (!actor) throw new HttpError(401, 'bad-token', 'That token does not belong to this session.');
    const reader = actor.role === 'chair' ? { role: 'chair' as const } : { role: 'delegation' as const, code: actor.code };
    const events = await ctx.store.read(id, 0);
    const notes = events
      .filter((e) => e.type === 'note-sent.v1' && mayRead(reader, e))
      .map((e) => ({ version: e.version, ...(e.data as Record<string, unknown>) }));
    return { sessionId: id, notes };
  });
}
