/**
 * Where a session's events come from for read-only tools (replay, export, listings): a
 * historical fixture, replayed in memory, or a stored session in an event store. Opening
 * a store for reading never creates one: a missing sqlite file simply has no sessions.
 */
import { existsSync } from 'node:fs';
import { openStore } from '../store/open-store.js';
import type { EventStore, SessionSummary } from '../store/event-store.js';
import { DEFAULT_STORE_URL, parseStoreUrl } from '../store/store-url.js';
import type { SessionEvent } from '../sessions/events.js';
import { findFixture, runFixture } from '../sessions/fixtures/index.js';

export { DEFAULT_STORE_URL };

export interface SessionEvents {
  id: string;
  origin: 'fixture' | 'store';
  events: { type: string; data: unknown; at?: string }[];
}

/** Open the store, run `f`, always close it. */
export async function withStore<T>(url: string, f: (store: EventStore) => Promise<T>): Promise<T> {
  const store = await openStore(url);
  try {
    return await f(store);
  } finally {
    await store.close();
  }
}

/** True when reading `url` could find anything (a memory store never can, from a CLI). */
export function storeMayHaveSessions(url: string): boolean {
  const location = parseStoreUrl(url);
  if (!location.ok) return true; // let openStore report the bad URL
  if (location.value.kind === 'memory') return false;
  if (location.value.kind === 'sqlite') return existsSync(location.value.file);
  return true;
}

/** A fixture by id, else a stored session; null when neither exists. Throws StoreError on a bad store. */
export async function loadSessionEvents(id: string, url: string = DEFAULT_STORE_URL): Promise<SessionEvents | null> {
  const fixture = findFixture(id);
  if (fixture) {
    const run = runFixture(fixture);
    if (!run.ok) throw new Error(`fixture ${id} no longer replays (step ${run.error.step}: ${run.error.code}: ${run.error.message})`);
    return { id, origin: 'fixture', events: run.value.events as SessionEvent[] };
  }
  if (!storeMayHaveSessions(url)) return null;
  const events = await withStore(url, (store) => store.read(id));
  return events.length > 0 ? { id, origin: 'store', events } : null;
}

export interface StoredSessionSummary extends SessionSummary {
  title: string;
  date: string;
  body: string;
  format: string;
}

/** Stored sessions with the title and date from their session-created event. */
export async function listStoredSessions(url: string = DEFAULT_STORE_URL): Promise<StoredSessionSummary[]> {
  if (!storeMayHaveSessions(url)) return [];
  return withStore(url, async (store) => {
    const out: StoredSessionSummary[] = [];
    for (const summary of await store.listSessions()) {
      const [first] = await store.read(summary.sessionId, 0);
      const d = (first?.type === 'session-created.v1' ? first.data : {}) as Record<string, unknown>;
      out.push({
        ...summary,
        title: String(d.title ?? ''),
        date: String(d.date ?? ''),
        body: String(d.body ?? ''),
        format: String(d.format ?? ''),
      });
    }
    return out;
  });
}
