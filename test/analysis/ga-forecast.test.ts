import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gaForecast, gaPassProbability, seriesVotes, yesNoDistribution } from '../../src/analysis/ga-forecast/forecast.js';
import { inSeries, seriesByKey } from '../../src/analysis/ga/series.js';
import { GaRecord } from '../../src/analysis/ga/record.js';
import { syntheticTables } from './fixtures.js';

const odds = [
  { yes: 0.9, no: 0.05 },
  { yes: 0.2, no: 0.7 },
  { yes: 0.5, no: 0.3 },
  { yes: 0.1, no: 0.1 },
  { yes: 0.6, no: 0.4 },
  { yes: 0.33, no: 0.33 },
];

function bruteForce(rule: (y: number, n: number) => boolean): number {
  let total = 0;
  const walk = (i: number, y: number, n: number, p: number) => {
    if (i === odds.length) {
      if (rule(y, n)) total += p;
      return;
    }
    const o = odds[i]!;
    walk(i + 1, y + 1, n, p * o.yes);
    walk(i + 1, y, n + 1, p * o.no);
    walk(i + 1, y, n, p * (1 - o.yes - o.no));
  };
  walk(0, 0, 0, 1);
  return total;
}

test('the (yes, no) distribution is exact: it sums to one and the pass probability matches enumeration of 3^6 outcomes', () => {
  const dist = yesNoDistribution(odds);
  const sum = dist.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  assert.ok(Math.abs(sum - 1) < 1e-12);
  // Simple majority: more yes than no, a tie fails (Charter Art. 18(3)); two-thirds of those present and voting (Art. 18(2)).
  assert.ok(Math.abs(gaPassProbability(odds, 'simple') - bruteForce((y, n) => y > n)) < 1e-12);
  assert.ok(Math.abs(gaPassProbability(odds, 'two-thirds') - bruteForce((y, n) => y > 0 && 3 * y >= 2 * (y + n))) < 1e-12);
});

test('series are matched by their own title stem, not by a country name anywhere in a title', () => {
  const dprk = seriesByKey('dprk-human-rights')!;
  assert.ok(inSeries(dprk, 'Situation of human rights in the Democratic People?Ã†s Republic of Korea : resolution'));
  assert.ok(!inSeries(dprk, 'Peaceful reunification of Korea'));
  assert.ok(!inSeries(dprk, "Assistance to the Democratic People's Republic of Korea: situation of human rights"));
  assert.ok(!inSeries(seriesByKey('iran-human-rights')!, "Situation of human rights in the Democratic People's Republic of Korea"));
});

test('the GA forecast reads only earlier roll calls and refuses a two-thirds rule in a Main Committee', () => {
  const record = new GaRecord(syntheticTables(), { dir: 'synthetic', warnings: [], votes: 0 });
  const series = seriesByKey('dprk-human-rights')!;
  assert.equal(seriesVotes(record, series).length, 13);
  const f = gaForecast(record, { series: 'dprk-human-rights', date: '2010-01-01', body: 'general-assembly' });
  assert.ok(f.ok);
  assert.equal(f.value.training.rollCalls, 10);
  assert.ok(f.value.passProbability >= 0 && f.value.passProbability <= 1);
  assert.equal(f.value.majority, 'simple');
  const committee = gaForecast(record, {
    series: 'dprk-human-rights',
    date: '2010-01-01',
    body: 'ga-main-committee',
    majority: 'two-thirds',
  });
  assert.ok(!committee.ok && committee.error.code === 'committee-majority');
  const unknown = gaForecast(record, { series: 'nope', date: '2010-01-01', body: 'general-assembly' });
  assert.ok(!unknown.ok && unknown.error.code === 'unknown-series');
});
