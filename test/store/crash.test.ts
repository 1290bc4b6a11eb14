/**
 * kill -9 a writer mid-stream, reopen, and check that nothing acknowledged was lost:
 * versions contiguous 1..n, n >= the last acknowledged version, no partial multi-event
 * append, and the state folded by the real session reducer equals both what the writer
 * had acknowledged and a fresh replay.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { StoredEvent } from '../../src/store/event-store.js';
import { openStore } from '../../src/store/open-store.js';
import { Writer } from './child.js';
import { digest, fold } from './fixtures/session-stream.js';
import { freePort, killCluster, startCluster, stopCluster } from './pg-cluster.js';
import { withPostgres } from './pg-env.js';

const BATCH = 3;
const ROUNDS = 3;
/** Acks to wait for before each kill: enough that the writer is well into its loop. */
const ACKS_BEFORE_KILL = 15;

/** Kill the writer (default), or the database under it, mid-stream; resolves once the store can be reopened. */
type Crash = (writer: Writer) => Promise<void>;

async function crashAndCheck(url: string, crash: Crash = (writer) => writer.kill9()): Promise<void> {
  const sessionId = `crash-${randomUUID()}`;
  let lastAcked = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const writer = new Writer([url, 'stream', sessionId, String(BATCH)]);
    await writer.nth(ACKS_BEFORE_KILL, (line) => line.startsWith('ack ') || line.startsWith('exit '));
    await crash(writer);
    const acks = writer.lines.filter((line) => line.startsWith('ack '));
    assert.ok(acks.length >= ACKS_BEFORE_KILL, `round ${round}: the writer acknowledged only ${acks.length} appends`);
    const [, ackedVersion, ackedDigest] = acks[acks.length - 1]!.split(' ');
    const acked = Number(ackedVersion);
    assert.ok(acked > lastAcked, 'each round made progress');
    lastAcked = acked;

    const store = await openStore(url);
    try {
      const events = await store.read(sessionId);
      const n = events.length;
      assert.deepEqual(
        events.map((e) => e.version),
        Array.from({ length: n }, (_, i) => i + 1),
        'versions are contiguous from 1',
      );
      assert.ok(n >= acked, `round ${round}: ${n} events stored but ${acked} acknowledged`);
      // One session-created event, then whole batches only: a kill never leaves half an append.
      assert.equal((n - 1) % BATCH, 0, `round ${round}: ${n} events is not 1 + whole batches of ${BATCH}`);
      assertWholeCommands(events);
      // The state the writer acknowledged is exactly the replay of the first `acked` events.
      assert.equal(digest(fold(events.slice(0, acked))), ackedDigest);
      // A fresh replay equals folding incrementally from reads at arbitrary points.
      const full = fold(events);
      let incremental = fold(await store.read(sessionId, 0).then((all) => all.slice(0, 7)));
      for (let from = 7; from < n; from += 11) incremental = fold((await store.read(sessionId, from)).slice(0, 11), incremental);
      assert.equal(digest(incremental), digest(full));
      assert.equal(full.statements.length, n - 1);
      assert.equal(full.session?.sessionId, sessionId);
    } finally {
      await store.close();
    }
  }
}

/** Every command id's events are contiguous and complete (BATCH of them, or the single creation). */
function assertWholeCommands(events: StoredEvent[]): void {
  const byCommand = new Map<string, number[]>();
  for (const e of events) {
    assert.ok(e.commandId, `event ${e.version} has no command id`);
    byCommand.set(e.commandId, [...(byCommand.get(e.commandId) ?? []), e.version]);
  }
  for (const [commandId, versions] of byCommand) {
    assert.equal(versions.length, commandId === 'create' ? 1 : BATCH, `command ${commandId}`);
    assert.equal(versions[versions.length - 1]! - versions[0]!, versions.length - 1, `command ${commandId} is contiguous`);
  }
}

describe('kill -9 mid-stream', () => {
  const dir = mkdtempSync(join(tmpdir(), 'council-crash-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('sqlite: every acknowledged append survives, no partial append', { timeout: 120_000 }, async () => {
    await crashAndCheck(`sqlite:${join(dir, 'crash.sqlite')}`);
  });

  withPostgres('postgres: kill -9 mid-stream', (url) => {
    test('postgres: every acknowledged append survives, no partial append', { timeout: 120_000 }, async () => {
      await crashAndCheck(url);
    });

    // The database itself crashes: acknowledged means committed and flushed, so it survives recovery.
    test('postgres server killed -9 under a writer: every acknowledged append survives recovery', { timeout: 240_000 }, async () => {
      // Outside the private test directory: the server runs as the postgres OS user.
      const clusterDir = join(mkdtempSync(join(tmpdir(), 'council-pgcrash-')), 'cluster');
      chmodSync(dirname(clusterDir), 0o755);
      const port = await freePort();
      const privateUrl = startCluster(clusterDir, port);
      try {
        await crashAndCheck(privateUrl, async (writer) => {
          assert.ok(killCluster(clusterDir).length >= 2, 'the postmaster and its children were killed');
          // The writer loses its connection; whatever it had acknowledged must be on disk.
          const { signal } = await writer.exited;
          if (signal === null) assert.notEqual((await writer.exited).code, 0);
          startCluster(clusterDir, port);
        });
      } finally {
        try {
          stopCluster(clusterDir, port);
        } catch (error) {
          // Do not mask the test's own failure; the cluster is a throwaway in a temp directory.
          console.error(String(error));
        }
        rmSync(dirname(clusterDir), { recursive: true, force: true });
      }
    });
  });
});
