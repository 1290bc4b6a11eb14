import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SessionService } from '../../src/sessions/service.js';
import { openMemoryStore } from '../../src/store/memory-store.js';
import type { EventStore, StoredEvent } from '../../src/store/event-store.js';
import { members2014 } from './helpers.js';

const chair = { role: 'chair' } as const;
const createCmd = (id = 'c1') => ({
  id,
  actor: chair,
  type: 'create-session',
  sessionId: 'm1',
  body: 'security-council',
  date: '2014-12-22',
  title: 'Test',
  members: members2014,
  president: 'TCD',
});

async function openVote(service: SessionService): Promise<void> {
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

test('create then execute: events are stored and the state loads from the store', async () => {
  const store = openMemoryStore();
  const service = new SessionService(store);
  const created = await service.create(createCmd());
  assert.ok(created.ok);
  assert.equal(created.value.sessionId, 'm1');
  await openVote(service);
  const loaded = await new SessionService(store).load('m1');
  assert.ok(loaded.ok);
  assert.equal(loaded.value.state.openVote?.voteId, 'v1');
  assert.equal(loaded.value.version, 6, 'adopting the agenda also updates the Summary Statement');
  assert.equal((await service.events('m1', 3)).length, 3);
  assert.equal((await service.list()).length, 1);
});

test('a retried command id is applied once and answers with the original events', async () => {
  const service = new SessionService(openMemoryStore());
  assert.ok((await service.create(createCmd())).ok);
  await openVote(service);
  const ballot = { id: 'ballot-usa', actor: { role: 'delegation', code: 'USA' }, type: 'cast-ballot', ballot: 'yes' };
  const first = await service.execute('m1', ballot);
  const again = await service.execute('m1', ballot);
  assert.ok(first.ok && again.ok);
  assert.equal(again.value.duplicate, true);
  assert.deepEqual(again.value.events, first.value.events);
  assert.equal(again.value.version, first.value.version);
  // Even after the vote closes (where a fresh ballot would be refused), the retry still answers the same.
  assert.ok((await service.execute('m1', { id: 'close', actor: chair, type: 'close-vote' })).ok);
  const late = await service.execute('m1', ballot);
  assert.ok(late.ok);
  assert.deepEqual(late.value.events, first.value.events);
  const loaded = await service.load('m1');
  assert.ok(loaded.ok);
  assert.equal(loaded.value.state.votes[0]!.tally.yes, 1);
});

test('a duplicate create does not make a second session', async () => {
  const service = new SessionService(openMemoryStore());
  const a = await service.create(createCmd('same'));
  const b = await service.create(createCmd('same'));
  assert.ok(a.ok && b.ok);
  assert.equal(b.value.duplicate, true);
  const other = await service.create(createCmd('different'));
  assert.equal(other.ok ? 'ok' : other.error.code, 'session-exists');
});

test('refusals are typed and write nothing', async () => {
  const store = openMemoryStore();
  const service = new SessionService(store);
  assert.ok((await service.create(createCmd())).ok);
  const r = await service.execute('m1', { id: 'x', actor: { role: 'delegation', code: 'USA' }, type: 'open-meeting' });
  assert.equal(r.ok ? 'ok' : r.error.code, 'not-chair');
  const bad = await service.execute('m1', { nonsense: true });
  assert.equal(bad.ok ? 'ok' : bad.error.code, 'invalid-command');
  const missing = await service.execute('nope', { id: 'y', actor: chair, type: 'open-meeting' });
  assert.equal(missing.ok ? 'ok' : missing.error.code, 'session-not-found');
  assert.equal((await store.read('m1')).length, 1);
});

test('two services on one store: a version conflict is retried against the fresh state', async () => {
  const store = openMemoryStore();
  const a = new SessionService(store);
  const b = new SessionService(store);
  assert.ok((await a.create(createCmd())).ok);
  await openVote(a);
  await b.load('m1'); // b caches version 6
  assert.ok((await a.execute('m1', { id: 'fra', actor: { role: 'delegation', code: 'FRA' }, type: 'cast-ballot', ballot: 'yes' })).ok);
  const viaB = await b.execute('m1', { id: 'gbr', actor: { role: 'delegation', code: 'GBR' }, type: 'cast-ballot', ballot: 'no' });
  assert.ok(viaB.ok);
  assert.equal(viaB.value.version, 8);
  const state = await a.load('m1');
  assert.ok(state.ok);
  assert.deepEqual(state.value.state.openVote?.ballots, { FRA: 'yes', GBR: 'no' });
});

test('concurrent ballots from many delegations all land, each once', async () => {
  const store = openMemoryStore();
  const service = new SessionService(store);
  assert.ok((await service.create(createCmd())).ok);
  await openVote(service);
  const writers = members2014.map((_m) => new SessionService(store));
  const results = await Promise.all(
    members2014.flatMap((m, i) =>
      [0, 1].map(() =>
        writers[i]!.execute('m1', { id: `b-${m.code}`, actor: { role: 'delegation', code: m.code }, type: 'cast-ballot', ballot: 'yes' }),
      ),
    ),
  );
  assert.ok(results.every((r) => r.ok));
  const loaded = await service.load('m1');
  assert.ok(loaded.ok);
  assert.equal(Object.keys(loaded.value.state.openVote!.ballots).length, 15);
  assert.equal(loaded.value.version, 6 + 15);
});

test('subscribe delivers each new event once, in order', async () => {
  const store: EventStore = openMemoryStore();
  const service = new SessionService(store);
  const seen: StoredEvent[] = [];
  const stop = service.subscribe('m1', (_id, events) => seen.push(...events));
  assert.ok((await service.create(createCmd())).ok);
  await openVote(service);
  await new Promise((r) => setTimeout(r, 20));
  stop();
  assert.deepEqual(
    seen.map((e) => e.version),
    [1, 2, 3, 4, 5, 6],
  );
  assert.equal(seen[5]!.type, 'vote-opened.v1');
});

test('a subscriber on another service instance receives multi-event appends whole', async () => {
  const store = openMemoryStore();
  const writer = new SessionService(store);
  const reader = new SessionService(store);
  const seen: string[] = [];
  const stop = reader.subscribe(null, (_id, events) => seen.push(...events.map((e) => `${e.version}:${e.type}`)));
  assert.ok((await writer.create(createCmd())).ok);
  for (const [id, cmd] of [
    ['o', { type: 'open-meeting' }],
    ['p', { type: 'propose-agenda', items: [{ title: 'Item' }] }],
    ['a', { type: 'adopt-agenda' }],
  ] as const) {
    assert.ok((await writer.execute('m1', { id, actor: chair, ...cmd })).ok);
  }
  await new Promise((r) => setTimeout(r, 20));
  stop();
  assert.deepEqual(seen, [
    '1:session-created.v1',
    '2:meeting-opened.v1',
    '3:agenda-proposed.v1',
    '4:agenda-decided.v1',
    '5:summary-statement-updated.v1',
  ]);
});

test('a cache made stale by another writer never wrongly refuses: the refusal is checked against the store', async () => {
  const store = openMemoryStore();
  const a = new SessionService(store);
  const b = new SessionService(store);
  assert.ok((await a.create(createCmd())).ok);
  assert.ok((await a.execute('m1', { id: 'o', actor: chair, type: 'open-meeting' })).ok); // a caches version 2
  // b opens the vote; a has not seen it.
  for (const [id, cmd] of [
    ['p', { type: 'propose-agenda', items: [{ title: 'Item' }] }],
    ['ad', { type: 'adopt-agenda' }],
    ['v', { type: 'open-vote', voteId: 'v1', question: 'Draft', subject: { kind: 'other' } }],
  ] as const)
    assert.ok((await b.execute('m1', { id, actor: chair, ...cmd })).ok);
  // On a's stale cache no vote is open; the ballot must still be accepted.
  const ballot = await a.execute('m1', { id: 'b1', actor: { role: 'delegation', code: 'FRA' }, type: 'cast-ballot', ballot: 'yes' });
  assert.ok(ballot.ok, ballot.ok ? '' : ballot.error.code);
  const loaded = await b.load('m1');
  assert.ok(loaded.ok);
  assert.equal(loaded.value.state.openVote?.ballots?.FRA, 'yes');
  // A refusal that holds on the fresh state is still a refusal.
  const wrong = await a.execute('m1', {
    id: 'b2',
    actor: { role: 'delegation', code: 'FRA' },
    type: 'cast-ballot',
    ballot: 'yes',
    member: 'USA',
  });
  assert.equal(wrong.ok, false);
});
