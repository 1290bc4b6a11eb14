/**
 * Several writer processes on one store (a SQLite file; a PostgreSQL database): a
 * conflict is reported to exactly one of two racers, a command id is applied once even
 * when sent by two processes at once, and N hammering writers retrying on conflict
 * store exactly N*M events, contiguous, none lost or duplicated.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import { Writer } from './child.js';
import { withPostgres } from './pg-env.js';

interface RaceOutcome {
  ok: boolean;
  duplicate?: boolean;
  code?: string;
  actual?: number;
  events?: { version: number; data: { by: string } }[];
}

/** Start writers, wait until every one has opened the store, then release them together. */
async function startTogether(writers: Writer[]): Promise<void> {
  const ready = await Promise.all(writers.map((w) => w.next((line) => line === 'ready' || line.startsWith('exit '))));
  for (const line of ready) assert.equal(line, 'ready');
  for (const w of writers) w.go();
}

async function race(url: string, commandId?: string): Promise<{ outcomes: RaceOutcome[]; sessionId: string }> {
  const sessionId = `race-${randomUUID()}`;
  const writers = ['alpha', 'beta'].map((name) => new Writer([url, 'race', sessionId, name, ...(commandId ? [commandId] : [])]));
  await startTogether(writers);
  const outcomes = await Promise.all(writers.map(async (w) => JSON.parse((await w.finish()).at(-1)!) as RaceOutcome));
  return { outcomes, sessionId };
}

function multiProcessSuite(name: string, newUrl: () => string): void {
  test(`${name}: two processes append at version 0: one wins, one gets a ConcurrencyError`, { timeout: 60_000 }, async () => {
    const url = newUrl();
    const { outcomes, sessionId } = await race(url);
    const winners = outcomes.filter((o) => o.ok);
    const losers = outcomes.filter((o) => !o.ok);
    assert.equal(winners.length, 1);
    assert.equal(losers.length, 1);
    assert.equal(losers[0]?.code, 'version-conflict');
    assert.equal(losers[0]?.actual, 1);
    const store = await openStore(url);
    try {
      const events = await store.read(sessionId);
      assert.equal(events.length, 1);
      assert.deepEqual(events[0]?.data, winners[0]?.events?.[0]?.data);
    } finally {
      await store.close();
    }
  });

  test(`${name}: the same command id from two processes at once is applied once`, { timeout: 60_000 }, async () => {
    const url = newUrl();
    const { outcomes, sessionId } = await race(url, 'cmd-shared');
    assert.ok(
      outcomes.every((o) => o.ok),
      JSON.stringify(outcomes),
    );
    assert.deepEqual(outcomes.map((o) => o.duplicate).sort(), [false, true]);
    assert.deepEqual(outcomes[0]?.events, outcomes[1]?.events);
    const store = await openStore(url);
    try {
      const events = await store.read(sessionId);
      assert.equal(events.length, 1);
      assert.deepEqual(events[0]?.data, outcomes[0]?.events?.[0]?.data);
    } finally {
      await store.close();
    }
  });

  test(`${name}: N writers x M appends, retrying on conflict: exactly N*M events, contiguous`, { timeout: 120_000 }, async (t) => {
    const url = newUrl();
    const N = 4;
    const M = 25;
    const sessionId = `hammer-${randomUUID()}`;
    const writers = Array.from({ length: N }, (_, i) => new Writer([url, 'hammer', sessionId, `w${i}`, String(M)]));
    await startTogether(writers);
    const conflicts = (await Promise.all(writers.map((w) => w.finish()))).map((lines) => Number(lines.at(-1)!.split(' ')[1]));
    const store = await openStore(url);
    try {
      const events = await store.read(sessionId);
      assert.deepEqual(
        events.map((e) => e.version),
        Array.from({ length: N * M }, (_, i) => i + 1),
      );
      for (let i = 0; i < N; i++) {
        const mine = events.map((e) => e.data as { writer: string; seq: number }).filter((d) => d.writer === `w${i}`);
        assert.deepEqual(
          mine.map((d) => d.seq),
          Array.from({ length: M }, (_, s) => s),
          `writer w${i}: each append stored once, in order`,
        );
      }
      t.diagnostic(`conflicts seen and retried per writer: ${conflicts.join(', ')}`);
    } finally {
      await store.close();
    }
  });
}

describe('several writer processes on one store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'council-procs-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let file = 0;
  // A fresh file per test: the first open by racing processes also exercises concurrent schema creation.
  multiProcessSuite('sqlite', () => `sqlite:${join(dir, `procs-${++file}.sqlite`)}`);
  withPostgres('postgres: several writer processes', (pgUrl) => multiProcessSuite('postgres', () => pgUrl));
});
