import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MalformedEventError } from '../../src/protocol/index.js';
import { initialState, reduce, replay } from '../../src/sessions/reducer.js';
import { fixtures, runFixture } from '../../src/sessions/fixtures/index.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const run = runFixture(fixtures.find((f) => f.id === 'sc-2014-12-22-dprk')!);
assert.ok(run.ok);
const { events, state: finalState } = run.value;

test('reduce is pure: frozen inputs are never mutated and earlier states stay valid', () => {
  let state = deepFreeze(structuredClone(initialState));
  const snapshots = [];
  for (const e of events) {
    const before = structuredClone(state);
    const next = reduce(state, deepFreeze(structuredClone(e)));
    assert.deepEqual(state, before);
    snapshots.push(next);
    state = deepFreeze(next);
  }
  assert.deepEqual(state, finalState);
  assert.equal(snapshots[0]!.session?.sessionId, 'sc-2014-12-22-dprk');
});

test('replay(events) equals the state built command by command', () => {
  assert.deepEqual(replay(events), finalState);
  // The same stream after a JSON round trip (as a store hands it back) gives the same state.
  assert.deepEqual(replay(JSON.parse(JSON.stringify(events))), finalState);
});

test('unknown types and malformed payloads are typed errors, never skipped; early events change nothing', () => {
  const odd = [
    { type: 'no-such-event.v9', data: {} },
    { type: 'ballot-cast.v1', data: null },
    { type: 'vote-recorded.v1', data: 42 },
  ];
  for (const e of odd) assert.throws(() => reduce(initialState, e as never), MalformedEventError);
  assert.throws(() => reduce(finalState, { type: 'no-such-event.v9', data: {} } as never), {
    name: 'MalformedEventError',
    code: 'malformed-event',
  });
  assert.throws(() => reduce(finalState, { type: 'statement-made.v1', data: 'nonsense' } as never), MalformedEventError);
  assert.throws(() => replay([...events, { type: 'vote-recorded.v1', data: { voteId: 7 } }]), /malformed event "vote-recorded.v1": voteId/);
  // An event before session-created changes nothing.
  assert.equal(reduce(initialState, { type: 'agenda-objected.v1', data: { by: 'CHN' } }), initialState);
  // A second session-created never replaces the first.
  assert.equal(reduce(finalState, events[0]!), finalState);
});

test('malformed payloads of known types are typed errors, whatever the garbage', () => {
  const garbage: unknown[] = [undefined, null, 0, 'x', []];
  for (const e of events) {
    for (const data of garbage) {
      assert.throws(
        () => reduce(finalState, { type: e.type, data } as never),
        MalformedEventError,
        `${e.type} with ${JSON.stringify(data)}`,
      );
    }
  }
  const wrongShape = [
    { type: 'session-created.v1', data: { members: 'no' } },
    { type: 'vote-recorded.v1', data: { voteId: {} } },
    { type: 'agenda-proposed.v1', data: { items: 7 } },
  ];
  for (const e of wrongShape) assert.throws(() => reduce(initialState, e as never), MalformedEventError);
});
