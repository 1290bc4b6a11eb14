import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import pg from 'pg';
import type { EventStore, NewEvent } from '../../src/store/event-store.js';
import { openPostgresPublisher } from '../../src/store/postgres-publisher.js';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import { updateVersion, type Publisher } from '../../src/store/publisher.js';
import { eventStoreContract } from './contract.js';
import { withPostgres } from './pg-env.js';

/** Append and publish, as SessionService does. */
async function appendAndPublish(store: EventStore, publisher: Publisher, id: string, version: number, events: NewEvent[]) {
  const result = await store.append(id, version, events);
  publisher.publish(id, result.events);
  return result;
}

/** A publisher's subscribe as (sessionId, version) pairs. */
function onVersion(publisher: Publisher, listener: (sessionId: string, version: number) => void): () => void {
  return publisher.subscribe((update) => listener(update.sessionId, updateVersion(update)));
}

withPostgres('postgres store', (url) => {
  eventStoreContract('postgres', async () => ({ store: await openPostgresStore(url), reopen: () => openPostgresStore(url) }));

  describe('postgres store specifics', () => {
    test('several instances opening at once create the schema once, without error', async () => {
      const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(url)));
      await Promise.all(stores.map((s) => s.close()));
    });

    test("an instance is told of another instance's appends (LISTEN/NOTIFY), after commit", { timeout: 20_000 }, async () => {
      const writer = await openPostgresStore(url);
      const writes = await openPostgresPublisher(url);
      const watcher = await openPostgresStore(url);
      const watches = await openPostgresPublisher(url);
      const id = `notify-${randomUUID()}`;
      try {
        const seen: number[] = [];
        const heard = new Promise<void>((resolve) => {
          onVersion(watches, (sessionId, version) => {
            if (sessionId !== id) return;
            seen.push(version);
            // Committed before the notification arrived: the watcher can read it.
            void watcher.read(id).then((events) => {
              assert.equal(events.length >= version, true);
              if (version === 3) resolve();
            });
          });
        });
        await appendAndPublish(writer, writes, id, 0, [
          { type: 'a', data: 1 },
          { type: 'b', data: 2 },
        ]);
        await appendAndPublish(writer, writes, id, 0, [{ type: 'late', data: 0 }]).catch(() => undefined);
        await appendAndPublish(writer, writes, id, 2, [{ type: 'c', data: 3 }]);
        await heard;
        assert.deepEqual(seen, [2, 3]);
      } finally {
        await Promise.all([writer.close(), watcher.close(), writes.close(), watches.close()]);
      }
    });

    test('an instance does not hear its own appends twice', { timeout: 20_000 }, async () => {
      const store = await openPostgresStore(url);
      const publisher = await openPostgresPublisher(url);
      const other = await openPostgresPublisher(url);
      const id = `own-${randomUUID()}`;
      try {
        const mine: number[] = [];
        onVersion(publisher, (s, v) => s === id && mine.push(v));
        // `other` hearing the second append proves the first notification was delivered to everyone by then.
        const otherHeard = new Promise<void>((resolve) => onVersion(other, (s, v) => s === id && v === 2 && resolve()));
        await appendAndPublish(store, publisher, id, 0, [{ type: 'a', data: 1 }]);
        await appendAndPublish(store, publisher, id, 1, [{ type: 'b', data: 2 }]);
        await otherHeard;
        // A round trip on the listening side's database after the NOTIFYs flushes any echo to us.
        await store.read(id);
        assert.deepEqual(mine, [1, 2]);
      } finally {
        await Promise.all([store.close(), publisher.close(), other.close()]);
      }
    });

    test('the schema itself refuses a duplicate version or command', async () => {
      await (await openPostgresStore(url)).close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const id = `constraint-${randomUUID()}`;
      try {
        const insert = (version: number, command: string | null) =>
          client.query(
            "INSERT INTO council_events (session_id, version, type, data, command_id, command_index) VALUES ($1, $2, 't', '{}', $3, 0)",
            [id, version, command],
          );
        await insert(1, 'c');
        await assert.rejects(insert(1, null), { code: '23505' });
        await assert.rejects(insert(2, 'c'), { code: '23505' });
      } finally {
        await client.end();
      }
    });

    test('an unreachable database is a store-unavailable StoreError without the password', async () => {
      await assert.rejects(openPostgresStore('postgresql://someone:s3cret@127.0.0.1:1/nowhere'), (error: Error & { code?: string }) => {
        assert.equal(error.name, 'StoreError');
        assert.equal(error.code, 'store-unavailable');
        assert.doesNotMatch(error.message, /s3cret/);
        return true;
      });
    });
  });
});

withPostgres('postgres store: lost connections', (url) => {
  describe('postgres store: lost connections', () => {
    async function terminate(applicationName: string): Promise<number> {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        const result = await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
          [applicationName],
        );
        return result.rowCount ?? 0;
      } finally {
        await admin.end();
      }
    }

    test('after its connections are killed, a store keeps appending and hearing other instances', { timeout: 60_000 }, async () => {
      const name = `council-test-${randomUUID().slice(0, 8)}`;
      const victim = await openPostgresStore(url, { applicationName: name });
      const victimHears = await openPostgresPublisher(url, name);
      const writer = await openPostgresStore(url);
      const writes = await openPostgresPublisher(url);
      const id = `lost-${randomUUID()}`;
      try {
        await victim.append(id, 0, [{ type: 'before', data: 1 }]);
        // The pool's connection and the LISTEN connection both die.
        assert.ok((await terminate(name)) + (await terminate(`${name}-listen`)) >= 2);
        // An append on a dead pooled connection may fail once, as store-unavailable; the retry works.
        let version = 1;
        for (let attempt = 0; version === 1; attempt++) {
          try {
            version = (await victim.append(id, 1, [{ type: 'after', data: 2 }], 'after-kill')).version;
          } catch (error) {
            assert.equal((error as { code?: string }).code, 'store-unavailable');
            assert.ok(attempt < 3, 'the pool replaces dead connections');
          }
        }
        assert.equal(version, 2);
        // The listener reconnects (with back-off); keep appending from elsewhere until it hears one.
        let heard = false;
        victimHears.subscribe(({ sessionId }) => {
          if (sessionId === id) heard = true;
        });
        for (let v = 2; !heard; v++) {
          await appendAndPublish(writer, writes, id, v, [{ type: 'ping', data: v }]);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        assert.ok(heard);
      } finally {
        await Promise.all([victim.close(), writer.close(), victimHears.close(), writes.close()]);
      }
    });
  });
});
