import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtures, findFixture, runFixture } from '../../src/sessions/fixtures/index.js';
import { replay } from '../../src/sessions/reducer.js';

for (const fixture of fixtures) {
  test(`fixture ${fixture.id} replays to the real outcomes`, () => {
    const run = runFixture(fixture);
    assert.ok(run.ok, run.ok ? '' : `step ${run.error.step}: ${run.error.code}: ${run.error.message}`);
    const { state, events } = run.value;
    assert.deepEqual(replay(events), state, 'the events alone rebuild the state');
    assert.equal(state.votes.length, fixture.expected.votes.length);
    for (const real of fixture.expected.votes) {
      const vote = state.votes.find((v) => v.voteId === real.voteId);
      assert.ok(vote, `vote ${real.voteId} recorded`);
      assert.equal(vote.decision.outcome, real.outcome, `${real.voteId} outcome`);
      assert.deepEqual([vote.tally.yes, vote.tally.no, vote.tally.abstain], [real.yes, real.no, real.abstain]);
      assert.ok(vote.decision.explanation.length > 20);
    }
    if (fixture.expected.withdrawn !== undefined) assert.equal(state.phase === 'withdrawn', fixture.expected.withdrawn);
    if (fixture.expected.webcast !== undefined) assert.equal(state.webcast.decision?.webcast, fixture.expected.webcast);
    const agenda = fixture.expected.agenda;
    if (agenda === 'adopted-by-vote') assert.deepEqual([state.agenda.status, state.agenda.method], ['adopted', 'vote']);
    if (agenda === 'adopted-without-vote') assert.deepEqual([state.agenda.status, state.agenda.method], ['adopted', 'without-vote']);
    if (agenda === 'none') assert.equal(state.agenda.status, 'none');
    assert.ok(fixture.sources.length > 0 && fixture.commands.length > 0);
  });
}

test('T1: 22 Dec 2014 — two permanent members against, no veto; the item joins the Summary Statement', () => {
  const run = runFixture(findFixture('sc-2014-12-22-dprk')!);
  assert.ok(run.ok);
  const vote = run.value.state.votes[0]!;
  assert.equal(vote.matter, 'procedural');
  assert.deepEqual(vote.decision.vetoedBy, []);
  assert.equal(vote.ballots?.CHN, 'no');
  assert.equal(vote.ballots?.RUS, 'no');
  assert.equal(vote.ballots?.TCD, 'abstain', 'the President votes as a member (R27)');
  assert.equal(Object.keys(vote.ballots!).length, 15);
  assert.deepEqual(
    run.value.state.summaryStatement.map((s) => [s.added, s.lastFormalConsideration]),
    [[true, '2014-12-22']],
  );
  assert.equal(run.value.state.invitations.find((i) => i.invitee === 'PRK')?.status, 'declined');
});

test('T2: 10 Dec 2015 — exactly nine votes suffice; the item was already seized', () => {
  const run = runFixture(findFixture('sc-2015-12-10-dprk')!);
  assert.ok(run.ok);
  assert.equal(run.value.state.votes[0]!.decision.required, 9);
  assert.equal(run.value.state.votes[0]!.tally.yes, 9);
  assert.deepEqual(
    run.value.state.summaryStatement.map((s) => s.added),
    [false],
  );
});

test('December 2018: the whip count of 8 is not winnable, and the request is withdrawn', () => {
  const run = runFixture(findFixture('sc-2018-12-dprk-withdrawn')!);
  assert.ok(run.ok);
  const [count] = run.value.state.whipCounts;
  assert.deepEqual([count?.count, count?.required, count?.winnable], [8, 9, false]);
  assert.equal(run.value.state.phase, 'withdrawn');
});

test('17 Mar 2023 Arria: one objection blocks the webcast; no agenda and no vote', () => {
  const run = runFixture(findFixture('arria-2023-03-17-dprk')!);
  assert.ok(run.ok);
  assert.deepEqual(run.value.state.webcast.decision?.objectors, ['CHN']);
  assert.equal(run.value.state.votes.length, 0);
});

test('Third Committee 2014: the amendment was voted before the draft', () => {
  const run = runFixture(findFixture('ga-2014-11-18-third-committee-dprk')!);
  assert.ok(run.ok);
  assert.deepEqual(
    run.value.state.votes.map((v) => v.voteId),
    ['amendment', 'draft'],
  );
  assert.deepEqual(
    run.value.state.drafts.map((d) => d.status),
    ['adopted', 'not-adopted'],
  );
});

test("Council fixtures agree ballot for ballot with the data layer's sourced votes", async () => {
  const { councilVotes } = await import('../../src/data/index.js');
  let compared = 0;
  for (const fixture of fixtures.filter((f) => f.id.startsWith('sc-') && f.expected.votes.length > 0)) {
    const run = runFixture(fixture);
    assert.ok(run.ok);
    const record = councilVotes.find((v) => v.date === fixture.date && v.question === 'agenda');
    assert.ok(record, `the data layer has the ${fixture.date} vote`);
    assert.deepEqual(run.value.state.votes[0]!.ballots, record.ballots, fixture.id);
    assert.equal(run.value.state.votes[0]!.decision.outcome, record.outcome);
    compared++;
  }
  assert.equal(compared, 5);
});

test("GA plenary fixture: every Member's ballot from roll call 5377", () => {
  const run = runFixture(findFixture('ga-2014-12-18-plenary-dprk')!);
  assert.ok(run.ok);
  const vote = run.value.state.votes[0]!;
  assert.equal(Object.keys(vote.ballots ?? {}).length, 193);
  assert.deepEqual([vote.ballots?.PRK, vote.ballots?.KOR, vote.ballots?.IND], ['no', 'yes', 'abstain']);
  assert.equal(vote.tally.absent, 4);
});

test("Council fixtures seat the data layer's Council of the day and its President", async () => {
  const { councilOn, presidentOf } = await import('../../src/data/index.js');
  for (const fixture of fixtures.filter((f) => f.id.startsWith('sc-') || f.id.startsWith('arria-'))) {
    const run = runFixture(fixture);
    assert.ok(run.ok);
    const s = run.value.state.session!;
    const council = councilOn(s.date);
    assert.ok(council.ok);
    assert.deepEqual(s.members.map((m) => m.code).sort(), council.value.map((m) => m.code).sort(), fixture.id);
    assert.deepEqual(
      s.members
        .filter((m) => m.permanent)
        .map((m) => m.code)
        .sort(),
      ['CHN', 'FRA', 'GBR', 'RUS', 'USA'],
    );
    if (s.president) {
      const p = presidentOf(s.date.slice(0, 7));
      assert.ok(p.ok);
      assert.equal(s.president, p.value.code, fixture.id);
    }
  }
});
