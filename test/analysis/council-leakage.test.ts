import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GaRecord } from '../../src/analysis/ga/record.js';
import { CouncilLeakageError, CouncilVotesView } from '../../src/analysis/council/view.js';
import { councilForecast } from '../../src/analysis/council/forecast.js';
import { councilBacktest } from '../../src/analysis/council/backtest.js';
import { FROZEN_SETTINGS, type Settings } from '../../src/analysis/council/settings.js';
import { fitCaseOf, prepareCase } from '../../src/analysis/council/fit.js';
import { fromMinority } from '../../src/data/procedural-votes/ballots.js';
import type { ProceduralVote } from '../../src/data/procedural-votes/index.js';
import { poisonAfter, syntheticTables } from './fixtures.js';

// Small budgets keep the test quick; the logic under test is the same.
const FAST: Settings = { ...FROZEN_SETTINGS, maxEvaluations: 250, temperatureFolds: 2, bootstrap: { samples: 20, seed: 1, level: 0.95 } };

function vote(id: string, date: string, no: string[], abstain: string[], yes: number): ProceduralVote {
  return {
    id,
    date,
    meeting: null,
    question: 'agenda',
    description: 'synthetic',
    subject: 'PRK',
    series: 'dprk-human-rights',
    requestedBy: ['USA', 'GBR', 'FRA'],
    opposedBy: ['CHN'],
    sidesSource: 'synthetic test case',
    ballots: fromMinority(date, no, abstain),
    tally: { yes, no: no.length, abstain: abstain.length },
    outcome: yes >= 9 ? 'adopted' : 'not-adopted',
    sources: ['synthetic'],
    confidence: 'uncertain',
  };
}

// Real Council compositions of those days; synthetic GA record (28 states) from fixtures.ts.
const VOTES: ProceduralVote[] = [
  vote('a-2007', '2007-06-01', ['CHN', 'RUS', 'QAT'], ['IDN', 'ZAF'], 10),
  vote('b-2008', '2008-06-02', ['CHN', 'RUS', 'LBY', 'VNM'], ['IDN', 'ZAF'], 9),
  vote('c-2009', '2009-06-01', ['CHN', 'RUS', 'LBY'], ['VNM', 'UGA', 'BFA'], 9),
  vote('d-2010', '2010-06-01', ['CHN', 'RUS', 'LBN', 'BRA'], ['NGA', 'GAB', 'UGA', 'BIH'], 7),
  vote('e-2011', '2011-06-01', ['CHN', 'RUS', 'IND', 'ZAF'], ['BRA', 'LBN', 'NGA'], 8),
];

test('the Council-vote view hides what a forecast may not see, and says so by throwing', () => {
  const all = CouncilVotesView.of(VOTES);
  assert.equal(all.before('2009-06-01').list().length, 2);
  assert.throws(() => all.before('2009-06-01').vote('c-2009'), CouncilLeakageError);
  assert.throws(() => all.without('b-2008').vote('b-2008'), CouncilLeakageError);
  assert.equal(
    all
      .without('b-2008')
      .before('2010-01-01')
      .list()
      .map((v) => v.id)
      .join(),
    'a-2007,c-2009',
  );
  const record = new GaRecord(syntheticTables(), { dir: 'synthetic', warnings: [], votes: 0 });
  const c = prepareCase(record, VOTES[1]!, FAST);
  assert.throws(() => fitCaseOf(c, all.without('b-2008')), CouncilLeakageError);
});

test('a forecast is unchanged when Council ballots and GA votes on or after its date change', () => {
  const tables = syntheticTables();
  const clean = new GaRecord(tables, { dir: 'clean', warnings: [], votes: 0 });
  const poisoned = new GaRecord(poisonAfter(tables, '2010-01-01'), { dir: 'poisoned', warnings: [], votes: 0 });
  const altered = VOTES.map((v) =>
    v.date >= '2010-01-01' ? { ...v, ballots: Object.fromEntries(Object.keys(v.ballots!).map((k) => [k, 'no' as const])) } : v,
  );
  const opts = { date: '2010-01-01', requestedBy: ['USA', 'GBR'], opposedBy: ['CHN'], subject: 'PRK' };
  const a = councilForecast(clean, opts, VOTES, FAST);
  const b = councilForecast(poisoned, opts, altered, FAST);
  assert.ok(a.ok && b.ok);
  assert.equal(a.value.model.trainedOn, 3);
  assert.deepEqual(b.value.members, a.value.members);
  assert.equal(b.value.passProbability, a.value.passProbability);
});

test('leave one case out: a vote’s own ballots never move its own backtest forecast', () => {
  const record = new GaRecord(syntheticTables(), { dir: 'synthetic', warnings: [], votes: 0 });
  const flipped = VOTES.map((v) =>
    v.id === 'c-2009' ? { ...v, ballots: Object.fromEntries(Object.keys(v.ballots!).map((k) => [k, 'abstain' as const])) } : v,
  );
  const a = councilBacktest(record, VOTES, FAST);
  const b = councilBacktest(record, flipped, FAST);
  const pa = a.cases.find((c) => c.id === 'c-2009')!;
  const pb = b.cases.find((c) => c.id === 'c-2009')!;
  assert.equal(pb.pass.model, pa.pass.model);
  assert.equal(pb.pass['model-rolling'], pa.pass['model-rolling']);
  // …while it does move the forecasts of the others (it is in their training data).
  assert.ok(a.cases.some((c) => c.id !== 'c-2009' && c.pass.model !== b.cases.find((x) => x.id === c.id)!.pass.model));
  assert.equal(a.counts.votes, 5);
  assert.ok(a.splits[0]!.members.model.n > 0 && a.reliability.members.length === 10);
});
