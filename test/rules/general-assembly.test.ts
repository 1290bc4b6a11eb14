import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideGeneralAssembly } from '../../src/rules/decide.js';
import { gaQuorum, rollCallOrder, twoThirdsRequired } from '../../src/rules/general-assembly/index.js';
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

  it('T42 ES-11/3 (HRC suspension, decided as an important question): 93-24-58 adopted, 117 present and voting, 78 required', () => {
    const d = plenary('two-thirds', 93, 24, 58);
    assert.equal(d.outcome, 'adopted');
    assert.equal(d.presentAndVoting, 117);
    assert.equal(d.required, 78);
  });

  it('R62 quorum: one third to open, a majority to decide; committees one quarter', () => {
    assert.deepEqual(gaQuorum({ body: 'general-assembly', membership: 193, present: 64, stage: 'debate' }), {
      met: false,
      required: 65,
      rule: 'GA rule 67',
    });
    assert.equal(gaQuorum({ body: 'general-assembly', membership: 193, present: 97, stage: 'decision' }).met, true);
    assert.equal(gaQuorum({ body: 'ga-main-committee', membership: 193, present: 49, stage: 'debate' }).required, 49);
    assert.equal(twoThirdsRequired(0), 1);
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

  it('majority of the membership in a decision: 97 of 193 whatever the turnout', () => {
    const d = must(
      decideGeneralAssembly({ body: 'general-assembly', majority: 'majority-of-membership', tally: { yes: 96, no: 0, abstain: 0 } }),
    );
    assert.equal(d.outcome, 'not-adopted');
    assert.equal(d.required, 97);
  });

  it('bad input is a typed error', () => {
    assert.equal(decideGeneralAssembly({ body: 'general-assembly', majority: 'simple' }).ok, false);
    assert.equal(decideGeneralAssembly({ body: 'general-assembly', majority: 'simple', tally: { yes: -1, no: 0, abstain: 0 } }).ok, false);
    assert.equal(
      decideGeneralAssembly({ body: 'general-assembly', majority: 'simple', tally: { yes: 150, no: 50, abstain: 0 } }).ok,
      false,
    );
    assert.equal(decideGeneralAssembly({ body: 'general-assembly', majority: 'simple', ballots: { usa: 'yes' } }).ok, false);
  });

  it('R56 roll-call: alphabetical from the Member drawn by lot, reproducible from the seed', () => {
    const members = ['Mali', 'Afghanistan', 'Zimbabwe', 'Malta', 'Maldives', 'Marshall Islands'].map((name) => ({ name }));
    const a = rollCallOrder(members, 42);
    const b = rollCallOrder(members, 42);
    assert.deepEqual(a.order, b.order);
    const sorted = ['Afghanistan', 'Maldives', 'Mali', 'Malta', 'Marshall Islands', 'Zimbabwe'];
    const start = sorted.indexOf(a.drawn!.name);
    assert.deepEqual(
      a.order.map((m) => m.name),
      [...sorted.slice(start), ...sorted.slice(0, start)],
    );
    const draws = new Set(Array.from({ length: 40 }, (_, seed) => rollCallOrder(members, seed).drawn!.name));
    assert.ok(draws.size > 1, 'different seeds draw different Members');
  });
});
