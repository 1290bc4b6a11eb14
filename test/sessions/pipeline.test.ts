/**
 * Pipelining (service.ts): with a sole-writer store a session's next command is decided
 * while the previous append is still being written, so one turn's ballots share a
 * transaction; a refused predecessor makes every later pipelined append conflict and be
 * decided again, never written on a state that does not exist.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionService } from '../../src/sessions/service.js';
import { initialState, reduce } from '../../src/sessions/reducer.js';
import type { SessionEvent } from '../../src/sessions/events.js';
import type { EventStore } from '../../src/store/event-store.js';
import { openMemoryStore } from '../../src/store/memory-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { COUNCIL_2014, members2014 } from './helpers.js';

const chair = { role: 'chair' } as const;
const delegation = (code: string) => ({ role: 'delegation', code }) as const;

async function withStores(run: (name: string, store: EventStore) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'council-pipeline-'));
  try {
    await run('memory', openMemoryStore());
    await run('sqlite exclusive', openSqliteStore(join(dir, 'a.sqlite'), { exclusive: true }));
    await run('sqlite shared', openSqliteStore(join(dir, 'b.sqlite')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function votingSession(service: SessionService): Promise<void> {
  const created = await service.create({
    id: 'c',
    actor: chair,
    type: 'create-session',
    sessionId: 'm1',
    body: 'security-council',
    date: '2014-12-22',
    title: 'Pipelining',
    members: members2014,
    president: 'TCD',
  });
  assert.ok(created.ok);
  for (const [id, cmd] of [
    ['o', { type: 'open-meeting' }],
    ['p', { type: 'propose-agenda', items: [{ title: 'Item' }] }],
    ['a', { type: 'adopt-agenda' }],
    ['v', { type: 'open-vote', voteId: 'v1', question: 'Draft', subject: { kind: 'other' } }],
  ] as const) {
    const r = await service.execute('m1', { id, actor: chair, ...cmd });
    assert.ok(r.ok, r.ok ? '' : r.error.message);
  }
}

/** Counts the appends made before earlier ones were answered. */
function counting(store: EventStore): { store: EventStore; maxInFlight: () => number } {
  let inFlight = 0;
  let max = 0;
  const wrapped = Object.create(store) as EventStore;
  wrapped.append = (...args: Parameters<EventStore['append']>) => {
    inFlight += 1;
    max = Math.max(max, inFlight);
    return store.append(...args).finally(() => (inFlight -= 1));
  };
  return { store: wrapped, maxInFlight: () => max };
}

/** The state the stored log replays to. */
async function replayed(store: EventStore) {
  let state = initialState;
  const events = await store.read('m1');
  events.forEach((e, i) => assert.equal(e.version, i + 1, 'versions are contiguous'));
  for (const e of events) state = reduce(state, e as unknown as SessionEvent);
  return { state, events };
}

test('fifteen ballots at once: pipelined on a sole-writer store, each applied once, the log replays to the answered state', async () => {
  await withStores(async (name, raw) => {
    const { store, maxInFlight } = counting(raw);
    const service = new SessionService(store);
    await votingSession(service);
    const results = await Promise.all(
      COUNCIL_2014.map((code, i) =>
        service.execute('m1', { id: `b-${code}`, actor: delegation(code), type: 'cast-ballot', ballot: i % 2 ? 'no' : 'yes' }),
      ),
    );
    for (const r of results) assert.ok(r.ok && !r.value.duplicate, `${name}: ${r.ok ? '' : r.error.message}`);
    const versions = results.map((r) => (r.ok ? r.value.version : 0)).sort((a, b) => a - b);
    assert.deepEqual(versions, [...new Set(versions)], `${name}: every ballot has its own version`);
    const { state, events } = await replayed(raw);
    assert.equal(events.length, 6 + 15);
    assert.equal(Object.keys(state.openVote?.ballots ?? {}).length, 15);
    const loaded = await service.load('m1');
    assert.ok(loaded.ok);
    assert.deepEqual(loaded.value.state, state, `${name}: the cached state is the replayed one`);
    // An exclusive file lets the next ballot be appended before the previous one is answered (the
    // memory store answers at once); a shared file does not.
    if (name === 'sqlite exclusive') assert.ok(maxInFlight() > 1, `${name}: ${maxInFlight()} appends in flight at most`);
    else if (name === 'sqlite shared') assert.equal(maxInFlight(), 1, name);
    await raw.close();
  });
});

test('a pipelined predecessor that turns out to be a retry: the command after it is decided again on the real state', async () => {
  await withStores(async (name, store) => {
    const service = new SessionService(store);
    await votingSession(service);
    const usa = (id: string, ballot: string) => ({ id, actor: delegation('USA'), type: 'cast-ballot', ballot });
    assert.ok((await service.execute('m1', usa('x', 'yes'))).ok);
    assert.ok((await service.execute('m1', usa('y', 'no'))).ok);
    // On today's state (USA: no) the retry of 'x' looks like a change to yes, so it is appended,
    // and France's ballot is decided on a tip where USA voted yes; the store answers 'x' as a duplicate.
    const [retry, france] = await Promise.all([
      service.execute('m1', usa('x', 'yes')),
      service.execute('m1', { id: 'f', actor: delegation('FRA'), type: 'cast-ballot', ballot: 'abstain' }),
    ]);
    assert.ok(retry.ok && retry.value.duplicate, name);
    assert.ok(france.ok && !france.value.duplicate, name);
    const { state, events } = await replayed(store);
    assert.equal(events.length, 6 + 3, `${name}: the retry wrote nothing`);
    assert.deepEqual(state.openVote?.ballots, { USA: 'no', FRA: 'abstain' });
    const loaded = await service.load('m1');
    assert.ok(loaded.ok);
    assert.deepEqual(loaded.value.state, state, name);
    await store.close();
  });
});

test('two services on one store: a command pipelined on a refused one is refused with it in the same transaction', async () => {
  await withStores(async (name, store) => {
    const first = new SessionService(store);
    const second = new SessionService(store);
    await votingSession(first);
    assert.ok((await second.load('m1')).ok); // both caches at the same version
    // In one turn: the second service's ballot wins the version; the first service's close and
    // the vote it opens after the close were decided without that ballot.
    const [ballot, close, next] = await Promise.all([
      second.execute('m1', { id: 'usa', actor: delegation('USA'), type: 'cast-ballot', ballot: 'yes' }),
      first.execute('m1', { id: 'close', actor: chair, type: 'close-vote' }),
      first.execute('m1', { id: 'v2', actor: chair, type: 'open-vote', voteId: 'v2', question: 'Next', subject: { kind: 'other' } }),
    ]);
    for (const r of [ballot, close, next]) assert.ok(r.ok, `${name}: ${r.ok ? '' : r.error.message}`);
    const { state } = await replayed(store);
    // The close was decided again with the ballot in it, and the second vote opened only after it.
    assert.equal(state.votes.length, 1, `${name}: vote v1 is recorded`);
    assert.equal(state.votes[0]?.voteId, 'v1');
    assert.equal(state.openVote?.voteId, 'v2');
    assert.equal(JSON.stringify(state.votes[0]).includes('USA'), true, `${name}: the recorded vote holds the ballot`);
    await store.close();
  });
});
