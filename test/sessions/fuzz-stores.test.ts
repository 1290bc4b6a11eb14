/**
 * The engine fuzz again, this time through SessionService over each durable store: random
 * and malformed commands never throw, every refusal is typed, refusals write nothing, and
 * what the store holds replays to exactly the state the service answered from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { replay } from '../../src/sessions/reducer.js';
import { SessionService } from '../../src/sessions/service.js';
import type { EventStore } from '../../src/store/event-store.js';
import { openMemoryStore } from '../../src/store/memory-store.js';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { withPostgres } from '../store/pg-env.js';
import { command, KNOWN } from './arbitraries.js';
import { chair, create } from './helpers.js';

let sessions = 0;

function fuzzThrough(kind: string, open: () => Promise<EventStore>, numRuns: number): void {
  test(`fuzz through SessionService over ${kind}: typed refusals, nothing half-written, replay = state`, async () => {
    const store = await open();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 25 }), async (commands) => {
          const sessionId = `fuzz-${process.pid}-${++sessions}`;
          const service = new SessionService(store);
          assert.ok((await service.create({ ...create(), sessionId })).ok);
          assert.ok((await service.execute(sessionId, chair('open-meeting'))).ok);
          for (const input of commands) {
            const before = (await store.read(sessionId)).length;
            const r = await service.execute(sessionId, input);
            if (!r.ok) {
              assert.ok(KNOWN.has(r.error.code), `unknown code ${r.error.code}`);
              assert.equal((await store.read(sessionId)).length, before, 'a refusal writes nothing');
            }
          }
          const stored = await store.read(sessionId);
          assert.deepEqual(
            stored.map((e) => e.version),
            stored.map((_, i) => i + 1),
            'versions are contiguous',
          );
          const loaded = await new SessionService(store).load(sessionId);
          assert.ok(loaded.ok);
          assert.deepEqual(loaded.value.state, replay(stored));
          const served = await service.load(sessionId);
          assert.ok(served.ok);
          assert.deepEqual(served.value.state, loaded.value.state, 'the service state is the durable one');
        }),
        { numRuns, seed: 20261122 },
      );
    } finally {
      await store.close();
    }
  });
}

fuzzThrough('memory', async () => openMemoryStore(), 150);

const dir = mkdtempSync(join(tmpdir(), 'council-fuzz-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
fuzzThrough('sqlite', async () => openSqliteStore(join(dir, 'fuzz.sqlite')), 60);

withPostgres('fuzz through SessionService over postgres', (url) => fuzzThrough('postgres', () => openPostgresStore(url), 40));
