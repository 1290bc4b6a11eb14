/** Division of a text, live: the session asks src/rules/bodies/division.ts (Rule 32; GA rule 89 [129]). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CommandInput } from '../../src/protocol/commands.js';
import type { SessionEvent } from '../../src/sessions/events.js';
import type { SessionState } from '../../src/sessions/reducer.js';
import { renderSession } from '../../src/records/render.js';
import { ballotsFor, by, chair, COUNCIL_2014, create, openMeeting, run, step } from './helpers.js';

const DRAFT = {
  draftId: 'd1',
  title: 'Draft resolution',
  preambular: ['Recalling its resolutions,'],
  operative: ['Decides to remain seized;', 'Requests a report within 90 days;', 'Refers the situation to the Court;'],
};
const record = async (events: SessionEvent[]) =>
  String(
    await renderSession(
      events.map((e, i) => ({ ...e, version: i + 1, sessionId: 's1', commandId: null, at: '2014-12-22T15:00:00Z' })),
      'md',
    ),
  );
const part = (index: number, p: 'operative' | 'preambular' = 'operative') => ({ part: p, index });

function collect(state: SessionState, inputs: CommandInput[], events: SessionEvent[]): SessionState {
  for (const input of inputs) {
    const r = step(state, input);
    assert.equal(r.error, undefined, `${input.type}: ${r.error?.code} ${r.error?.message}`);
    events.push(...r.events);
    state = r.state;
  }
  return state;
}

describe('Security Council (Rule 32)', () => {
  const tabled = () => run([by('USA', 'submit-draft', { ...DRAFT, sponsors: ['USA'] })], openMeeting());

  test("the original mover's objection blocks the division; another member's objection is refused", () => {
    let s = run([by('RUS', 'request-division', { divisionId: 'x', draftId: 'd1', parts: [part(2)] })], tabled());
    assert.equal(s.divisions[0]!.status, 'requested');
    const other = step(s, by('CHN', 'object-to-division', { divisionId: 'x' }));
    assert.equal(other.error?.code, 'not-the-mover');
    assert.equal(other.error?.rule, 'Rule 32');
    s = run([by('USA', 'object-to-division', { divisionId: 'x' })], s);
    assert.equal(s.divisions[0]!.status, 'blocked');
    // No separate vote: the Council does not vote on a division, and the text goes to the vote whole.
    const vote = step(s, chair('open-vote', { voteId: 'v', question: 'Division', subject: { kind: 'division', divisionId: 'x' } }));
    assert.equal(vote.error?.code, 'division-not-voted');
    const parts = step(s, chair('open-vote', { voteId: 'v', question: 'OP 3', subject: { kind: 'part', divisionId: 'x' } }));
    assert.equal(parts.error?.code, 'wrong-phase');
    assert.equal(
      step(s, chair('open-vote', { voteId: 'v', question: 'Draft', subject: { kind: 'draft', draftId: 'd1' } })).error,
      undefined,
    );
  });

  test('without the mover objecting, each part is voted as non-procedural (a permanent member can veto it), then the rest as a whole', async () => {
    const events: SessionEvent[] = [];
    let s = collect(
      run([]),
      [
        create(),
        chair('open-meeting'),
        chair('propose-agenda', { items: [{ title: 'Item' }] }),
        chair('adopt-agenda'),
        by('USA', 'submit-draft', { ...DRAFT, sponsors: ['USA'] }),
        by('RUS', 'request-division', { divisionId: 'x', draftId: 'd1', parts: [part(2), part(1)] }),
      ],
      events,
    );
    const early = step(s, chair('open-vote', { voteId: 'w', question: 'Draft', subject: { kind: 'draft', draftId: 'd1' } }));
    assert.equal(early.error?.code, 'wrong-order', 'the request is decided before the text');
    s = collect(s, [chair('agree-division', { divisionId: 'x' })], events);
    assert.equal(s.divisions[0]!.status, 'agreed');
    const skip = step(s, chair('open-vote', { voteId: 'p', question: 'OP 3', subject: { kind: 'part', divisionId: 'x', part: part(2) } }));
    assert.equal(skip.error?.code, 'wrong-order', 'OP 2 comes first, in the order of the text');
    // OP 2: 14 in favour, Russia against: a veto on a non-procedural part.
    s = collect(
      s,
      [
        chair('open-vote', { voteId: 'p1', question: 'Operative paragraph 2', subject: { kind: 'part', divisionId: 'x' } }),
        ...COUNCIL_2014.map((c) => by(c, 'cast-ballot', { ballot: c === 'RUS' ? 'no' : 'yes' })),
        chair('close-vote'),
      ],
      events,
    );
    const p1 = s.votes.at(-1)!;
    assert.deepEqual(p1.subject, { kind: 'part', divisionId: 'x', part: part(1) });
    assert.equal(p1.matter, 'non-procedural');
    assert.equal(p1.decision.reason, 'veto');
    assert.equal(s.divisions[0]!.results[0]!.retained, false);
    s = collect(
      s,
      [
        chair('record-vote', {
          voteId: 'p2',
          question: 'Operative paragraph 3',
          subject: { kind: 'part', divisionId: 'x' },
          ballots: ballotsFor(COUNCIL_2014.filter((c) => c !== 'CHN')),
        }),
      ],
      events,
    );
    assert.equal(s.divisions[0]!.status, 'completed');
    assert.equal(s.divisions[0]!.outcome, 'vote-as-whole');
    assert.deepEqual(s.drafts[0]!.operative, ['Decides to remain seized;', 'Refers the situation to the Court;']);
    s = collect(
      s,
      [
        chair('record-vote', {
          voteId: 'w',
          question: 'Draft as a whole',
          subject: { kind: 'draft', draftId: 'd1' },
          ballots: ballotsFor(COUNCIL_2014),
        }),
      ],
      events,
    );
    assert.equal(s.drafts[0]!.status, 'adopted');
    const md = await record(events);
    assert.match(md, /asked that operative paragraph 2 and operative paragraph 3 be voted on separately \(Rule 32\)/);
    assert.match(md, /Voted separately, operative paragraph 2 was not retained: “Requests a report within 90 days;”/);
    assert.match(md, /Voted separately, operative paragraph 3 was retained: “Refers the situation to the Court;”/);
    assert.match(
      md,
      /Text adopted: Draft resolution\s+Recalling its resolutions,\s+1\. Decides to remain seized;\s+2\. Refers the situation to the Court;/,
    );
    assert.doesNotMatch(md.slice(md.indexOf('Text adopted')), /within 90 days/);
  });
});

describe('General Assembly bodies (GA rule 89 [129])', () => {
  const start = (body: 'ga-main-committee' | 'general-assembly', majority?: 'two-thirds') => {
    const events: SessionEvent[] = [];
    const create = chair('create-session', {
      sessionId: 's1',
      body,
      ...(body === 'ga-main-committee' ? { committee: 3 } : {}),
      date: '2014-11-18',
      title: 'GA test',
    });
    const s = collect(
      run([]),
      [create, chair('open-meeting'), by('JPN', 'submit-draft', { ...DRAFT, sponsors: ['JPN'], ...(majority ? { majority } : {}) })],
      events,
    );
    return { s, events };
  };
  const tally = (yes: number, no: number, abstain = 0) => ({ yes, no, abstain });

  test('an objection sends the motion for division to a procedural vote; the chair cannot take it as agreed', () => {
    let { s } = start('ga-main-committee');
    s = run([by('CUB', 'request-division', { divisionId: 'x', draftId: 'd1', parts: [part(2)] })], s);
    // Nobody objected yet: there is nothing to vote on, the chair may take it as agreed.
    const nothingToVote = step(
      s,
      chair('open-vote', { voteId: 'm', question: 'Division', subject: { kind: 'division', divisionId: 'x' } }),
    );
    assert.equal(nothingToVote.error?.code, 'wrong-phase');
    s = run([by('JPN', 'object-to-division', { divisionId: 'x' })], s);
    assert.equal(s.divisions[0]!.status, 'objected');
    const agreed = step(s, chair('agree-division', { divisionId: 'x' }));
    assert.equal(agreed.error?.code, 'division-needs-vote');
    assert.equal(agreed.error?.rule, 'GA rule 129');
    s = run(
      [
        chair('record-vote', {
          voteId: 'm',
          question: 'Motion for division',
          subject: { kind: 'division', divisionId: 'x' },
          tally: tally(40, 77, 50),
        }),
      ],
      s,
    );
    assert.equal(s.votes[0]!.matter, 'procedural');
    assert.equal(s.divisions[0]!.status, 'rejected');
    // The motion lost: the text is voted as a whole, unchanged.
    s = run(
      [chair('record-vote', { voteId: 'w', question: 'Draft', subject: { kind: 'draft', draftId: 'd1' }, tally: tally(111, 19, 55) })],
      s,
    );
    assert.equal(s.drafts[0]!.status, 'adopted');
    assert.equal(s.drafts[0]!.operative!.length, 3);
  });

  test('every operative part rejected: the proposal is rejected as a whole, with no vote on it', async () => {
    let { s, events } = start('ga-main-committee');
    s = collect(
      s,
      [
        by('CUB', 'request-division', { divisionId: 'x', draftId: 'd1', parts: [part(0), part(1), part(2), part(0, 'preambular')] }),
        chair('agree-division', { divisionId: 'x' }),
        chair('record-vote', { voteId: 'p0', question: 'PP 1', subject: { kind: 'part', divisionId: 'x' }, tally: tally(60, 50) }),
        chair('record-vote', { voteId: 'p1', question: 'OP 1', subject: { kind: 'part', divisionId: 'x' }, tally: tally(50, 60) }),
        chair('record-vote', { voteId: 'p2', question: 'OP 2', subject: { kind: 'part', divisionId: 'x' }, tally: tally(50, 50) }),
      ],
      events,
    );
    assert.deepEqual(
      s.votes.map((v) => v.subject),
      [part(0, 'preambular'), part(0), part(1)].map((p) => ({ kind: 'part', divisionId: 'x', part: p })),
    );
    assert.equal(s.drafts[0]!.status, 'submitted');
    s = collect(
      s,
      [chair('record-vote', { voteId: 'p3', question: 'OP 3', subject: { kind: 'part', divisionId: 'x' }, tally: tally(10, 90) })],
      events,
    );
    assert.equal(s.divisions[0]!.outcome, 'rejected-as-whole');
    assert.equal(s.drafts[0]!.status, 'not-adopted');
    const whole = step(s, chair('open-vote', { voteId: 'w', question: 'Draft', subject: { kind: 'draft', draftId: 'd1' } }));
    assert.equal(whole.error?.code, 'already-decided');
    const md = await record(events);
    assert.match(md, /All operative parts having been rejected, the proposal is rejected as a whole \(GA rule 129\)/);
    assert.doesNotMatch(md, /Text adopted/);
  });

  test('in plenary a part of an important question needs two thirds, like the text (GA rule 84)', () => {
    let { s } = start('general-assembly', 'two-thirds');
    s = run(
      [
        by('CUB', 'request-division', { divisionId: 'x', draftId: 'd1', parts: [part(2)] }),
        chair('agree-division', { divisionId: 'x' }),
        chair('record-vote', { voteId: 'p', question: 'OP 3', subject: { kind: 'part', divisionId: 'x' }, tally: tally(93, 47, 20) }),
      ],
      s,
    );
    assert.equal(s.votes[0]!.majority, 'two-thirds');
    assert.equal(s.votes[0]!.decision.outcome, 'not-adopted');
    assert.deepEqual(s.drafts[0]!.operative, DRAFT.operative.slice(0, 2));
    assert.equal(s.divisions[0]!.outcome, 'vote-as-whole');
  });

  test('refusals: not a member, an unknown paragraph, a vote in progress, amendments pending, an observer', () => {
    let { s } = start('ga-main-committee');
    assert.equal(
      step(s, by('ZZZ', 'request-division', { divisionId: 'x', draftId: 'd1', parts: [part(0)] })).error?.code,
      'not-a-council-member',
    );
    assert.equal(
      step(s, by('CUB', 'request-division', { divisionId: 'x', draftId: 'd1', parts: [part(100)] })).error?.code,
      'invalid-command',
    );
    assert.equal(step(s, by('CUB', 'request-division', { divisionId: 'x', draftId: 'd1', parts: [part(3)] })).error?.code, 'no-such-part');
    assert.equal(
      step(s, by('CUB', 'request-division', { divisionId: 'x', draftId: 'nope', parts: [part(0)] })).error?.code,
      'unknown-draft',
    );
    assert.equal(step(s, chair('request-division', { divisionId: 'x', draftId: 'd1', parts: [part(0)] })).error?.code, 'invalid-command');
    const forCuba = step(s, chair('request-division', { divisionId: 'x', draftId: 'd1', parts: [part(0)], member: 'CUB' }));
    assert.equal(forCuba.events[0]?.type === 'division-requested.v1' && forCuba.events[0].data.by, 'CUB');
    const amended = run(
      [by('CUB', 'submit-draft', { draftId: 'a', title: 'A', sponsors: ['CUB'], amends: 'd1', change: 'delete', paragraph: part(2) })],
      s,
    );
    const early = step(amended, by('CUB', 'request-division', { divisionId: 'x', draftId: 'd1', parts: [part(0)] }));
    assert.equal(early.error?.code, 'amendments-first');
    assert.equal(early.error?.rule, 'GA rule 130');
    s = run([chair('open-vote', { voteId: 'v', question: 'Draft', subject: { kind: 'draft', draftId: 'd1' } })], s);
    assert.equal(
      step(s, by('CUB', 'request-division', { divisionId: 'x', draftId: 'd1', parts: [part(0)] })).error?.code,
      'vote-in-progress',
    );
  });
});

test('while a text is divided: no new amendment to it, no withdrawal during a separate vote; the votes export names its symbol', async () => {
  const events: SessionEvent[] = [];
  let s = collect(
    run([]),
    [
      create(),
      chair('open-meeting'),
      chair('propose-agenda', { items: [{ title: 'Item' }] }),
      chair('adopt-agenda'),
      by('USA', 'submit-draft', { ...DRAFT, symbol: 'S/2014/999', sponsors: ['USA'] }),
      by('RUS', 'request-division', { divisionId: 'x', draftId: 'd1', parts: [part(0)] }),
    ],
    events,
  );
  const amendment = step(
    s,
    by('RUS', 'submit-draft', { draftId: 'a', title: 'A', sponsors: ['RUS'], amends: 'd1', change: 'delete', paragraph: part(1) }),
  );
  assert.deepEqual([amendment.error?.code, amendment.error?.rule], ['division-pending', 'Rule 32']);
  s = collect(
    s,
    [
      chair('agree-division', { divisionId: 'x' }),
      chair('open-vote', { voteId: 'p', question: 'OP 1', subject: { kind: 'part', divisionId: 'x' } }),
    ],
    events,
  );
  assert.equal(step(s, by('USA', 'withdraw-draft', { draftId: 'd1' })).error?.code, 'vote-in-progress');
  collect(s, [...COUNCIL_2014.map((c) => by(c, 'cast-ballot', { ballot: 'yes' })), chair('close-vote')], events);
  const { exportVotes } = await import('../../src/records/votes-export.js');
  const exported = exportVotes(events)!;
  assert.equal(exported.votes[0]!.document, 'S/2014/999');
});
