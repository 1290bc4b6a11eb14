import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HANDLERS, handleInput, type Handlers } from '../../src/sessions/handle.js';
import { initialState, reduce, replay, type SessionState } from '../../src/sessions/reducer.js';
import { by, chair, create, ctx, openMeeting, run } from './helpers.js';
import { command, KNOWN } from './arbitraries.js';

const starts: SessionState[] = [
  initialState,
  run([create()]),
  openMeeting(),
  run([chair('open-vote', { voteId: 'v1', question: 'q', subject: { kind: 'other' } })], openMeeting()),
  run([create('arria', { conveners: ['USA'] }), chair('open-meeting')]),
  run([create('consultations'), chair('open-meeting')]),
  run([by('USA', 'submit-draft', { draftId: 'd1', title: 'D', sponsors: ['USA'] })], openMeeting()),
];

/** The fuzz property, over a given handler table (the real one, or one with an injected defect). */
function sequences(handlers: Handlers, accepted: Set<string>) {
  return fc.property(fc.constantFrom(...starts.keys()), fc.array(command, { minLength: 5, maxLength: 30 }), (start, commands) => {
    let state = starts[start]!;
    const startSnapshot = structuredClone(state);
    const produced: { type: string; data: unknown }[] = [];
    for (const input of commands) {
      const before = structuredClone(state);
      const r = handleInput(state, input, ctx, handlers);
      assert.deepEqual(state, before, 'handle never mutates the state');
      if (!r.ok) {
        assert.ok(KNOWN.has(r.error.code), `unknown code ${r.error.code}`);
        assert.equal(typeof r.error.message, 'string');
        continue;
      }
      for (const e of r.value) {
        accepted.add(e.type);
        // Events must survive the store's JSON round trip unchanged.
        assert.deepEqual(JSON.parse(JSON.stringify(e)), e);
        produced.push(e);
        state = reduce(state, e);
      }
    }
    // replay (which grows its own copies in place) must agree with reduce, and leave its start alone.
    assert.deepEqual(replay(produced, starts[start]!), state);
    assert.deepEqual(starts[start], startSnapshot);
    for (const v of state.votes) {
      if (state.session?.body === 'security-council') {
        const t = v.tally;
        assert.equal(t.yes + t.no + t.abstain + t.nonParticipation + t.absent, 15);
      }
    }
  });
}

test('fuzz: random command sequences never throw; refusals are typed and change nothing', () => {
  const accepted = new Set<string>();
  fc.assert(sequences(HANDLERS, accepted), { numRuns: 600, seed: 20261122 });
  // The generator must reach real business, not only refusals.
  for (const type of ['ballot-cast.v1', 'vote-recorded.v1', 'statement-made.v1', 'draft-submitted.v1']) {
    assert.ok(accepted.has(type), `fuzz never produced ${type}`);
  }
});

test('the fuzz can fail: a handler that throws makes the property fail (handle() catches nothing)', () => {
  const faulty: Handlers = {
    ...HANDLERS,
    'cast-ballot': () => {
      throw new Error('injected defect');
    },
  };
  const result = fc.check(sequences(faulty, new Set()), { numRuns: 600, seed: 20261122 });
  assert.equal(result.failed, true, 'a crashing handler must not pass the fuzz');
  assert.match(String(result.errorInstance), /injected defect/);
  // The same run with the real handlers passes: the failure is the defect's, not the harness's.
  assert.equal(fc.check(sequences(HANDLERS, new Set()), { numRuns: 100, seed: 20261122 }).failed, false);
});

test('fuzz: arbitrary JSON values as commands are refused as invalid-command', () => {
  fc.assert(
    fc.property(fc.anything(), (input) => {
      for (const state of starts) {
        const r = handleInput(state, input, ctx);
        assert.equal(r.ok, false);
        if (!r.ok) assert.equal(r.error.code, 'invalid-command');
      }
    }),
    { numRuns: 1000, seed: 7 },
  );
});
