/**
 * Databases written before the schema table and the identity store (fixture: a SQLite
 * file made by the server at 5bd22fb, credentials still inside `session-created`) open,
 * migrate in order, and replay identically: the same events (less the secrets, which
 * move to the identity tables), the same state, and the tokens and join codes issued
 * then still work. The PostgreSQL run loads the same rows into a fresh database with
 * that version's schema.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { buildServer } from '../../src/server/app.js';
import { hashSecret } from '../../src/server/tokens.js';
import { initialState, reduce } from '../../src/sessions/reducer.js';
import { SessionService } from '../../src/sessions/service.js';
import type { EventStore, StoredEvent } from '../../src/store/event-store.js';
import { SQLITE_MIGRATIONS, POSTGRES_MIGRATIONS } from '../../src/store/migrations.js';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { withPostgres } from './pg-env.js';

const FIXTURE = new URL('./fixtures/v0-council.sqlite', import.meta.url);
interface Issued {
  sessionId: string;
  chair: { token: string };
  delegations: { code: string; joinCode: string }[];
  tokens?: Record<string, string>;
}
const SECRETS = JSON.parse(readFileSync(new URL('./fixtures/v0-council.secrets.json', import.meta.url), 'utf8')) as {
  first: Issued;
  second: Issued;
};

interface Row {
  session_id: string;
  version: number;
  type: string;
  data: string;
  command_id: string | null;
  command_index: number;
  at: string;
}

const original: Row[] = (() => {
  const db = new Database(FIXTURE.pathname, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT * FROM council_events ORDER BY session_id, version').all() as Row[];
  } finally {
    db.close();
  }
})();

/** The fixture's events as the store must now return them: the same, without `credentials`. */
function expectedEvents(sessionId: string): StoredEvent[] {
  return original
    .filter((r) => r.session_id === sessionId)
    .map((r) => {
      const { credentials: _secret, ...data } = JSON.parse(r.data) as Record<string, unknown>;
      return { sessionId, version: r.version, type: r.type, data, commandId: r.command_id, at: r.at };
    });
}

function credentialsIn(sessionId: string): Record<string, string> {
  return (JSON.parse(original.find((r) => r.session_id === sessionId && r.version === 1)!.data) as { credentials: Record<string, string> })
    .credentials;
}

/**
 * An event of another session whose text PostgreSQL cannot de-escape (an escaped NUL, as
 * the store contract writes): the migration must not read it, and it must come back as written.
 */
const ODD = {
  session_id: 'odd-nul',
  version: 1,
  type: 'note.v1',
  data: '{"s":"a\\u0000b","credentials":"not a secret"}',
  at: '2024-01-01T00:00:00.000Z',
};

/** The assertions every migrated store must pass. */
async function assertMigrated(store: EventStore): Promise<void> {
  const odd = await store.read(ODD.session_id);
  assert.deepEqual(
    odd.map((e) => e.data),
    [{ s: 'a\u0000b', credentials: 'not a secret' }],
    'other events are not touched',
  );
  for (const issued of [SECRETS.first, SECRETS.second]) {
    const id = issued.sessionId;
    const events = await store.read(id);
    assert.deepEqual(
      events.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
      expectedEvents(id),
      `${id}: the same events, less the secrets`,
    );
    assert.ok(!JSON.stringify(events).includes('credentials'));
    assert.deepEqual(await store.identities.get(id), credentialsIn(id), `${id}: its credentials, in the identity store`);
    for (const d of issued.delegations) {
      const found = await store.identities.findJoin(hashSecret(d.joinCode));
      assert.deepEqual([found?.sessionId, found?.code], [id, d.code]);
    }
    // Replays identically: the service's state is the fold of the original events, less the secrets.
    const loaded = await new SessionService(store).load(id);
    assert.ok(loaded.ok);
    assert.deepEqual(loaded.value.state, expectedEvents(id).reduce(reduce, initialState));
  }
}

describe('migrations: a SQLite database from before the schema table', () => {
  const dir = mkdtempSync(join(tmpdir(), 'council-migrate-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('opens, records each migration once, moves the secrets out and replays identically', async () => {
    const file = join(dir, 'v0.sqlite');
    copyFileSync(FIXTURE, file);
    const raw = new Database(file);
    raw
      .prepare('INSERT INTO council_events (session_id, version, type, data, at) VALUES (?, ?, ?, ?, ?)')
      .run(ODD.session_id, ODD.version, ODD.type, ODD.data, ODD.at);
    raw.close();
    const store = openSqliteStore(file);
    try {
      await assertMigrated(store);
    } finally {
      await store.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      const applied = db.prepare('SELECT version, name FROM council_schema ORDER BY version').all();
      assert.deepEqual(
        applied,
        SQLITE_MIGRATIONS.map(({ version, name }) => ({ version, name })),
      );
      // Migration 4 rebuilt the table keyed by version alone: no json_valid check, no command-id index.
      const schema = db.prepare("SELECT name, sql FROM sqlite_schema WHERE tbl_name = 'council_events'").all() as {
        name: string;
        sql: string;
      }[];
      assert.deepEqual(
        schema.map((r) => r.name),
        ['council_events'],
      );
      assert.doesNotMatch(schema[0]!.sql, /json_valid/);
      assert.match(schema[0]!.sql, /PRIMARY KEY \(session_id, version\)/);
    } finally {
      db.close();
    }
    // Opening again applies nothing twice and changes nothing.
    const again = openSqliteStore(file);
    try {
      await assertMigrated(again);
    } finally {
      await again.close();
    }
  });

  test('the tokens and join codes issued before the migration still work through the server', async () => {
    const file = join(dir, 'served.sqlite');
    copyFileSync(FIXTURE, file);
    const store = openSqliteStore(file, { exclusive: true });
    const app = await buildServer({ store, webRoot: '/nonexistent' });
    try {
      const { sessionId, chair, delegations, tokens } = SECRETS.first;
      const codes = await app.inject({
        url: `/api/sessions/${sessionId}/delegations`,
        headers: { authorization: `Bearer ${chair.token}` },
      });
      assert.equal(codes.statusCode, 200, codes.body);
      const listed = (codes.json() as { delegations: { code: string; joinCode: string; name: string }[] }).delegations;
      assert.deepEqual(listed.map((d) => [d.code, d.joinCode]).sort(), delegations.map((d) => [d.code, d.joinCode]).sort());
      assert.equal(listed.find((d) => d.code === 'CHN')?.name, 'China', 'names of migrated sessions come from their members');
      const joined = await app.inject({
        method: 'POST',
        url: '/api/join',
        payload: { joinCode: delegations.find((d) => d.code === 'RUS')!.joinCode },
      });
      assert.equal(joined.statusCode, 200, joined.body);
      assert.equal((joined.json() as { token: string }).token, tokens!.RUS);
      const ballot = await app.inject({
        method: 'POST',
        url: `/api/sessions/${sessionId}/commands`,
        headers: { authorization: `Bearer ${tokens!.RUS}` },
        payload: { id: 'ballot-RUS', type: 'cast-ballot', ballot: 'no' },
      });
      assert.equal(ballot.statusCode, 200, ballot.body);
      assert.equal((ballot.json() as { version: number }).version, 13);
      // A command stored before command hashes existed is still answered as a retry.
      const retry = await app.inject({
        method: 'POST',
        url: `/api/sessions/${sessionId}/commands`,
        headers: { authorization: `Bearer ${tokens!.FRA}` },
        payload: { id: 'ballot-FRA', type: 'cast-ballot', ballot: 'yes' },
      });
      assert.equal(retry.statusCode, 200, retry.body);
      assert.equal((retry.json() as { version: number }).version, 5);
    } finally {
      await app.close();
      await store.close();
    }
  });

  test('a database from a newer council is refused, not written', () => {
    const file = join(dir, 'newer.sqlite');
    openSqliteStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO council_schema (version, name, applied_at) VALUES (99, 'future', 'now')").run();
    db.close();
    assert.throws(() => openSqliteStore(file), {
      name: 'StoreError',
      code: 'store-unavailable',
      message: /schema version 99, newer than this council/,
    });
  });
});

withPostgres('migrations: a PostgreSQL database from before the schema table', (url) => {
  describe('migrations: a PostgreSQL database from before the schema table', () => {
    test('opens, records each migration once, moves the secrets out and replays identically', { timeout: 60_000 }, async () => {
      const name = `council_migrate_${randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const target = new URL(url);
      target.pathname = `/${name}`;
      try {
        const old = new pg.Client({ connectionString: target.toString() });
        await old.connect();
        // The schema as that version created it, and the fixture's rows.
        await old.query(`CREATE TABLE council_events (
          session_id text NOT NULL, version integer NOT NULL CHECK (version > 0), type text NOT NULL, data json NOT NULL,
          command_id text, command_index integer NOT NULL DEFAULT 0, at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (session_id, version));
          CREATE UNIQUE INDEX council_events_command ON council_events (session_id, command_id, command_index);`);
        for (const r of original) {
          await old.query('INSERT INTO council_events VALUES ($1, $2, $3, $4::json, $5, $6, $7)', [
            r.session_id,
            r.version,
            r.type,
            r.data,
            r.command_id,
            r.command_index,
            r.at,
          ]);
        }
        await old.query('INSERT INTO council_events (session_id, version, type, data, at) VALUES ($1, $2, $3, $4::json, $5)', [
          ODD.session_id,
          ODD.version,
          ODD.type,
          ODD.data,
          ODD.at,
        ]);
        await old.end();
        const store = await openPostgresStore(target.toString());
        try {
          await assertMigrated(store);
        } finally {
          await store.close();
        }
        const check = new pg.Client({ connectionString: target.toString() });
        await check.connect();
        const applied = (await check.query('SELECT version, name FROM council_schema ORDER BY version')).rows;
        await check.end();
        assert.deepEqual(
          applied,
          POSTGRES_MIGRATIONS.map(({ version, name: n }) => ({ version, name: n })),
        );
        const again = await openPostgresStore(target.toString());
        try {
          await assertMigrated(again);
        } finally {
          await again.close();
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    });
  });
});
