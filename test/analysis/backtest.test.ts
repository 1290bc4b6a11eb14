import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backtest } from '../../src/analysis/backtest/backtest.js';
import { BACKTEST_CASES } from '../../src/analysis/backtest/cases.js';
import { defaultGaDataDir, loadGaRecord } from '../../src/analysis/ga/load.js';
import { stateCodes } from '../../src/analysis/states.js';
import { councilVotes } from '../../src/data/index.js';
import { skipWithoutGaData } from '../ga-data.js';

test('every recorded Council vote with ballots has a backtest case, and its declared sides agree with the ballots', () => {
  for (const v of councilVotes.filter((x) => Object.keys(x.ballots).length > 0)) {
    const c = BACKTEST_CASES.find((x) => x.voteId === v.id);
    assert.ok(c, `case for ${v.id}`);
    // declared sides are inputs: the opposers must not be recorded voting yes, nor requesters no
    for (const code of c.requestedBy) if (v.ballots[code]) assert.notEqual(v.ballots[code], 'no', `${v.id} ${code}`);
    for (const code of c.opposedBy) if (v.ballots[code]) assert.notEqual(v.ballots[code], 'yes', `${v.id} ${code}`);
  }
});

test('backtest on the real record: the model beats both baselines on accuracy, Brier and log loss', {
  skip: skipWithoutGaData,
}, async () => {
  const loaded = await loadGaRecord(defaultGaDataDir(), { states: stateCodes });
  assert.ok(loaded.ok);
  const r = backtest(loaded.value);
  assert.ok(r.ok);
  const b = r.value;
  assert.deepEqual(b.skipped, []);
  assert.ok(b.votes.length >= 5);
  assert.ok(
    b.votes.some((v) => v.id === 'dprk-2024-06-12' && v.dataThrough! < '2024-01-01'),
    '2024 is forecast from older GA data',
  );
  for (const scores of [b.all, b.undeclared]) {
    const [model, allYes, lastGa] = scores;
    assert.equal(model!.method, 'model');
    for (const base of [allYes!, lastGa!]) {
      assert.ok(model!.accuracy > base.accuracy, `accuracy ${model!.accuracy} vs ${base.method} ${base.accuracy}`);
      assert.ok(model!.brier < base.brier, `Brier vs ${base.method}`);
      assert.ok(model!.logLoss < base.logLoss, `log loss vs ${base.method}`);
    }
  }
  // scores are proper averages
  for (const s of b.all) {
    assert.ok(s.accuracy >= 0 && s.accuracy <= 1 && s.brier >= 0 && s.brier <= 2 && s.logLoss >= 0);
  }
  assert.equal(b.all[0]!.predictions, b.votes.length * 15);
  const adoptedShare = (m: 'model' | 'all-yes' | 'last-ga-vote') =>
    b.votes.reduce((s, v) => s + (v.passProbability[m] - (v.outcome === 'adopted' ? 1 : 0)) ** 2, 0) / b.votes.length;
  for (const m of ['model', 'all-yes', 'last-ga-vote'] as const) assert.ok(Math.abs(b.passBrier[m] - adoptedShare(m)) < 1e-12);
});
