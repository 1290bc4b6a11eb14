import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { AppendResult } from '../../src/store/event-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { eventStoreContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'council-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const file = join(dir, 'contract.sqlite');
eventStoreContract('sqlite', async () => ({ store: openSqliteStore(file), reopen: async () => openSqliteStore(file) }));

describe('sqlite store specifics', () => {
  test('creates the file, its directories and its schema; runs in WAL with synchronous=FULL', async () => {
    const nested = join(dir, 'a', 'b', 'new.sqlite');
    assert.equal(existsSync(nested), false);
    const store = openSqliteStore(nested);
    await store.append('s', 0, [{ type: 't', data: { ok: true } }]);
    await store.close();
    assert.equal(existsSync(nested), true);
    const db = new Database(nested);
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      const row = db.prepare('SELECT session_id, version, type, data FROM council_events').get();
      assert.deepEqual({ ...(row as object) }, { session_id: 's', version: 1, type: 't', data: '{"ok":true}' });
    } finally {
      db.close();
    }
    const reopened = openSqliteStore(nested);
    assert.equal(((await reopened.read('s'))[0]!.data as { ok: boolean }).ok, true);
    await reopened.close();
  });

  test('group commit: appends issued in one turn are written together, yet each is answered on its own', async () => {
    const store = openSqliteStore(join(dir, 'group.sqlite'));
    // 30 sessions x one event, plus two appends racing for version 1 of one session and a
    // retried command id, all issued before the event loop turns.
    const appends = Array.from({ length: 30 }, (_, i) => store.append(`s${i}`, 0, [{ type: 'ballot', data: { i } }], `c${i}`));
    const winner = store.append('race', 0, [{ type: 'a', data: {} }], 'first');
    const loser = store.append('race', 0, [{ type: 'b', data: {} }], 'second');
    const retry = store.append('s0', 0, [{ type: 'ballot', data: { i: 0 } }], 'c0');
    const results = await Promise.all(appends);
    assert.ok(results.every((r) => r.version === 1 && !r.duplicate));
    assert.equal((await winner).version, 1);
    await assert.rejects(loser, { name: 'ConcurrencyError', actualVersion: 1 });
    const retried = await retry;
    assert.equal(retried.duplicate, true);
    assert.equal(retried.events[0]!.commandId, 'c0');
    await store.close();
    const reopened = openSqliteStore(join(dir, 'group.sqlite'));
    assert.equal((await reopened.listSessions()).length, 31);
    assert.equal((await reopened.read('race')).map((e) => e.type).join(), 'a');
    await reopened.close();
  });

  test('right after a write, appends from separate callbacks of one turn still share one transaction', async () => {
    const store = openSqliteStore(join(dir, 'chase.sqlite'), { exclusive: true });
    // A sequential writer's next append is written at once (the continuation of a write), but
    // callbacks of the next turn (as sockets deliver ballots) must still go out together. The
    // timers are due by the end of a long write, so they fire in the turn right after it.
    const made: Promise<AppendResult>[] = [];
    const allMade = new Promise<void>((resolve) => {
      for (let i = 0; i < 30; i++) {
        setTimeout(() => {
          made.push(store.append(`t${i}`, 0, [{ type: 't', data: { i } }]));
          if (made.length === 30) resolve();
        }, 0);
      }
    });
    const long = Array.from({ length: 3000 }, (_, i) => ({ type: 't', data: { i, text: 'x'.repeat(200) } }));
    await store.append('first', 0, long);
    await allMade;
    const results = await Promise.all(made);
    // One transaction has one time: every append of it carries the same `at`.
    assert.equal(new Set(results.map((r) => r.events[0]!.at)).size, 1);
    await store.close();
  });

  test('close() writes appends already accepted instead of dropping them', async () => {
    const path = join(dir, 'close-flush.sqlite');
    const store = openSqliteStore(path);
    const pending = store.append('s', 0, [{ type: 't', data: {} }]);
    await store.close();
    assert.equal((await pending).version, 1);
    const reopened = openSqliteStore(path);
    assert.equal((await reopened.read('s')).length, 1);
    await reopened.close();
  });

  test('the schema itself refuses a duplicate or non-positive version (the last line of defence)', () => {
    const path = join(dir, 'constraints.sqlite');
    openSqliteStore(path).close();
    const db = new Database(path);
    try {
      const insert = db.prepare(
        "INSERT INTO council_events (session_id, version, type, data, command_id, command_index, at) VALUES ('s', ?, 't', '{}', ?, 0, 'now')",
      );
      insert.run(1, 'c');
      assert.throws(() => insert.run(1, null), /UNIQUE|PRIMARY KEY/);
      assert.throws(() => insert.run(0, null), /CHECK/);
    } finally {
      db.close();
    }
  });

  test('a file that cannot be opened is a store-unavailable StoreError, not a crash', () => {
    const aFile = join(dir, 'plain-file');
    writeFileSync(aFile, 'not a directory');
    assert.throws(() => openSqliteStore(join(aFile, 'x.sqlite')), { name: 'StoreError', code: 'store-unavailable' });
    // A directory that can never be created (this once hung Node's recursive mkdir).
    assert.throws(() => openSqliteStore('/proc/council/x.sqlite'), { name: 'StoreError', code: 'store-unavailable' });
    const notSqlite = join(dir, 'not-sqlite.sqlite');
    writeFileSync(notSqlite, 'this is not a database file, just text long enough to have a header');
    assert.throws(() => openSqliteStore(notSqlite), { name: 'StoreError', code: 'store-unavailable' });
  });
});
