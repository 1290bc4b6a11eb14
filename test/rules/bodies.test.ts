import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkFeature,
  checkMajority,
  checkMotion,
  checkVoterStanding,
  decideBodyVote,
  decideHrcVote,
  hrcQuorum,
} from '../../src/rules/decide.js';
import {
  checkBallotAgainstAttendance,
  gaQuorum,
  orderGaAmendments,
  rollCallOrder,
  summariseAttendance,
} from '../../src/rules/general-assembly/index.js';
import type { Ballot } from '../../src/rules/types.js';

function ballots(yes: number, no: number, abstain: number): Record<string, Ballot> {
  const out: Record<string, Ballot> = {};
  let i = 0;
  const code = () => {
    const n = i++;
    return String.fromCharCode(65 + Math.floor(n / 676), 65 + (Math.floor(n / 26) % 26), 65 + (n % 26));
  };
  for (let k = 0; k < yes; k++) out[code()] = 'yes';
  for (let k = 0; k < no; k++) out[code()] = 'no';
  for (let k = 0; k < abstain; k++) out[code()] = 'abstain';
  return out;
}

test('GA rules 83 and 86: two thirds of members present and voting, abstentions out — 93-46 adopted, 93-47 not', () => {
  const a = decideBodyVote({ body: 'general-assembly', majority: 'two-thirds', ballots: ballots(93, 46, 40), membership: 193 });
  assert.ok(a.ok);
  assert.equal(a.value.outcome, 'adopted');
  assert.equal(a.value.required, 93);
  assert.ok(a.value.rules.includes('GA rule 83'));
  const b = decideBodyVote({ body: 'general-assembly', majority: 'two-thirds', ballots: ballots(93, 47, 40), membership: 193 });
  assert.ok(b.ok);
  assert.equal(b.value.outcome, 'not-adopted');
  assert.equal(b.value.required, 94);
});

test('GA rule 95 and rule 133: a tie rejects, in plenary, in committee and in the Human Rights Council', () => {
  for (const body of ['general-assembly', 'ga-main-committee', 'human-rights-council'] as const) {
    const d = decideBodyVote({
      body,
      majority: 'simple',
      ballots: ballots(20, 20, 7),
      membership: body === 'human-rights-council' ? 47 : 193,
    });
    assert.ok(d.ok, body);
    assert.equal(d.value.outcome, 'not-adopted', body);
    assert.equal(d.value.reason, 'tie', body);
    assert.ok(d.value.rules.includes(body === 'general-assembly' ? 'GA rule 95' : 'GA rule 133'), body);
  }
});

test('Human Rights Council: simple majority of members present and voting under GA res 60/251 para. 11 (res 25/25, 30-6-11)', () => {
  const d = decideHrcVote({ tally: { yes: 30, no: 6, abstain: 11 } });
  assert.ok(d.ok);
  assert.equal(d.value.outcome, 'adopted');
  assert.equal(d.value.recommendation, undefined);
  assert.equal(d.value.rules[0], 'GA res 60/251 para. 11; HRC res 5/1 annex, part VII');
  assert.match(d.value.explanation, /^Adopted: 30 in favour/u);
  assert.match(d.value.explanation, /Human Rights Council: simple majority/u);
  const two = checkMajority('human-rights-council', 'two-thirds');
  assert.ok(!two.ok && two.error.rule === 'GA rule 125');
});

test('Quorum: GA rule 67 (a third to open, a majority to decide), GA rule 108 (a quarter), the HRC as a committee', () => {
  assert.deepEqual(gaQuorum({ body: 'general-assembly', membership: 193, present: 64, stage: 'debate' }), {
    met: false,
    required: 65,
    rule: 'GA rule 67',
  });
  assert.equal(gaQuorum({ body: 'general-assembly', membership: 193, present: 96, stage: 'decision' }).met, false);
  assert.equal(gaQuorum({ body: 'general-assembly', membership: 193, present: 97, stage: 'decision' }).met, true);
  assert.equal(gaQuorum({ body: 'ga-main-committee', membership: 193, present: 49, stage: 'debate' }).required, 49);
  assert.deepEqual([hrcQuorum(11, 'debate').met, hrcQuorum(12, 'debate').met, hrcQuorum(24, 'decision').required], [false, true, 24]);
  const s = summariseAttendance('ga-main-committee', 193, { AAA: 'present', BBB: 'present-and-voting', CCC: 'absent' });
  assert.deepEqual([s.present, s.presentAndVoting, s.decisionQuorum.met], [2, 1, false]);
});

test('A delegation that answered "present and voting" cannot abstain (practice, configurable)', () => {
  const r = checkBallotAgainstAttendance('present-and-voting', 'abstain');
  assert.ok(!r.ok && r.error.code === 'present-and-voting-cannot-abstain' && /spec \[P\]/u.test(r.error.rule ?? ''));
  assert.ok(checkBallotAgainstAttendance('present', 'abstain').ok);
  assert.ok(checkBallotAgainstAttendance('present-and-voting', 'no').ok);
  assert.ok(checkBallotAgainstAttendance('present-and-voting', 'abstain', { presentAndVotingBarsAbstention: false }).ok);
});

test('GA rule 90: amendments before the proposal, the furthest removed first', () => {
  const order = orderGaAmendments([
    { id: 'near', distance: 1, submittedAt: 1 },
    { id: 'cuba', distance: 5, submittedAt: 2 },
  ]);
  assert.deepEqual(
    order.map((a) => a.id),
    ['cuba', 'near'],
  );
});

test('GA rule 87: the roll call starts with the Member drawn by lot and wraps round', () => {
  const members = ['Mali', 'Afghanistan', 'Zimbabwe', 'Malta'].map((name) => ({ name }));
  const { drawn, order } = rollCallOrder(members, 7);
  assert.ok(drawn);
  assert.equal(order[0], drawn);
  assert.equal(order.length, 4);
  assert.deepEqual(rollCallOrder(members, 7).order, order, 'same seed, same order');
});

test('Each body offers its own procedure and refuses the rest by rule', () => {
  const sc = checkFeature('security-council', 'roll-call');
  assert.ok(!sc.ok && /spec R13/u.test(sc.error.rule ?? ''));
  const veto = checkFeature('general-assembly', 'veto');
  assert.ok(!veto.ok && /Charter Art\. 18\(1\)/u.test(veto.error.rule ?? ''));
  const twoThirds = checkFeature('ga-main-committee', 'two-thirds-majority');
  assert.ok(!twoThirds.ok && /GA rule 125/u.test(twoThirds.error.rule ?? ''));
  assert.ok(checkFeature('general-assembly', 'two-thirds-majority').ok);
  assert.ok(checkFeature('human-rights-council', 'recorded-vote').ok);
  assert.ok(checkMotion('security-council', 'postpone').ok);
  const m = checkMotion('general-assembly', 'postpone');
  assert.ok(!m.ok && m.error.rule === 'GA rule 77');
  assert.ok(checkMotion('human-rights-council', 'adjourn-debate').ok);
});

test("Observers speak but never vote; each refusal cites its body's rule", () => {
  const ga = checkVoterStanding('general-assembly', 'observer');
  assert.ok(!ga.ok && ga.error.code === 'observer-no-vote' && /GA res 67\/19/u.test(ga.error.rule ?? ''));
  const hrc = checkVoterStanding('human-rights-council', 'observer');
  assert.ok(!hrc.ok && /60\/251/u.test(hrc.error.rule ?? ''));
  const sc = checkVoterStanding('security-council', 'observer');
  assert.ok(!sc.ok && /Art\. 27/u.test(sc.error.rule ?? ''));
  const susp = checkVoterStanding('human-rights-council', 'suspended');
  assert.ok(!susp.ok && susp.error.rule === 'GA res 60/251 para. 8');
  assert.ok(checkVoterStanding('general-assembly', 'member').ok);
});
