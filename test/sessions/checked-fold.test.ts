/**
 * The checked fold: events checked once (as read) or produced by the engine are folded
 * without a second schema check, with exactly the result of the checking reducer; a
 * malformed event read from a store is still a typed MalformedEventError.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEvent, MalformedEventError } from '../../src/protocol/events.js';
import { initialState, reduce, reduceChecked, replay, replayChecked } from '../../src/sessions/reducer.js';
import { fixtures, runFixture } from '../../src/sessions/fixtures/index.js';
import { SessionService } from '../../src/sessions/service.js';
import { openMemoryStore } from '../../src/store/memory-store.js';
import { members2014 } from './helpers.js';

test('replayChecked and reduceChecked equal replay and reduce on every fixture', () => {
  for (const fixture of fixtures) {
    const run = runFixture(fixture);
    assert.ok(run.ok, fixture.id);
    const stored = JSON.parse(JSON.stringify(run.value.events)) as { type: string; data: unknown }[];
    const checked = stored.map((e) => checkEvent(e));
    assert.deepEqual(replayChecked(checked), replay(stored), fixture.id);
    let a = initialState;
    let b = initialState;
    for (const e of checked) {
      a = reduce(a, e);
      b = reduceChecked(b, e);
    }
    assert.deepEqual(b, a, fixture.id);
    assert.deepEqual(b, run.value.state, fixture.id);
  }
});

test('a malformed event in the store is a MalformedEventError when the service reads it, not folded unchecked', async () => {
  const store = openMemoryStore();
  const writer = new SessionService(store);
  const created = await writer.create({
    id: 'c1',
    actor: { role: 'chair' },
    type: 'create-session',
    sessionId: 'm1',
    body: 'security-council',
    date: '2014-12-22',
    title: 'Test',
    members: members2014,
    president: 'TCD',
  });
  assert.ok(created.ok);
  // Written around the engine, as a damaged or foreign log would be.
  await store.append('m1', 1, [{ type: 'ballot-cast.v1', data: { voteId: 7, member: 'FRA', ballot: 'yes' } }]);
  const reader = new SessionService(store);
  await assert.rejects(
    reader.load('m1'),
    (e: unknown) => e instanceof MalformedEventError && /#2 "ballot-cast.v1": voteId/.test(e.message),
  );
  // The service that wrote the session also reads the foreign event before deciding on it.
  await assert.rejects(writer.execute('m1', { id: 'o', actor: { role: 'chair' }, type: 'open-meeting' }), MalformedEventError);
});
