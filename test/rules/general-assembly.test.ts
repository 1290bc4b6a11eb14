import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideGeneralAssembly } from '../../src/rules/decide.js';
import {
  afterDivision, amendmentSequence, checkGaVotingRight, decideDivisionRequest, decideHrcSuspension, gaElectionBallot,
  emergencySpecialSessionDue, gaQuorum, noActionMotion, orderGaAmendments, reconsiderationCarried, rollCallOrder, twoThirdsRequired,
} from '../../src/rules/general-assembly/index.js';
import { must } from './helpers.js';

const plenary = (majority: 'simple' | 'two-thirds', yes: number, no: number, abstain: number) =>
  must(decideGeneralAssembly({ body: 'general-assembly', majority, tally: { yes, no, abstain } }));
const committee = (yes: number, no: number, abstain: number, majority: 'simple' | 'two-thirds' = 'simple') =>
  must(decideGeneralAssembly({ body: 'ga-main-committee', majority, tally: { yes, no, abstain } }));

describe('J.7 General Assembly (spec R51-R62)', () => {
  it('T40 abstentions do not count: 30-29-120 adopted', () => {
    const d = plenary('simple', 30, 29, 120);
    assert.equal(d.outcome, 'adopted');
    assert.equal(d.presentAndVoting, 59);
    assert.equal(d.required, 30);
  });

  it('T41 a 60-60-50 tie is rejected (GA rule 95); so is 0-0', () => {
    const d = plenary('simple', 60, 60, 50);
    assert.equal(d.outcome, 'not-adopted');
    assert.equal(d.reason, 'tie');
    assert.equal(d.rules[0], 'GA rule 95');
    assert.equal(plenary('simple', 0, 0, 150).reason, 'tie');
  });

  it('T42 ES-11/3 (HRC suspension): 93-24-58 adopted, 117 present and voting, 78 required', () => {
    const d = must(decideHrcSuspension({ yes: 93, no: 24, abstain: 58 }));
    assert.equal(d.outcome, 'adopted');
    assert.equal(d.presentAndVoting, 117);
    assert.equal(d.required, 78);
    assert.equal(d.rules[0], 'GA res 60/251 para. 8');
  });

  it('T43 two-thirds missed: 70-40-80 rejected, 74 of 110 needed', () => {
    const d = plenary('two-thirds', 70, 40, 80);
    assert.equal(d.outcome, 'not-adopted');
    assert.equal(d.required, 74);
  });

  it('T44 exactly two-thirds passes: 80-40-0', () => {
    assert.equal(plenary('two-thirds', 80, 40, 0).outcome, 'adopted');
  });

  it('T45 Third Committee 2014: the amendment 40-77-50 rejected, the draft 111-19-55 approved, plenary 116-20-53 adopted', () => {
    const amendment = committee(40, 77, 50);
    assert.equal(amendment.recommendation, 'rejected');
    const draft = committee(111, 19, 55);
    assert.equal(draft.outcome, 'adopted');
    assert.equal(draft.recommendation, 'approved');
    assert.match(draft.explanation, /^Approved \(a recommendation to the plenary\)/);
    const res = plenary('simple', 116, 20, 53);
    assert.equal(res.outcome, 'adopted');
    assert.equal(res.recommendation, undefined);
  });

  it('T46 a committee ignores two-thirds (60-40-80 approved); plenary rejects it (67 of 100)', () => {
    const c = committee(60, 40, 80, 'two-thirds');
    assert.equal(c.recommendation, 'approved');
    assert.ok(c.warnings.some((w) => w.code === 'committee-simple-majority'));
    const p = plenary('two-thirds', 60, 40, 80);
    assert.equal(p.outcome, 'not-adopted');
    assert.equal(p.required, 67);
  });

  it('T47 a Member under Art. 19 has no vote: refused, and its ballot left out of totals', () => {
    const r = checkGaVotingRight('AAA', { members: ['AAA', 'BBB'], inArrears: ['AAA'] });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'art19-no-vote');
    assert.equal(checkGaVotingRight('AAA', { members: ['AAA'], inArrears: ['AAA'], exempted: ['AAA'] }).ok, true);
    const d = must(decideGeneralAssembly({ body: 'general-assembly', majority: 'simple', ballots: { AAA: 'yes', BBB: 'no', CCC: 'yes' } }, { art19NoVote: ['AAA'] }));
    assert.deepEqual([d.tally.yes, d.tally.no], [1, 1]);
    assert.equal(d.reason, 'tie');
    assert.equal(d.warnings[0]?.code, 'art19-no-vote');
  });

  it('T48 HRC election: 96 votes is not elected (97 of 193 needed)', () => {
    const r = must(gaElectionBallot({ kind: 'human-rights-council', vacancies: 1, votes: { M: 96 }, ballotsCast: 170 }));
    assert.equal(r.required, 97);
    assert.deepEqual(r.elected, []);
    assert.equal(r.needsFurtherBallot, true);
    assert.equal(r.warnings[0]?.code, 'needs-further-ballot');
  });

  it('T49 SC seat: 192 ballots, 2 abstentions, 126 fails and 127 elects', () => {
    const fail = must(gaElectionBallot({ kind: 'security-council-seat', vacancies: 1, votes: { M: 126 }, ballotsCast: 192, abstentions: 2 }));
    assert.equal(fail.required, 127);
    assert.equal(fail.presentAndVoting, 190);
    assert.deepEqual(fail.elected, []);
    const win = must(gaElectionBallot({ kind: 'security-council-seat', vacancies: 1, votes: { M: 127 }, ballotsCast: 192, abstentions: 2 }));
    assert.deepEqual(win.elected, ['M']);
  });

  it('elections: a tie for the last seat needs a further ballot', () => {
    const r = must(gaElectionBallot({ kind: 'security-council-seat', vacancies: 2, votes: { A: 180, B: 150, C: 150 }, ballotsCast: 190 }));
    assert.deepEqual(r.elected, ['A']);
    assert.equal(r.needsFurtherBallot, true);
  });

  it('majority of the membership in a decision: 97 of 193 whatever the turnout', () => {
    const d = must(decideGeneralAssembly({ body: 'general-assembly', majority: 'majority-of-membership', tally: { yes: 96, no: 0, abstain: 0 } }));
    assert.equal(d.outcome, 'not-adopted');
    assert.equal(d.required, 97);
  });

  it('bad input is a typed error', () => {
    assert.equal(decideGeneralAssembly({ body: 'general-assembly', majority: 'simple' }).ok, false);
    assert.equal(decideGeneralAssembly({ body: 'general-assembly', majority: 'simple', tally: { yes: -1, no: 0, abstain: 0 } }).ok, false);
    assert.equal(decideGeneralAssembly({ body: 'general-assembly', majority: 'simple', tally: { yes: 150, no: 50, abstain: 0 } }).ok, false);
    assert.equal(decideGeneralAssembly({ body: 'general-assembly', majority: 'simple', ballots: { usa: 'yes' } }).ok, false);
  });

  it('R56 roll-call: alphabetical from the Member drawn by lot, reproducible from the seed', () => {
    const members = ['Mali', 'Afghanistan', 'Zimbabwe', 'Malta', 'Maldives', 'Marshall Islands'].map((name) => ({ name }));
    const a = rollCallOrder(members, 42);
    const b = rollCallOrder(members, 42);
    assert.deepEqual(a.order, b.order);
    const sorted = ['Afghanistan', 'Maldives', 'Mali', 'Malta', 'Marshall Islands', 'Zimbabwe'];
    const start = sorted.indexOf(a.drawn!.name);
    assert.deepEqual(a.order.map((m) => m.name), [...sorted.slice(start), ...sorted.slice(0, start)]);
    const draws = new Set(Array.from({ length: 40 }, (_, seed) => rollCallOrder(members, seed).drawn!.name));
    assert.ok(draws.size > 1, 'different seeds draw different Members');
  });

  it('R58 amendments: furthest removed first; a conflicting one is moot after adoption', () => {
    const ordered = orderGaAmendments([
      { id: 'near', distance: 1, submittedAt: 0 },
      { id: 'far', distance: 9, submittedAt: 1, conflictsWith: ['mid'] },
      { id: 'mid', distance: 5, submittedAt: 2 },
    ]);
    assert.deepEqual(ordered.map((a) => a.id), ['far', 'mid', 'near']);
    assert.equal(amendmentSequence(ordered, {}).next, 'far');
    const after = amendmentSequence(ordered, { far: 'adopted' });
    assert.deepEqual(after.steps.map((s) => s.status), ['adopted', 'moot', 'pending']);
    assert.equal(after.next, 'near');
    assert.equal(after.proposalAsAmended, true);
    assert.equal(amendmentSequence(ordered, { far: 'rejected', mid: 'rejected', near: 'rejected' }).proposalAsAmended, false);
  });

  it('T32 (GA contrast) R58 division: an objection sends the motion for division to a vote', () => {
    assert.equal(decideDivisionRequest({ objection: true }).status, 'vote-on-motion');
    assert.equal(decideDivisionRequest({ objection: true, motionAdopted: true }).status, 'divided');
    assert.equal(decideDivisionRequest({ objection: false }).status, 'divided');
    assert.equal(afterDivision([{ operative: true, adopted: false }, { operative: false, adopted: true }]), 'rejected-as-a-whole');
    assert.equal(afterDivision([{ operative: true, adopted: true }, { operative: true, adopted: false }]), 'vote-on-adopted-parts');
  });

  it('R62 quorum, reconsideration, no-action', () => {
    assert.deepEqual(gaQuorum({ body: 'general-assembly', membership: 193, present: 64, stage: 'debate' }), { met: false, required: 65, rule: 'GA rule 67' });
    assert.equal(gaQuorum({ body: 'general-assembly', membership: 193, present: 97, stage: 'decision' }).met, true);
    assert.equal(gaQuorum({ body: 'ga-main-committee', membership: 193, present: 49, stage: 'debate' }).required, 49);
    assert.equal(reconsiderationCarried(80, 40), true);
    assert.equal(reconsiderationCarried(79, 40), false);
    assert.equal(noActionMotion(80, 70).draftStatus, 'no-action');
    assert.equal(noActionMotion(70, 70).draftStatus, 'proceeds-to-vote');
    assert.equal(twoThirdsRequired(0), 1);
  });

  it('T7 (GA side) R61: the emergency special session is due within 24 hours of the request', () => {
    assert.equal(emergencySpecialSessionDue('2022-02-27T20:00:00Z'), '2022-02-28T20:00:00.000Z');
    assert.equal(emergencySpecialSessionDue('not a time'), undefined);
  });
});
