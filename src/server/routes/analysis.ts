/**
 * `GET /api/alignment?from=2014&to=2018&issue=human-rights`: the GA alignment map (points
 * and the ready-made SVG), and `GET /api/power?body=sc`: exact voting power, fractions as
 * strings beside floats. The GA record is loaded once, on first use (as /api/forecast).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  BODIES,
  ISSUE_KEYS,
  alignment,
  alignmentSvg,
  councilAbstentionGame,
  WEIGHTED_BODIES,
  formatRational,
  powerIndices,
  powerToJson,
  rationalToNumber,
  sharedGaRecord,
  dataEnd,
  dataEndNotice,
  ternaryPower,
  type Body,
  type Rational,
} from '../../analysis/index.js';
import { HttpError } from '../errors.js';
import { parseOr400 } from '../http.js';

const year = z
  .string()
  .regex(/^\d{4}$/, 'a year like 2014')
  .transform(Number)
  .pipe(z.number().int().min(1946, 'GA roll calls start in 1946').max(2100));

export const alignmentQuery = z
  .object({ from: year, to: year, issue: z.enum(ISSUE_KEYS as [string, ...string[]]).optional() })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

export const powerQuery = z.object({ body: z.enum(BODIES).default('sc') });

const exact = (r: Rational) => ({ exact: formatRational(r), value: rationalToNumber(r) });

/** The answer for one body; pure, so computed once per body and kept. */
function powerAnswer(body: Body): Record<string, unknown> {
  if (body === 'sc-abstention') {
    const game = councilAbstentionGame();
    return {
      body,
      model: 'ternary',
      name: game.name,
      classes: ternaryPower(game).map((c) => ({
        id: c.id,
        count: c.count,
        shapleyShubik: exact(c.shapleyShubik),
        banzhafNormalized: exact(c.banzhafNormalized),
        banzhafAbsolute: exact(c.banzhafAbsolute),
      })),
    };
  }
  const game = WEIGHTED_BODIES[body]();
  return { body, model: 'binary', name: game.name, quota: game.quota, players: powerIndices(game).map(powerToJson) };
}

const ALIGNMENT_CACHE_SIZE = 32;

export interface AnalysisRouteOptions {
  /** GA data directory; default the analysis module's (../shared/data/unga-votes or COUNCIL_GA_DATA). */
  gaDataDir?: string;
}

export function analysisRoutes(app: FastifyInstance, options: AnalysisRouteOptions = {}): void {
  const powerCache = new Map<Body, Record<string, unknown>>();

  // A wide window costs about a second of CPU; answers are pure in the query, so keep the recent ones.
  const alignmentCache = new Map<string, Record<string, unknown>>();

  app.get('/api/alignment', async (request) => {
    const q = parseOr400(alignmentQuery, request.query, 'query');
    const key = `${q.from}-${q.to}-${q.issue ?? ''}`;
    const cached = alignmentCache.get(key);
    if (cached) return cached;
    const record = await sharedGaRecord(options.gaDataDir);
    if (!record.ok) throw new HttpError(503, record.error.code, record.error.message);
    const result = alignment(record.value, {
      from: q.from,
      to: q.to,
      ...(q.issue ? { issue: q.issue as (typeof ISSUE_KEYS)[number] } : {}),
    });
    if (!result.ok) throw new HttpError(422, result.error.code, result.error.message);
    const a = result.value;
    const end = dataEnd(record.value);
    const notice = dataEndNotice(record.value, q.to);
    if (a.window.rollCalls === 0)
      throw new HttpError(
        422,
        'no-roll-calls',
        `No GA roll calls recorded in ${q.from}–${q.to}${q.issue ? ` on ${q.issue}` : ''}.${notice ? ` The GA voting data end on ${end}.` : ''}`,
      );
    const answer = {
      window: a.window,
      // Said plainly when the window runs past the data (January 2020 for Voeten's release).
      dataEnd: end,
      dataEndNotice: notice,
      points: a.points.map((p) => ({ code: p.code, name: p.name, group: p.group, x: p.x, y: p.y })),
      explained: a.explained,
      anchor: a.anchor,
      svg: alignmentSvg(a),
    };
    if (alignmentCache.size >= ALIGNMENT_CACHE_SIZE) alignmentCache.delete(alignmentCache.keys().next().value!);
    alignmentCache.set(key, answer);
    return answer;
  });

  app.get('/api/power', async (request) => {
    const { body } = parseOr400(powerQuery, request.query, 'query');
    let answer = powerCache.get(body);
    if (!answer) {
      answer = powerAnswer(body);
      powerCache.set(body, answer);
    }
    return answer;
  });
}
