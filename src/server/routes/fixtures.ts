/**
 * `GET /api/fixtures` and `GET /api/fixtures/:id`: the historical meetings, replayed by
 * the engine and served as stored-event streams for the history timeline and board.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { findFixture, fixtures, runFixture, type Fixture } from '../../sessions/fixtures/index.js';
import type { StoredEvent } from '../../store/event-store.js';
import { HttpError } from '../errors.js';
import { parseOr400 } from '../http.js';

export const fixtureParams = z.object({ id: z.string().min(1).max(100) });

function meta(f: Fixture) {
  return { id: f.id, title: f.title, date: f.date, summary: f.summary, sources: f.sources, expected: f.expected };
}

/** Replays are deterministic: each fixture is replayed once per process. */
const replayed = new Map<string, StoredEvent[]>();

function eventsOf(f: Fixture): StoredEvent[] {
  let events = replayed.get(f.id);
  if (!events) {
    const run = runFixture(f);
    if (!run.ok)
      throw new HttpError(500, 'fixture-failed', `Fixture ${f.id} did not replay (step ${run.error.step}: ${run.error.message}).`);
    const at = `${f.date}T00:00:00.000Z`;
    events = run.value.events.map((e, i) => ({ sessionId: f.id, version: i + 1, type: e.type, data: e.data, commandId: null, at }));
    replayed.set(f.id, events);
  }
  return events;
}

export function fixtureRoutes(app: FastifyInstance): void {
  app.get('/api/fixtures', async () => ({ fixtures: fixtures.map(meta) }));
  app.get('/api/fixtures/:id', async (request) => {
    const { id } = parseOr400(fixtureParams, request.params, 'fixture');
    const fixture = findFixture(id);
    if (!fixture) throw new HttpError(404, 'fixture-not-found', `There is no fixture "${id}"; GET /api/fixtures lists them.`);
    return { meta: meta(fixture), events: eventsOf(fixture) };
  });
}
