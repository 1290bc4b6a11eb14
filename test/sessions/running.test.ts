/**
 * Running a meeting (issue 10): the floor as session state with the server's clock, the
 * speakers list ordered by the chair, points raised from phones, straw polls, and notes
 * that never enter the public state.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { floorRemaining, orderMotions } from '../../src/rules/index.js';
import { parseCommand, type CommandError, type CommandInput } from '../../src/protocol/index.js';
import { handle } from '../../src/sessions/handle.js';
import type { SessionEvent } from '../../src/sessions/events.js';
import { reduce, replay, type SessionState } from '../../src/sessions/reducer.js';
import { mayRead, publicEvent } from '../../src/sessions/visibility.js';
import { by, chair, create, ctx, run } from './helpers.js';

const T0 = Date.parse('2014-12-22T15:00:00.000Z');

/** One command at server time `at` (ms). */
function at(state: SessionState, input: CommandInput, now: number): { state: SessionState; events: SessionEvent[]; error?: CommandError } {
  const parsed = parseCommand(input);
  const decided = parsed.ok ? handle(state, parsed.value, { ...ctx, now: () => now }) : parsed;
  if (!decided.ok) return { state, events: [], error: decided.error };
  return { state: decided.value.reduce(reduce, state), events: decided.value };
}

const opened = (practice?: 'un' | 'mun') =>
  run([
    create('public', practice ? { practice } : {}),
    chair('open-meeting'),
    chair('propose-agenda', { items: [{ title: 'Item' }] }),
    chair('adopt-agenda'),
  ]);

describe('the floor', () => {
  test('given for 60 s by the server clock, extended, and ended as a statement', () => {
    let s = run([by('FRA', 'request-floor')], opened());
    assert.deepEqual(s.speakers, ['FRA']);
    const given = at(s, chair('give-floor', { member: 'FRA', seconds: 60 }), T0);
    assert.equal(given.error, undefined);
    s = given.state;
    assert.deepEqual(s.floor, { member: 'FRA', limitSeconds: 60, startedAt: '2014-12-22T15:00:00.000Z', mode: 'statement' });
    assert.deepEqual(s.speakers, [], 'the speaker leaves the list');
    assert.equal(floorRemaining(s.floor!, T0 + 15_000), 45);
    assert.equal(at(s, chair('give-floor', { member: 'CHN', seconds: 60 }), T0).error?.code, 'floor-held');
    s = at(s, chair('extend-floor', { seconds: 30 }), T0 + 50_000).state;
    assert.equal(s.floor!.limitSeconds, 90);
    assert.equal(at(s, by('CHN', 'end-statement'), T0).error?.code, 'not-chair', 'another delegation cannot end it');
    const ended = at(s, by('FRA', 'end-statement'), T0 + 80_000);
    assert.equal(ended.events[0]!.type, 'statement-made.v1');
    assert.equal(ended.state.floor, null);
    assert.equal(ended.state.statements.at(-1)!.speaker, 'FRA');
  });

  test('refusals: only the chair gives it, for 1 s to an hour, to a participant, never during a vote', () => {
    const s = opened();
    assert.equal(at(s, by('FRA', 'give-floor', { member: 'FRA', seconds: 60 }), T0).error?.code, 'not-chair');
    assert.equal(at(s, chair('give-floor', { member: 'FRA', seconds: 0 }), T0).error?.code, 'invalid-command');
    assert.equal(at(s, chair('give-floor', { member: 'FRA', seconds: 3601 }), T0).error?.code, 'invalid-command');
    assert.equal(at(s, chair('give-floor', { member: 'DEU', seconds: 60 }), T0).error?.code, 'not-a-participant');
    const voting = run([chair('open-vote', { voteId: 'v', question: 'Q', subject: { kind: 'other' }, matter: 'procedural' })], s);
    assert.equal(at(voting, chair('give-floor', { member: 'FRA', seconds: 60 }), T0).error?.code, 'vote-in-progress');
    assert.equal(at(s, chair('extend-floor', { seconds: 30 }), T0).error?.code, 'no-floor');
  });

  test('yields: to the chair always; to a speaker or to questions only under MUN practice, with the time left', () => {
    const un = at(opened(), chair('give-floor', { member: 'FRA', seconds: 60 }), T0).state;
    assert.equal(at(un, by('FRA', 'yield-floor', { to: 'questions' }), T0 + 10_000).error?.code, 'practice-not-enabled');
    assert.equal(at(un, by('FRA', 'yield-floor', { to: 'chair' }), T0 + 10_000).state.floor, null);

    const mun = at(opened('mun'), chair('give-floor', { member: 'FRA', seconds: 60 }), T0).state;
    assert.equal(at(mun, by('CHN', 'yield-floor', { to: 'chair' }), T0).error?.code, 'not-your-ballot');
    const toChina = at(mun, by('FRA', 'yield-floor', { to: 'speaker', member: 'CHN' }), T0 + 20_500);
    assert.deepEqual(toChina.state.floor, { member: 'CHN', limitSeconds: 39, startedAt: '2014-12-22T15:00:20.500Z', mode: 'statement' });
    assert.equal(toChina.state.statements.at(-1)!.speaker, 'FRA', "France's statement is recorded");
    const questions = at(mun, by('FRA', 'yield-floor', { to: 'questions' }), T0 + 30_000);
    assert.equal(questions.state.floor!.mode, 'questions');
    assert.equal(questions.state.floor!.member, 'FRA');
  });

  test('a vote, a suspension or the close ends the floor', () => {
    const s = at(opened(), chair('give-floor', { member: 'FRA', seconds: 60 }), T0).state;
    assert.equal(run([chair('suspend-meeting')], s).floor, null);
    assert.equal(run([chair('close-meeting')], s).floor, null);
  });
});

describe('the speakers list', () => {
  test('the chair adds, moves and removes speakers', () => {
    let s = run([by('FRA', 'request-floor'), by('CHN', 'request-floor')], opened());
    s = run([chair('add-speaker', { member: 'USA', position: 0 })], s);
    assert.deepEqual(s.speakers, ['USA', 'FRA', 'CHN']);
    s = run([chair('move-speaker', { member: 'CHN', position: 1 })], s);
    assert.deepEqual(s.speakers, ['USA', 'CHN', 'FRA']);
    s = run([chair('remove-speaker', { member: 'USA' })], s);
    assert.deepEqual(s.speakers, ['CHN', 'FRA']);
    assert.equal(at(s, chair('remove-speaker', { member: 'USA' }), T0).error?.code, 'unknown-speaker');
    assert.equal(at(s, by('FRA', 'move-speaker', { member: 'FRA', position: 0 }), T0).error?.code, 'not-chair');
  });
});

describe('points of order and right of reply', () => {
  test('raised from a phone, ruled on by the chair; invitees may not raise points of order in the Council (Rule 30)', () => {
    let s = opened();
    s = run([by('RUS', 'raise-point', { pointId: 'p1', kind: 'order' })], s);
    assert.deepEqual(s.points, [{ pointId: 'p1', by: 'RUS', kind: 'order', status: 'pending' }]);
    assert.equal(at(s, by('RUS', 'raise-point', { pointId: 'p1', kind: 'reply' }), T0).error?.code, 'duplicate-id');
    s = run([chair('resolve-point', { pointId: 'p1', outcome: 'heard' })], s);
    assert.equal(s.points[0]!.status, 'heard');
    const invited = run(
      [chair('propose-invitation', { invitee: 'UKR', name: 'Ukraine', rule: '37' }), chair('decide-invitations')],
      opened(),
    );
    const refused = at(invited, by('UKR', 'raise-point', { pointId: 'p2', kind: 'order' }), T0);
    assert.equal(refused.error?.code, 'not-a-member', "the rule's own code, carried unchanged");
    assert.match(refused.error!.rule ?? '', /Rule 30/);
    assert.equal(at(invited, by('UKR', 'raise-point', { pointId: 'p3', kind: 'reply' }), T0).error, undefined);
  });
});

describe('straw polls', () => {
  test('non-binding: members answer, the chair closes; no vote is recorded', () => {
    let s = run([chair('open-straw-poll', { pollId: 'sp1', question: 'Meet again on Friday?', options: ['Yes', 'No'] })], opened());
    assert.equal(at(s, chair('open-straw-poll', { pollId: 'sp2', question: 'Q', options: ['a', 'b'] }), T0).error?.code, 'poll-open');
    s = run(
      [
        by('FRA', 'answer-straw-poll', { pollId: 'sp1', option: 0 }),
        by('CHN', 'answer-straw-poll', { pollId: 'sp1', option: 1 }),
        by('FRA', 'answer-straw-poll', { pollId: 'sp1', option: 1 }),
      ],
      s,
    );
    assert.deepEqual(s.strawPolls[0]!.answers, { FRA: 1, CHN: 1 });
    assert.equal(at(s, by('FRA', 'answer-straw-poll', { pollId: 'sp1', option: 2 }), T0).error?.code, 'invalid-command');
    s = run([chair('close-straw-poll', { pollId: 'sp1' })], s);
    assert.equal(s.strawPolls[0]!.status, 'closed');
    assert.equal(at(s, by('USA', 'answer-straw-poll', { pollId: 'sp1', option: 0 }), T0).error?.code, 'poll-closed');
    assert.deepEqual(s.votes, [], 'a straw poll is not a vote');
  });
});

describe('notes', () => {
  test('a note is a restricted event: never in the state; readable by the chair and the delegations in it only', () => {
    const s = opened();
    const sent = at(s, by('FRA', 'send-note', { noteId: 'n1', text: 'May we speak after China?' }), T0);
    assert.equal(sent.error, undefined);
    const note = sent.events[0]!;
    assert.equal(note.type, 'note-sent.v1');
    assert.deepEqual(note.data, {
      noteId: 'n1',
      from: 'FRA',
      to: 'chair',
      text: 'May we speak after China?',
      sentAt: '2014-12-22T15:00:00.000Z',
    });
    assert.equal(sent.state, s, 'the state does not change: it is public');
    assert.ok(!JSON.stringify(replay([note], s)).includes('May we speak'), 'folding it changes nothing either');
    assert.ok(mayRead({ role: 'chair' }, note));
    assert.ok(mayRead({ role: 'delegation', code: 'FRA' }, note));
    assert.ok(!mayRead({ role: 'delegation', code: 'CHN' }, note));
    assert.ok(!mayRead({ role: 'public' }, note));
    assert.deepEqual(publicEvent({ ...note, commandId: 'c1' }), { type: 'restricted', data: {}, commandId: null });
    assert.equal(
      at(s, by('FRA', 'send-note', { noteId: 'n2', to: 'CHN', text: 'psst' }), T0).error?.code,
      'not-chair',
      'delegations write to the chair only',
    );
    const reply = at(s, chair('send-note', { noteId: 'n3', to: 'FRA', text: 'Yes.' }), T0);
    assert.deepEqual(reply.events[0]!.data, { noteId: 'n3', from: 'chair', to: 'FRA', text: 'Yes.', sentAt: '2014-12-22T15:00:00.000Z' });
    assert.equal(at(s, chair('send-note', { noteId: 'n4', text: 'to whom?' }), T0).error?.code, 'invalid-command');
  });
});

describe('drafts with text', () => {
  const ballots = Object.fromEntries(
    ['ARG', 'AUS', 'TCD', 'CHL', 'CHN', 'FRA', 'JOR', 'LTU', 'LUX', 'NGA', 'KOR', 'RUS', 'RWA', 'GBR', 'USA'].map((c) => [c, 'yes']),
  );
  const tabled = () =>
    run(
      [
        by('FRA', 'submit-draft', {
          draftId: 'd1',
          symbol: 'S/2014/999',
          title: 'Draft resolution',
          sponsors: ['FRA'],
          preambular: ['Recalling its previous resolutions,'],
          operative: ['Decides to remain seized;', 'Requests a report within 90 days;'],
        }),
      ],
      opened(),
    );

  test('co-sponsors sign from their phones; an amendment targets an existing operative paragraph with its wording', () => {
    let s = run([by('GBR', 'cosponsor-draft', { draftId: 'd1' }), by('GBR', 'cosponsor-draft', { draftId: 'd1' })], tabled());
    assert.deepEqual(s.drafts[0]!.cosponsors, ['GBR'], 'signing twice changes nothing');
    const amend = (extra: Record<string, unknown>) =>
      at(s, by('RUS', 'submit-draft', { draftId: 'a1', title: 'Amendment', sponsors: ['RUS'], amends: 'd1', ...extra }), T0);
    assert.equal(amend({ paragraph: { part: 'operative', index: 2 }, text: 'x' }).error?.code, 'invalid-command', 'there is no OP 3');
    assert.equal(amend({ paragraph: { part: 'operative', index: 1 } }).error?.code, 'invalid-command', 'a revision needs its wording');
    assert.equal(amend({ change: 'delete', paragraph: { part: 'operative', index: 1 }, text: 'x' }).error?.code, 'invalid-command');
    assert.equal(
      at(s, by('FRA', 'submit-draft', { draftId: 'd2', title: 'T', sponsors: ['FRA'], text: 'orphan' }), T0).error?.code,
      'invalid-command',
    );
    s = amend({ paragraph: { part: 'operative', index: 1 }, text: 'Requests a report within 60 days;' }).state;
    assert.deepEqual(s.drafts[1]!.paragraph, { part: 'operative', index: 1 });
  });

  test('the amendment is voted before the draft; adopted, it changes the text, which the record prints as adopted', () => {
    let s = run(
      [
        by('RUS', 'submit-draft', {
          draftId: 'a1',
          title: 'Amendment to OP 2',
          sponsors: ['RUS'],
          amends: 'd1',
          paragraph: { part: 'operative', index: 1 },
          text: 'Requests a report within 60 days;',
        }),
      ],
      tabled(),
    );
    const early = at(s, chair('open-vote', { voteId: 'v1', question: 'Draft', subject: { kind: 'draft', draftId: 'd1' } }), T0);
    assert.equal(early.error?.code, 'wrong-order');
    s = run([chair('record-vote', { voteId: 'v1', question: 'Amendment', subject: { kind: 'draft', draftId: 'a1' }, ballots })], s);
    assert.deepEqual(s.drafts[0]!.operative, ['Decides to remain seized;', 'Requests a report within 60 days;']);
    const events: { type: string; data: unknown }[] = [];
    const inputs: CommandInput[] = [
      create(),
      chair('open-meeting'),
      chair('propose-agenda', { items: [{ title: 'Item' }] }),
      chair('adopt-agenda'),
      by('FRA', 'submit-draft', {
        draftId: 'd1',
        symbol: 'S/2014/999',
        title: 'Draft resolution',
        sponsors: ['FRA'],
        preambular: ['Recalling its previous resolutions,'],
        operative: ['Decides to remain seized;', 'Requests a report within 90 days;'],
      }),
      by('RUS', 'submit-draft', {
        draftId: 'a1',
        title: 'Amendment to OP 2',
        sponsors: ['RUS'],
        amends: 'd1',
        paragraph: { part: 'operative', index: 1 },
        text: 'Requests a report within 60 days;',
      }),
      chair('record-vote', { voteId: 'v1', question: 'Amendment', subject: { kind: 'draft', draftId: 'a1' }, ballots }),
      chair('record-vote', { voteId: 'v2', question: 'Draft as amended', subject: { kind: 'draft', draftId: 'd1' }, ballots }),
    ];
    let state = s;
    state = run([]);
    for (const input of inputs) {
      const r = at(state, input, T0);
      assert.equal(r.error, undefined, `${input.type}: ${r.error?.message}`);
      events.push(...r.events);
      state = r.state;
    }
    return import('../../src/records/render.js').then(async ({ renderSession }) => {
      const md = String(
        await renderSession(
          events.map((e, i) => ({ ...e, version: i + 1, sessionId: 's1', commandId: null, at: '2014-12-22T15:00:00Z' })),
          'md',
        ),
      );
      assert.match(md, /Text adopted \(S\/2014\/999\): Draft resolution/);
      assert.match(md, /2\. Requests a report within 60 days;/);
      assert.doesNotMatch(md, /within 90 days/);
    });
  });
});

describe('motions by body', () => {
  const pendingOrder = (s: SessionState) => {
    // The order the engine enforces: the first pending motion is the only one it lets be put to the vote.
    const ids = s.motions.filter((m) => m.status === 'pending').map((m) => m.motionId);
    return ids.filter((id) => {
      const m = s.motions.find((x) => x.motionId === id)!;
      return (
        at(s, chair('open-vote', { voteId: `v-${id}`, question: 'Q', subject: { kind: 'motion', motion: m.motion, motionId: id } }), T0)
          .error === undefined
      );
    });
  };

  test("the Council: Rule 33 motions only; the console's order (orderMotions) is the engine's", () => {
    assert.notEqual(at(opened(), by('FRA', 'move-motion', { motionId: 'm1', motion: 'close-debate' }), T0).error, undefined);
    const s = run(
      [
        by('FRA', 'move-motion', { motionId: 'post', motion: 'postpone' }),
        by('CHN', 'move-motion', { motionId: 'sus', motion: 'suspend' }),
      ],
      opened(),
    );
    assert.deepEqual(pendingOrder(s), ['sus']);
    const listed = orderMotions(
      true,
      s.motions.map((m) => ({ id: m.motionId, kind: m.motion, tabledAt: m.seq })),
    );
    assert.deepEqual(
      listed.map((m) => m.id),
      ['sus', 'post'],
    );
  });

  test('the Assembly: GA rule 77 order — suspend, adjourn the meeting, adjourn the debate, close the debate', () => {
    const ga = run([
      chair('create-session', { sessionId: 'g', body: 'general-assembly', date: '2014-12-18', title: 'GA test' }),
      chair('open-meeting'),
    ]);
    assert.notEqual(
      at(ga, by('FRA', 'move-motion', { motionId: 'x', motion: 'refer' }), T0).error,
      undefined,
      "refer is Rule 33, not the Assembly's",
    );
    let s = run(
      [
        by('FRA', 'move-motion', { motionId: 'close', motion: 'close-debate' }),
        by('CHN', 'move-motion', { motionId: 'adj-debate', motion: 'adjourn-debate' }),
        by('RUS', 'move-motion', { motionId: 'adj', motion: 'adjourn' }),
      ],
      ga,
    );
    assert.deepEqual(pendingOrder(s), ['adj']);
    // Rule 76: a pending motion to adjourn the meeting is not debated.
    assert.equal(at(s, chair('give-floor', { member: 'FRA', seconds: 60 }), T0).error?.code, 'no-debate');
    s = run(
      [
        chair('record-vote', {
          voteId: 'v1',
          question: 'Adjourn',
          subject: { kind: 'motion', motion: 'adjourn', motionId: 'adj' },
          tally: { yes: 10, no: 100, abstain: 5 },
        }),
      ],
      s,
    );
    assert.deepEqual(pendingOrder(s), ['adj-debate']);
  });
});
