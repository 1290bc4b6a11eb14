import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ballotsFor, by, chair, create, openMeeting, run, step } from './helpers.js';

const ELEVEN = ['ARG', 'AUS', 'CHL', 'FRA', 'JOR', 'LTU', 'LUX', 'KOR', 'RWA', 'GBR', 'USA'];

test('only the chair convenes, opens and puts questions; delegations are refused with not-chair', () => {
  const created = run([create()]);
  assert.equal(step(created, by('USA', 'open-meeting')).error?.code, 'not-chair');
  const open = openMeeting();
  assert.equal(step(open, by('USA', 'open-vote', { voteId: 'v', question: 'q', subject: { kind: 'other' } })).error?.code, 'not-chair');
  assert.equal(step(open, by('USA', 'close-meeting')).error?.code, 'not-chair');
});

test('a live vote: ballots may change until the chair closes; the same ballot twice counts once', () => {
  let s = run(
    [chair('open-vote', { voteId: 'v1', question: 'Draft', subject: { kind: 'other' }, matter: 'non-procedural' })],
    openMeeting(),
  );
  assert.equal(step(s, chair('cast-ballot', { ballot: 'yes' })).error?.code, 'not-your-ballot');
  assert.equal(step(s, by('PRK', 'cast-ballot', { ballot: 'yes' })).error?.code, 'not-a-council-member');
  for (const code of ELEVEN) s = run([by(code, 'cast-ballot', { ballot: 'yes' })], s);
  s = run([by('RUS', 'cast-ballot', { ballot: 'no' })], s);
  assert.equal(step(s, by('RUS', 'cast-ballot', { ballot: 'no' })).events.length, 0, 'repeating a ballot adds nothing');
  s = run([by('RUS', 'cast-ballot', { ballot: 'abstain' })], s); // changed before closing
  assert.equal(step(s, by('CHN', 'make-statement')).error?.code, 'vote-in-progress');
  s = run([chair('close-vote')], s);
  const vote = s.votes[0]!;
  assert.equal(vote.ballots?.RUS, 'abstain');
  assert.equal(vote.ballots?.CHN, 'absent', 'members who cast nothing are absent');
  assert.equal(vote.decision.outcome, 'adopted');
  assert.equal(step(s, by('USA', 'cast-ballot', { ballot: 'no' })).error?.code, 'no-vote-open');
});

test('a permanent member voting no on a non-procedural draft is a veto, recorded with its explanation', () => {
  let s = run([by('USA', 'submit-draft', { draftId: 'd1', symbol: 'S/2014/999', title: 'Draft', sponsors: ['USA'] })], openMeeting());
  s = run(
    [
      chair('record-vote', {
        voteId: 'v',
        question: 'Draft S/2014/999',
        subject: { kind: 'draft', draftId: 'd1' },
        ballots: ballotsFor([...ELEVEN, 'TCD', 'NGA'], ['RUS']),
      }),
    ],
    s,
  );
  assert.equal(s.votes[0]!.decision.reason, 'veto');
  assert.deepEqual(s.votes[0]!.decision.vetoedBy, ['RUS']);
  assert.equal(s.drafts[0]!.status, 'not-adopted');
  assert.match(s.votes[0]!.decision.explanation, /Russian Federation/);
});

test('T5: an agenda vote of 8 is lost and the Council cannot take up the item (agenda-not-adopted)', () => {
  let s = run([create(), chair('open-meeting'), chair('propose-agenda', { items: [{ title: 'Item' }] }), by('CHN', 'object-to-agenda')]);
  assert.equal(step(s, chair('adopt-agenda')).error?.code, 'vote-required');
  assert.equal(step(s, by('PRK', 'object-to-agenda')).error?.code, 'not-a-council-member');
  const eight = ELEVEN.slice(0, 8);
  s = run(
    [
      chair('record-vote', {
        voteId: 'agenda',
        question: 'Agenda',
        subject: { kind: 'agenda' },
        ballots: ballotsFor(eight, ['CHN', 'RUS', 'TCD', 'NGA']),
      }),
    ],
    s,
  );
  assert.equal(s.agenda.status, 'not-adopted');
  assert.equal(s.summaryStatement.length, 0, 'R15: no Summary Statement entry without adoption');
  assert.equal(step(s, by('USA', 'submit-draft', { draftId: 'd', title: 't', sponsors: ['USA'] })).error?.code, 'agenda-not-adopted');
  assert.equal(
    step(s, chair('open-vote', { voteId: 'agenda', question: 'again', subject: { kind: 'agenda' } })).error?.code,
    'duplicate-vote-id',
  );
});

test('the agenda vote is procedural whatever the caller says (R19)', () => {
  const s = run([create(), chair('open-meeting'), chair('propose-agenda', { items: [{ title: 'Item' }] })]);
  const r = step(s, chair('open-vote', { voteId: 'a', question: 'Agenda', subject: { kind: 'agenda' }, matter: 'non-procedural' }));
  assert.equal(r.error?.code, 'invalid-command');
});

test('T34: a contested Rule 37 invitation goes to a procedural vote; a P5 no is not a veto', () => {
  let s = run(
    [chair('propose-invitation', { invitee: 'UKR', name: 'Ukraine', rule: '37' }), by('RUS', 'object-to-invitation', { invitee: 'UKR' })],
    openMeeting(),
  );
  assert.equal(step(s, chair('decide-invitations')).error?.code, 'vote-required');
  s = run(
    [
      chair('record-vote', {
        voteId: 'inv',
        question: 'Invite Ukraine',
        subject: { kind: 'invitation', invitee: 'UKR' },
        ballots: { ...ballotsFor(ELEVEN.slice(0, 10), ['RUS', 'CHN']) },
      }),
    ],
    s,
  );
  assert.equal(s.invitations[0]!.status, 'invited');
  assert.equal(step(s, by('UKR', 'cast-ballot', { ballot: 'yes' })).error?.code, 'no-vote-open');
  assert.equal(step(s, by('UKR', 'make-statement')).events.length, 1, 'the invitee may speak');
  assert.equal(step(s, by('UKR', 'object-to-agenda')).error?.code, 'not-a-council-member');
});

test('T35: a state may decline; the meeting proceeds', () => {
  const s = run(
    [
      chair('propose-invitation', { invitee: 'PRK', name: "Democratic People's Republic of Korea", rule: '37' }),
      chair('decide-invitations'),
      by('PRK', 'decline-invitation', { invitee: 'PRK' }),
    ],
    openMeeting(),
  );
  assert.equal(s.invitations[0]!.status, 'declined');
  assert.equal(step(s, by('PRK', 'make-statement')).error?.code, 'not-a-participant');
  assert.equal(step(s, by('USA', 'decline-invitation', { invitee: 'PRK' })).error?.code, 'not-your-ballot');
});

test('T39 and R43: no votes in consultations or Arria meetings', () => {
  const consultations = run([create('consultations'), chair('open-meeting')]);
  assert.equal(
    step(consultations, chair('open-vote', { voteId: 'v', question: 'q', subject: { kind: 'other' } })).error?.code,
    'no-voting-in-informal-format',
  );
  const arria = run([create('arria', { conveners: ['USA', 'KOR'] }), chair('open-meeting')]);
  assert.equal(
    step(arria, chair('record-vote', { voteId: 'v', question: 'q', subject: { kind: 'other' }, ballots: ballotsFor(ELEVEN) })).error?.code,
    'no-voting-in-informal-format',
  );
  assert.equal(step(arria, chair('propose-agenda', { items: [{ title: 'x' }] })).error?.code, 'no-agenda-in-arria');
  assert.equal(
    step(run([]), create('arria', { conveners: ['ALB'] })).error?.code,
    'arria-needs-council-convener',
    'a Council member must convene',
  );
});

test('R43: an Arria meeting created without conveners is convened by the President of the month', () => {
  const s = run([create('arria')]);
  assert.deepEqual(s.session?.conveners, ['TCD']);
  assert.deepEqual(run([create('arria', { conveners: ['USA', 'ALB'] })]).session?.conveners, ['USA', 'ALB']);
  assert.equal(run([create('public')]).session?.conveners, undefined);
});

test('R43: the webcast needs all fifteen; silence is not consent', () => {
  let s = run([create('arria', { conveners: ['USA'] }), chair('open-meeting')]);
  assert.equal(step(s, by('PRK', 'consent-webcast', { consent: true })).error?.code, 'not-a-council-member');
  const codes = s.session!.members.map((m) => m.code);
  for (const c of codes.slice(0, 14)) s = run([by(c, 'consent-webcast', { consent: true })], s);
  const early = run([chair('decide-webcast')], s);
  assert.equal(early.webcast.decision?.webcast, false);
  assert.equal(early.webcast.decision?.missing.length, 1);
  s = run([by(codes[14]!, 'consent-webcast', { consent: true }), chair('decide-webcast')], s);
  assert.equal(s.webcast.decision?.webcast, true);
  assert.equal(step(openMeeting(), by('USA', 'consent-webcast', { consent: true })).error?.code, 'not-arria');
});

test('R31/T31: amendments before the draft; adding or deleting text goes first', () => {
  let s = run(
    [
      by('FRA', 'submit-draft', { draftId: 'D', title: 'Draft', sponsors: ['FRA'] }),
      by('RUS', 'submit-draft', { draftId: 'Y', title: 'Rewrite op. 5', sponsors: ['RUS'], amends: 'D', change: 'revise', distance: 9 }),
      by('CHN', 'submit-draft', { draftId: 'X', title: 'Delete op. 3', sponsors: ['CHN'], amends: 'D', change: 'delete' }),
    ],
    openMeeting(),
  );
  const vote = (id: string) =>
    chair('record-vote', { voteId: id, question: id, subject: { kind: 'draft', draftId: id }, ballots: ballotsFor(ELEVEN) });
  assert.equal(step(s, vote('D')).error?.code, 'wrong-order');
  assert.equal(step(s, vote('Y')).error?.code, 'wrong-order');
  s = run([vote('X'), vote('Y'), vote('D')], s);
  assert.deepEqual(
    s.votes.map((v) => v.voteId),
    ['X', 'Y', 'D'],
  );
  assert.equal(s.votes[0]!.matter, 'non-procedural', 'an amendment takes the class of its text');
});

test('Rule 33 motions: an adopted suspension suspends the meeting', () => {
  const s = run(
    [
      chair('record-vote', {
        voteId: 'm',
        question: 'Suspend',
        subject: { kind: 'motion', motion: 'suspend' },
        ballots: ballotsFor(ELEVEN),
      }),
    ],
    openMeeting(),
  );
  assert.equal(s.phase, 'suspended');
  assert.equal(step(s, by('USA', 'make-statement')).error?.code, 'wrong-phase');
  assert.equal(run([chair('resume-meeting')], s).phase, 'open');
});

test('request, whip count and withdrawal (R9): a non-member cannot use Rule 2', () => {
  const s = run([create()]);
  assert.equal(step(s, by('PRK', 'request-meeting', { basis: 'rule-2', requesters: ['PRK'] })).error?.code, 'not-a-council-member');
  assert.equal(step(s, by('CHN', 'request-meeting', { basis: 'rule-2', requesters: ['USA'] })).error?.code, 'not-your-ballot');
  assert.equal(step(s, chair('request-meeting', { basis: 'rule-2', requesters: ['UKR'] })).error?.code, 'not-a-council-member');
  const req = run(
    [
      by('USA', 'request-meeting', { basis: 'rule-2', requesters: ['USA', 'FRA'], letter: { symbol: 'S/2014/1' } }),
      by('USA', 'count-support', { supporters: ELEVEN.slice(0, 9) }),
    ],
    s,
  );
  assert.equal(req.whipCounts[0]?.winnable, true);
  assert.equal(step(req, by('CHN', 'withdraw-request')).error?.code, 'not-your-ballot');
  const gone = run([by('FRA', 'withdraw-request')], req);
  assert.equal(step(gone, chair('open-meeting')).error?.code, 'wrong-phase');
});

test('create-session takes no credentials (they live in the identity store, never in the log)', () => {
  const refused = step(run([]), create('public', { credentials: { chair: 'hash' } }));
  assert.equal(refused.error?.code, 'invalid-command');
});

test('schema errors are typed invalid-command with the field named', () => {
  const r = step(openMeeting(), { id: 'x', actor: { role: 'delegation', code: 'usa' }, type: 'cast-ballot', ballot: 'yes' } as never);
  assert.equal(r.error?.code, 'invalid-command');
  assert.match(r.error!.message, /actor\.code/);
});

test('GA: two-thirds in plenary (T43, T44), simple majority in committee (T46), a tie fails (T41)', () => {
  const ga = (body: string, majority: string | undefined, tally: { yes: number; no: number; abstain: number }) => {
    const s = run([
      chair('create-session', { sessionId: 'g', body, date: '2014-12-18', title: 'GA test' }),
      chair('open-meeting'),
      by('FRA', 'submit-draft', { draftId: 'd', title: 'Draft', sponsors: ['FRA'], ...(majority ? { majority } : {}) }),
      chair('record-vote', { voteId: 'v', question: 'Draft', subject: { kind: 'draft', draftId: 'd' }, tally }),
    ]);
    return s.votes[0]!.decision;
  };
  assert.equal(ga('general-assembly', 'two-thirds', { yes: 70, no: 40, abstain: 80 }).outcome, 'not-adopted');
  assert.equal(ga('general-assembly', 'two-thirds', { yes: 80, no: 40, abstain: 0 }).outcome, 'adopted');
  assert.equal(ga('general-assembly', 'two-thirds', { yes: 60, no: 40, abstain: 80 }).outcome, 'not-adopted');
  assert.equal(ga('ga-third-committee', undefined, { yes: 60, no: 40, abstain: 80 }).outcome, 'adopted');
  assert.equal(ga('general-assembly', undefined, { yes: 60, no: 60, abstain: 50 }).outcome, 'not-adopted');
  assert.equal(ga('general-assembly', undefined, { yes: 30, no: 29, abstain: 120 }).outcome, 'adopted');
});

test('GA amendments: furthest removed first, no add/delete exception (R58)', () => {
  let s = run([
    chair('create-session', { sessionId: 'g', body: 'ga-third-committee', date: '2014-11-18', title: 'GA test' }),
    chair('open-meeting'),
    by('FRA', 'submit-draft', { draftId: 'D', title: 'Draft', sponsors: ['FRA'] }),
    by('CUB', 'submit-draft', { draftId: 'X', title: 'Delete', sponsors: ['CUB'], amends: 'D', change: 'delete', distance: 1 }),
    by('RUS', 'submit-draft', { draftId: 'Y', title: 'Rewrite', sponsors: ['RUS'], amends: 'D', change: 'revise', distance: 5 }),
  ]);
  const vote = (id: string) =>
    chair('record-vote', { voteId: id, question: id, subject: { kind: 'draft', draftId: id }, tally: { yes: 10, no: 20, abstain: 0 } });
  assert.equal(step(s, vote('X')).error?.code, 'wrong-order');
  s = run([vote('Y'), vote('X'), vote('D')], s);
  assert.deepEqual(
    s.votes.map((v) => v.voteId),
    ['Y', 'X', 'D'],
  );
  assert.equal(step(s, by('ZZZ', 'submit-draft', { draftId: 'Q', title: 'q', sponsors: ['ZZZ'] })).error?.code, 'not-a-council-member');
});

test('T30: Rule 33 order — a later motion to suspend is decided first and without debate; motions precede the draft', () => {
  let s = run(
    [
      by('FRA', 'submit-draft', { draftId: 'D', title: 'Draft', sponsors: ['FRA'] }),
      by('JOR', 'move-motion', { motionId: 'm-postpone', motion: 'postpone', detail: 'to Friday' }),
      by('RUS', 'move-motion', { motionId: 'm-suspend', motion: 'suspend' }),
    ],
    openMeeting(),
  );
  assert.equal(step(s, by('PRK', 'move-motion', { motionId: 'x', motion: 'adjourn' })).error?.code, 'not-a-council-member');
  const vote = (id: string, subject: Record<string, unknown>, yes: string[]) =>
    chair('record-vote', { voteId: id, question: id, subject, ballots: ballotsFor(yes) });
  assert.equal(step(s, vote('p', { kind: 'motion', motion: 'postpone', motionId: 'm-postpone' }, ELEVEN)).error?.code, 'wrong-order');
  assert.equal(step(s, vote('d', { kind: 'draft', draftId: 'D' }, ELEVEN)).error?.code, 'wrong-order');
  assert.equal(step(s, by('USA', 'make-statement')).error?.code, 'no-debate');
  s = run([vote('s', { kind: 'motion', motion: 'suspend', motionId: 'm-suspend' }, ELEVEN.slice(0, 7))], s);
  assert.equal(s.motions.find((m) => m.motionId === 'm-suspend')?.status, 'rejected', '7 votes: the suspension fails');
  assert.equal(s.phase, 'open');
  assert.equal(step(s, by('USA', 'make-statement')).events.length, 1, 'postponement may be debated');
  s = run([vote('p', { kind: 'motion', motion: 'postpone', motionId: 'm-postpone' }, ELEVEN.slice(0, 9))], s);
  assert.equal(s.motions.find((m) => m.motionId === 'm-postpone')?.status, 'adopted');
  assert.equal(s.drafts[0]!.status, 'submitted', 'the draft stays pending and carries over (Rule 10)');
});

test('an adopted motion to adjourn lapses the lower-ranked pending motions and adjourns', () => {
  const s = run(
    [
      by('JOR', 'move-motion', { motionId: 'p', motion: 'postpone' }),
      by('RUS', 'move-motion', { motionId: 'a', motion: 'adjourn' }),
      chair('record-vote', {
        voteId: 'va',
        question: 'Adjourn',
        subject: { kind: 'motion', motion: 'adjourn', motionId: 'a' },
        ballots: ballotsFor(ELEVEN),
      }),
    ],
    openMeeting(),
  );
  assert.deepEqual(
    s.motions.map((m) => [m.motionId, m.status]),
    [
      ['p', 'lapsed'],
      ['a', 'adopted'],
    ],
  );
  assert.equal(s.phase, 'adjourned');
});
