import { test } from 'node:test';
import assert from 'node:assert/strict';
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

test('reduce is total: unknown types, missing data and early events change nothing', () => {
  const odd = [
    { type: 'no-such-event.v9', data: {} },
    { type: 'ballot-cast.v1', data: null },
    { type: 'vote-recorded.v1', data: 42 },
    { type: 'agenda-objected.v1', data: { by: 'CHN' } },
  ];
  for (const e of odd) assert.equal(reduce(initialState, e as never), initialState);
  assert.equal(reduce(finalState, { type: 'no-such-event.v9', data: {} }), finalState);
  assert.equal(reduce(finalState, { type: 'statement-made.v1', data: 'nonsense' }), finalState);
  // A second session-created never replaces the first.
  assert.equal(reduce(finalState, events[0]!), finalState);
});

test('reduce never throws on malformed payloads of known types', () => {
  const garbage: unknown[] = [undefined, null, 0, 'x', [], { members: 'no' }, { voteId: {} }, { items: 7 }];
  for (const e of events) {
    for (const data of garbage) {
      assert.doesNotThrow(() => reduce(finalState, { type: e.type, data } as never));
    }
  }
});
