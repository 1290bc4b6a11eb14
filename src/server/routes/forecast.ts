/**
 * `GET /api/forecast?date=&requestedBy=USA,GBR&opposedBy=CHN,RUS&subject=PRK&matter=procedural`:
 * the Council vote forecast (fitted on the Council's own procedural votes before the date).
 * `GET /api/forecast?body=general-assembly|ga-main-committee&series=dprk-human-rights&date=&majority=simple`:
 * the GA whip count on a resolution series. The GA record is loaded once, on first use.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { councilForecast, gaForecast, SERIES, sharedGaRecord } from '../../analysis/index.js';
import { HttpError } from '../errors.js';
import { parseOr400 } from '../http.js';

const codes = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[A-Z]{3}$/, 'three-letter state codes, comma-separated')).max(30));

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const councilForecastQuery = z.object({
  body: z.literal('security-council').optional(),
  date,
  requestedBy: codes.pipe(z.array(z.string()).min(1, 'at least one requesting member')),
  opposedBy: codes.optional(),
  subject: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  matter: z.enum(['procedural', 'non-procedural']).optional(),
});

export const gaForecastQuery = z.object({
  body: z.enum(['general-assembly', 'ga-main-committee']),
  date,
  series: z.enum(SERIES.map((s) => s.key) as [string, ...string[]]),
  majority: z.enum(['simple', 'two-thirds']).optional(),
});

export function forecastRoutes(app: FastifyInstance): void {
  app.get('/api/forecast', async (request) => {
    const body = (request.query as Record<string, unknown> | undefined)?.body;
    if (body === 'general-assembly' || body === 'ga-main-committee') {
      const q = parseOr400(gaForecastQuery, request.query, 'query');
      const record = await sharedGaRecord();
      if (!record.ok) throw new HttpError(503, record.error.code, record.error.message);
      const r = gaForecast(record.value, { series: q.series, date: q.date, body: q.body, ...(q.majority ? { majority: q.majority } : {}) });
      if (!r.ok) throw new HttpError(422, r.error.code, r.error.message, r.error.rule);
      const f = r.value;
      // The same member-list shape as the Council answer, so one panel reads both.
      return {
        ...f,
        members: f.states.map((s) => ({ code: s.code, p: s.p, lastVote: s.lastVote })),
        expectedYes: f.expected.yes,
        swing: [],
      };
    }
    const q = parseOr400(councilForecastQuery, request.query, 'query');
    const record = await sharedGaRecord();
    if (!record.ok) throw new HttpError(503, record.error.code, record.error.message);
    const result = councilForecast(record.value, {
      date: q.date,
      requestedBy: q.requestedBy,
      ...(q.opposedBy ? { opposedBy: q.opposedBy } : {}),
      ...(q.subject ? { subject: q.subject } : {}),
      ...(q.matter ? { matter: q.matter } : {}),
    });
    if (!result.ok) throw new HttpError(422, result.error.code, result.error.message, result.error.rule);
    return result.value;
  });
}
