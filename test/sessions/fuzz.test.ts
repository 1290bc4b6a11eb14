import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { COMMAND_TYPES, CommandSchema } from '../../src/sessions/commands.js';
import { handleInput } from '../../src/sessions/decide.js';
import { COMMAND_ERROR_CODES } from '../../src/sessions/errors.js';
import { initialState, reduce, replay, type SessionState } from '../../src/sessions/reducer.js';
import { by, chair, COUNCIL_2014, create, ctx, openMeeting, run } from './helpers.js';

const KNOWN = new Set<string>(COMMAND_ERROR_CODES);
const codes = fc.constantFrom(...COUNCIL_2014, 'PRK', 'UKR', 'usa', '');
const actor = fc.oneof(
  fc.constant({ role: 'chair' }),
  fc.constant({ role: 'system' }),
  codes.map((code) => ({ role: 'delegation', code })),
  fc.constant({ role: 'judge' }),
);
const ballot = fc.constantFrom('yes', 'no', 'abstain', 'non-participation', 'absent', 'maybe');
const subject = fc.oneof(
  fc.constant({ kind: 'agenda' }),
  fc.constant({ kind: 'other' }),
  fc.constantFrom('d1', 'd2', 'x').map((draftId) => ({ kind: 'draft', draftId })),
  codes.map((invitee) => ({ kind: 'invitation', invitee })),
  fc.tuple(fc.constantFrom('suspend', 'adjourn', 'refer', 'postpone', 'nap'), fc.constantFrom(undefined, 'm1', 'm2')).map(([motion, motionId]) => ({ kind: 'motion', motion, ...(motionId ? { motionId } : {}) })),
);
const fieldsOf = new Map(CommandSchema.options.map((o) => [o.shape.type.value as string, new Set(Object.keys(o.shape))]));
/** Plausible-looking commands: right type names, a mix of valid and invalid payloads. */
const rawCommand = fc.record({
  id: fc.oneof(fc.string({ minLength: 0, maxLength: 6 }), fc.uuid()),
  actor,
  // Half the time, the commands of a live meeting (so sequences reach votes and speeches).
  type: fc.oneof(
    fc.constantFrom(...COMMAND_TYPES, 'launch-missiles'),
    fc.constantFrom('cast-ballot', 'open-vote', 'close-vote', 'record-vote', 'make-statement', 'submit-draft', 'move-motion'),
  ),
  ballot,
  voteId: fc.constantFrom('v1', 'v2', undefined),
  question: fc.constantFrom('Question', ''),
  subject,
  ballots: fc.option(fc.dictionary(codes, ballot, { maxKeys: 16 }), { nil: undefined }),
  tally: fc.option(fc.record({ yes: fc.integer({ min: -1, max: 200 }), no: fc.nat(200), abstain: fc.nat(200) }), { nil: undefined }),
  items: fc.constantFrom([{ title: 'Item' }], [], 'x'),
  invitee: codes,
  name: fc.constantFrom('Somebody', ''),
  rule: fc.constantFrom('37', '39', '99'),
  draftId: fc.constantFrom('d1', 'd2'),
  title: fc.constantFrom('Draft', ''),
  sponsors: fc.subarray(COUNCIL_2014),
  amends: fc.constantFrom(undefined, 'd1', 'zz'),
  change: fc.constantFrom(undefined, 'add', 'delete', 'revise'),
  consent: fc.boolean(),
  supporters: fc.subarray([...COUNCIL_2014, 'PRK']),
  requesters: fc.subarray([...COUNCIL_2014, 'PRK'], { minLength: 1 }),
  basis: fc.constantFrom('rule-2', 'rule-3'),
  date: fc.constantFrom('2014-12-22', '2014-02-30', 'soon'),
  time: fc.constantFrom(undefined, '15:08', '25:00'),
  matter: fc.constantFrom(undefined, 'procedural', 'non-procedural', 'cosmic'),
  motionId: fc.constantFrom('m1', 'm2'),
  motion: fc.constantFrom('suspend', 'adjourn', 'adjourn-to', 'refer', 'postpone', 'nap'),
}, { requiredKeys: ['id', 'actor', 'type'] });
/** Mostly keep only the fields the type knows (strict schemas refuse extras), sometimes not. */
const command = fc.tuple(rawCommand, fc.integer({ min: 0, max: 9 })).map(([c, dice]) => {
  const fields = fieldsOf.get(c.type);
  if (!fields || dice === 0) return c;
  return Object.fromEntries(Object.entries(c).filter(([k]) => fields.has(k)));
});

const starts: SessionState[] = [
  initialState,
  run([create()]),
  openMeeting(),
  run([chair('open-vote', { voteId: 'v1', question: 'q', subject: { kind: 'other' } })], openMeeting()),
  run([create('arria', { conveners: ['USA'] }), chair('open-meeting')]),
  run([create('consultations'), chair('open-meeting')]),
  run([by('USA', 'submit-draft', { draftId: 'd1', title: 'D', sponsors: ['USA'] })], openMeeting()),
];

test('fuzz: random command sequences never throw; refusals are typed and change nothing', () => {
  const accepted = new Set<string>();
  fc.assert(
    fc.property(fc.constantFrom(...starts.keys()), fc.array(command, { minLength: 5, maxLength: 30 }), (start, commands) => {
      let state = starts[start]!;
      const startSnapshot = structuredClone(state);
      const produced: { type: string; data: unknown }[] = [];
      for (const input of commands) {
        const before = structuredClone(state);
        const r = handleInput(state, input, ctx);
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
    }),
    { numRuns: 600, seed: 20261122 },
  );
  // The generator must reach real business, not only refusals.
  for (const type of ['ballot-cast.v1', 'vote-recorded.v1', 'statement-made.v1', 'draft-submitted.v1']) {
    assert.ok(accepted.has(type), `fuzz never produced ${type}`);
  }
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
