/**
 * The SQLite command ledger stands in for a command-id index: a repeated command id must be
 * answered as a duplicate whatever the ledger has seen, forgotten, or missed because another
 * process wrote the file.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { prepareAppend } from '../../src/store/append-input.js';
import { SqliteAppender } from '../../src/store/sqlite-appender.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'council-ledger-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ballot = (n: number) => [{ type: 'ballot', data: { n } }];

/** A migrated file, opened raw for an appender of its own. */
function migratedFile(name: string): Database.Database {
  const file = join(dir, name);
  openSqliteStore(file).close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  return db;
}

describe('the SQLite command ledger', () => {
  test('two store objects on one file: each answers a command the other wrote as a duplicate', async () => {
    const file = join(dir, 'two.sqlite');
    const a = openSqliteStore(file);
    const b = openSqliteStore(file);
    try {
      assert.equal((await b.append('s', 0, ballot(1), 'c1')).version, 1); // b's ledger now knows s at head 1
      assert.equal((await a.append('s', 1, ballot(2), 'c2')).version, 2); // written behind b's back
      // b thinks the head is 1: the retry of c2 at 1 collides on the primary key, then is found in the file.
      const stale = await b.append('s', 1, ballot(2), 'c2');
      assert.deepEqual([stale.duplicate, stale.version, stale.events[0]!.commandId], [true, 2, 'c2']);
      // At the real head, the retry is refused before any write, by what b read back.
      const atHead = await b.append('s', 2, ballot(2), 'c2');
      assert.deepEqual([atHead.duplicate, atHead.version], [true, 2]);
      // A fresh command at b's stale head is a conflict at the real head, not a lost write.
      await a.append('s', 2, ballot(3), 'c3');
      await assert.rejects(b.append('s', 2, ballot(4), 'c4'), { name: 'ConcurrencyError', actualVersion: 3 });
      assert.equal((await b.append('s', 3, ballot(4), 'c4')).version, 4);
      // findCommand reads what the other wrote since.
      await a.append('s', 4, ballot(5), 'c5');
      assert.equal((await b.findCommand('s', 'c5'))?.version, 5);
      assert.deepEqual(
        (await a.read('s')).map((e) => e.commandId),
        ['c1', 'c2', 'c3', 'c4', 'c5'],
      );
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('a session left out of a full ledger is read again: its old commands are still duplicates', () => {
    const db = migratedFile('evict.sqlite');
    try {
      // Room for two commands: each new session pushes the least recently used one out.
      const appender = new SqliteAppender(db, 2);
      for (const s of ['s1', 's2', 's3']) {
        for (let v = 0; v < 2; v++) {
          const [outcome] = appender.run([prepareAppend(s, v, ballot(v), `${s}-c${v}`)]);
          assert.equal(outcome!.kind, 'appended');
        }
      }
      for (const s of ['s1', 's2', 's3']) {
        const [retry] = appender.run([prepareAppend(s, 2, ballot(0), `${s}-c0`)]);
        assert.equal(retry!.kind, 'duplicate', `${s}: its first command`);
        const [next] = appender.run([prepareAppend(s, 2, ballot(2), `${s}-c2`)]);
        assert.deepEqual(next, { kind: 'appended', version: 3, at: (next as { at: string }).at }, `${s}: the head was read back too`);
      }
      assert.equal(appender.findCommand('s1', 's1-c1')[0]?.version, 2);
      const count = db.prepare('SELECT count(*) AS n FROM council_events').get() as { n: number };
      assert.equal(count.n, 9);
    } finally {
      db.close();
    }
  });

  test('a batch that rolls back teaches the ledger nothing: its command ids stay free', () => {
    const db = migratedFile('rollback.sqlite');
    try {
      const appender = new SqliteAppender(db);
      // A second connection holds the write lock, so the batch's transaction cannot begin.
      const other = new Database(db.name, { timeout: 0 });
      other.exec('BEGIN IMMEDIATE');
      db.pragma('busy_timeout = 0');
      assert.throws(() => appender.run([prepareAppend('s', 0, ballot(1), 'c1'), prepareAppend('t', 0, ballot(1), 'c1')]), /locked|busy/i);
      other.exec('ROLLBACK');
      other.close();
      const [first, second] = appender.run([prepareAppend('s', 0, ballot(1), 'c1'), prepareAppend('t', 0, ballot(1), 'c1')]);
      assert.deepEqual([first!.kind, second!.kind], ['appended', 'appended']);
      // Within one batch, the second use of an id in one session is answered from the batch's own writes.
      const [again, repeat] = appender.run([prepareAppend('s', 1, ballot(2), 'c2'), prepareAppend('s', 2, ballot(2), 'c2')]);
      assert.equal(again!.kind, 'appended');
      assert.equal(repeat!.kind, 'duplicate');
      assert.deepEqual(
        (repeat as { rows: { version: number }[] }).rows.map((r) => r.version),
        [2],
      );
    } finally {
      db.close();
    }
  });
});
