/**
 * `GET /api/forecast?date=&requestedBy=USA,GBR&opposedBy=CHN,RUS&subject=PRK&matter=procedural`:
 * the analysis module's vote forecast. The GA record is loaded once, on first use.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { forecast, sharedGaRecord } from '../../analysis/index.js';
import { HttpError } from '../errors.js';
import { parseOr400 } from '../http.js';

const codes = z
  .string()
  .transform((s) => s.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[A-Z]{3}$/, 'three-letter state codes, comma-separated')).max(30));

export const forecastQuery = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  requestedBy: codes.pipe(z.array(z.string()).min(1, 'at least one requesting member')),
  opposedBy: codes.optional(),
  subject: z.string().regex(/^[A-Z]{3}$/).optional(),
  matter: z.enum(['procedural', 'non-procedural']).optional(),
});

export function forecastRoutes(app: FastifyInstance): void {
  app.get('/api/forecast', async (request) => {
    const q = parseOr400(forecastQuery, request.query, 'query');
    const record = await sharedGaRecord();
    if (!record.ok) throw new HttpError(503, record.error.code, record.error.message);
    const result = forecast(record.value, {
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
