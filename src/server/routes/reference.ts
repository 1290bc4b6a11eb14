/** Read-only reference data for the web app: the Council on a date. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { councilOnDate, rosterOnDate } from '../../sessions/data-adapter.js';
import { HttpError } from '../errors.js';
import { parseOr400 } from '../http.js';

export const councilQuery = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD') });
export const rosterQuery = councilQuery.extend({
  body: z.enum(['security-council', 'general-assembly', 'ga-main-committee', 'human-rights-council']).default('security-council'),
});

export function referenceRoutes(app: FastifyInstance): void {
  app.get('/api/council', async (request) => {
    const { date } = parseOr400(councilQuery, request.query, 'query');
    const council = councilOnDate(date);
    if (!council.ok) throw new HttpError(404, council.error.code, council.error.message);
    return council.value;
  });

  // The home form's default roster for any body (issue 9): known members, observer States, unknown seats.
  app.get('/api/roster', async (request) => {
    const { date, body } = parseOr400(rosterQuery, request.query, 'query');
    const roster = rosterOnDate(body, date);
    if (!roster.ok) throw new HttpError(404, roster.error.code, roster.error.message, roster.error.rule);
    return roster.value;
  });
}
