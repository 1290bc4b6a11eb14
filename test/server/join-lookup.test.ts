/**
 * A join code is one indexed read by its hash (issue 11): no scan of sessions, no read
 * of the event log, whether the code is right or wrong.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { SessionDirectory } from '../../src/server/directory.js';
import type { EventStore } from '../../src/store/event-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { createSession, startTestServer } from './helpers.js';

/** Count the store calls a join makes. */
function counting(store: EventStore) {
  const calls = { read: 0, listSessions: 0, findJoin: 0 };
  const spy: EventStore = Object.create(store) as EventStore;
  spy.read = (...args) => (calls.read++, store.read(...args));
  spy.listSessions = () => (calls.listSessions++, store.listSessions());
  Object.defineProperty(spy, 'identities', {
    value: {
      ...store.identities,
      findJoin: (hash: string) => (calls.findJoin++, store.identities.findJoin(hash)),
      get: store.identities.get.bind(store.identities),
    },
  });
  return { spy, calls };
}

test('a join, right or wrong, is one identity lookup and reads no session', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'council-join-'));
  const file = join(dir, 'join.sqlite');
  const store = openSqliteStore(file);
  const server = await startTestServer({ store });
  try {
    const sessions = [await createSession(server), await createSession(server), await createSession(server)];
    const { spy, calls } = counting(store);
    const directory = new SessionDirectory(spy);
    const target = sessions[1]!.delegations.find((d) => d.code === 'FRA')!;
    const joined = await directory.join(target.joinCode);
    assert.deepEqual([joined?.sessionId, joined?.code, joined?.name], [sessions[1]!.sessionId, 'FRA', 'France']);
    for (let i = 0; i < 5; i++) assert.equal(await directory.join('AAAAAAAAAAAA'), undefined);
    assert.deepEqual(calls, { read: 0, listSessions: 0, findJoin: 6 });
  } finally {
    await server.close();
  }
  // And that lookup is answered by the join-code index, not a scan.
  const db = new Database(file, { readonly: true });
  try {
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT j.session_id, j.code, i.record FROM council_join_codes AS j
           JOIN council_identities AS i ON i.session_id = j.session_id WHERE j.join_hash = ?`,
      )
      .all('x') as { detail: string }[];
    assert.ok(plan.length > 0);
    for (const step of plan) assert.match(step.detail, /^SEARCH .* USING PRIMARY KEY/, step.detail);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
