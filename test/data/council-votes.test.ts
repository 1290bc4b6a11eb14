import { test } from 'node:test';
import assert from 'node:assert/strict';
import { councilOn, councilVotes, gaDprkVotes, memberState } from '../../src/data/index.js';
import type { Ballot } from '../../src/rules/types.js';

const tally = (ballots: Readonly<Record<string, Ballot>>) => {
  const t = { yes: 0, no: 0, abstain: 0 };
  for (const b of Object.values(ballots)) if (b === 'yes' || b === 'no' || b === 'abstain') t[b] += 1;
  return t;
};

const vote = (id: string) => {
  const v = councilVotes.find((x) => x.id === id);
  assert.ok(v, id);
  return v;
};

test('every recorded ballot list covers exactly the Council of that day and matches the published tally', () => {
  let withBallots = 0;
  for (const v of councilVotes) {
    assert.ok(v.source.length > 0, v.id);
    if (Object.keys(v.ballots).length === 0) continue;
    withBallots += 1;
    const members = councilOn(v.date);
    assert.ok(members.ok, v.id);
    assert.deepEqual(Object.keys(v.ballots).sort(), members.value.map((m) => m.code).sort(), v.id);
    assert.ok(v.published, v.id);
    assert.deepEqual(tally(v.ballots), { yes: v.published.yes, no: v.published.no, abstain: v.published.abstain }, v.id);
    // Procedural: nine yes votes decide, whatever the permanent members do (Art. 27(2)).
    assert.equal(v.outcome, v.published.yes >= 9 ? 'adopted' : 'not-adopted', v.id);
  }
  assert.equal(withBallots, 8);
});

test('DPRK agenda votes 2014–2017 as in spec T1–T4', () => {
  const t1 = vote('dprk-2014-12-22');
  assert.equal(t1.meeting, 'S/PV.7353');
  assert.deepEqual(tally(t1.ballots), { yes: 11, no: 2, abstain: 2 });
  assert.equal(t1.ballots.TCD, 'abstain');
  assert.equal(t1.ballots.CHN, 'no');
  const t2 = vote('dprk-2015-12-10');
  assert.deepEqual(
    ['AGO', 'CHN', 'RUS', 'VEN'].map((c) => t2.ballots[c]),
    ['no', 'no', 'no', 'no'],
  );
  const t3 = vote('dprk-2016-12-09');
  assert.equal(t3.ballots.SEN, 'abstain');
  assert.equal(t3.ballots.EGY, 'no');
  const t4 = vote('dprk-2017-12-11');
  assert.deepEqual(tally(t4.ballots), { yes: 10, no: 3, abstain: 2 });
  assert.equal(t4.ballots.BOL, 'no');
  assert.equal(t4.ballots.KAZ, 'yes');
});

test('2018: the request was withdrawn with eight supporters and no vote; 2023 adopted without a vote', () => {
  const w = vote('dprk-2018-12-withdrawn');
  assert.equal(w.outcome, 'withdrawn');
  assert.equal(w.published, null);
  assert.equal(w.supporters?.length, 8);
  const members = councilOn(w.date);
  assert.ok(members.ok);
  for (const c of [...(w.supporters ?? []), ...(w.opponents ?? [])])
    assert.ok(
      members.value.some((m) => m.code === c),
      c,
    );
  assert.ok(!w.supporters?.includes('CIV'));
  assert.equal(vote('dprk-2023-08-17').outcome, 'adopted-without-vote');
  assert.deepEqual(vote('dprk-2023-03-17-arria').opponents, ['CHN']);
});

test('12 June 2024: 12–2–1 with Mozambique abstaining', () => {
  const v = vote('dprk-2024-06-12');
  assert.deepEqual(tally(v.ballots), { yes: 12, no: 2, abstain: 1 });
  assert.equal(v.ballots.MOZ, 'abstain');
  assert.equal(v.ballots.KOR, 'yes');
});

test('GA res 69/188: 116–20–53 per member from roll call 5377, all then UN Members', () => {
  const plenary = gaDprkVotes.find((v) => v.document === 'A/RES/69/188');
  assert.ok(plenary?.ballots);
  assert.deepEqual(tally(plenary.ballots), plenary.published);
  assert.deepEqual(plenary.published, { yes: 116, no: 20, abstain: 53 });
  for (const code of Object.keys(plenary.ballots)) {
    const s = memberState(code);
    assert.ok(s && s.status === 'member' && s.admitted <= plenary.date, code);
  }
  assert.equal(plenary.ballots.PRK, 'no');
  assert.equal(plenary.ballots.KOR, 'yes');
  const committee = gaDprkVotes.filter((v) => v.body === 'third-committee');
  assert.deepEqual(
    committee.map((v) => [v.published.yes, v.published.no, v.published.abstain]),
    [
      [40, 77, 50],
      [111, 19, 55],
    ],
  );
  for (const v of gaDprkVotes) assert.equal(v.outcome, v.published.yes > v.published.no ? 'adopted' : 'rejected');
});

test('Third Committee, 18 Nov 2014: tallies sourced to GA/SHC/4122, no per-member ballots invented', () => {
  const [amendment, draft] = gaDprkVotes.filter((v) => v.body === 'third-committee');
  assert.ok(amendment && draft);
  for (const v of [amendment, draft]) {
    assert.equal(v.date, '2014-11-18');
    assert.equal(v.ballots, null, `${v.id}: the per-member lists were not found, so none are given`);
    assert.match(v.source, /GA\/SHC\/4122/u);
    // 193 Members that day: the published tallies leave the rest absent, never more than the membership.
    assert.ok(v.published.yes + v.published.no + v.published.abstain <= 193, v.id);
  }
  assert.equal(draft.confidence, 'confirmed');
  // The amendment's symbol is not seen in a stored document, so the record stays "knowledge".
  assert.equal(amendment.confidence, 'knowledge');
  assert.equal(amendment.outcome, 'rejected');
});
