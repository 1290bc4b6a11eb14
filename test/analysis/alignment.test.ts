import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alignment, alignmentByYear } from '../../src/analysis/alignment/alignment.js';
import { pairAgreement } from '../../src/analysis/alignment/agreement.js';
import { classicalMds } from '../../src/analysis/alignment/mds.js';
import { alignmentSvg } from '../../src/analysis/alignment/svg.js';
import { POSITIONS, syntheticRecord } from './fixtures.js';

const rec = syntheticRecord();
const codes = Object.keys(POSITIONS);

test('agreement is symmetric and a state agrees with itself fully (fast-check over pairs and windows)', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...codes),
      fc.constantFrom(...codes),
      fc.integer({ min: 2000, max: 2012 }),
      fc.integer({ min: 0, max: 5 }),
      (a, b, from, span) => {
        const ab = pairAgreement(rec, a, b, { from, to: from + span });
        const ba = pairAgreement(rec, b, a, { from, to: from + span });
        const aa = pairAgreement(rec, a, a, { from, to: from + span });
        assert.ok(ab.ok && ba.ok && aa.ok);
        assert.equal(ab.value.rate, ba.value.rate);
        assert.equal(ab.value.jointVotes, ba.value.jointVotes);
        assert.equal(aa.value.rate, 1);
      },
    ),
    { numRuns: 60 },
  );
});

test('agreement follows the latent positions: USA–GBR close, USA–PRK far; issue filter narrows the window', () => {
  const close = pairAgreement(rec, 'USA', 'GBR');
  const far = pairAgreement(rec, 'USA', 'PRK');
  assert.ok(close.ok && far.ok);
  assert.ok(close.value.rate! > far.value.rate! + 0.3);
  const hr = pairAgreement(rec, 'USA', 'GBR', { issue: 'human-rights' });
  assert.ok(hr.ok && hr.value.jointVotes < close.value.jointVotes);
  assert.equal(pairAgreement(rec, 'USA', 'XYZ').ok, false);
});

test('classical MDS recovers points on a line up to sign', () => {
  const xs = [0, 1, 3, 6];
  const d = new Float64Array(16).map((_, i) => Math.abs(xs[Math.floor(i / 4)]! - xs[i % 4]!));
  const { coordinates, explained } = classicalMds(d, 4);
  const mean = 2.5;
  const sign = Math.sign(coordinates[3]![0]);
  xs.forEach((x, i) => assert.ok(Math.abs(sign * coordinates[i]![0] - (x - mean)) < 1e-6));
  assert.ok(explained[0] > 0.999);
});

test('the map orders states along dimension 1 as their positions, with the USA positive', () => {
  const r = alignment(rec, { from: 2005, to: 2010 });
  assert.ok(r.ok);
  const x = (c: string) => r.value.points.find((p) => p.code === c)!.x;
  assert.equal(r.value.anchor, 'USA');
  assert.ok(x('USA') > 0);
  assert.ok(x('USA') > x('BRA') && x('BRA') > x('CUB'));
  assert.equal(r.value.points.length, codes.length);
  const some = alignment(rec, { from: 2005, to: 2010, states: ['USA', 'CHN', 'RUS'], pair: ['USA', 'CHN'] });
  assert.ok(some.ok);
  assert.deepEqual(
    some.value.points.map((p) => p.code),
    ['USA', 'CHN', 'RUS'],
  );
  // --states only filters the report: coordinates come from the full map
  assert.equal(some.value.points[1]!.x, x('CHN'));
  assert.equal(some.value.pair?.a, 'USA');
  assert.equal(alignment(rec, { from: 2010, to: 2005 }).ok, false);
  assert.equal(alignment(rec, { from: 2010.5 }).ok, false);
});

test('one map per year; the SVG has a title, axes, a legend and a labelled point per state', () => {
  const years = alignmentByYear(rec, { from: 2008, to: 2010 });
  assert.ok(years.ok);
  assert.deepEqual(
    years.value.map((y) => y.year),
    [2008, 2009, 2010],
  );
  const r = alignment(rec, { from: 2008, to: 2010, issue: 'human-rights' });
  assert.ok(r.ok);
  const svg = alignmentSvg(r.value);
  assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /<title id="t">UN General Assembly voting alignment, 2008–2010, human rights<\/title>/);
  assert.match(svg, /Regional group/);
  assert.match(svg, /Western European and Others/);
  assert.equal((svg.match(/<circle /g) ?? []).length, r.value.points.length + 6);
  for (const c of codes) assert.ok(svg.includes(`(${c}), `), `tooltip for ${c}`);
  for (const c of ['USA', 'GBR', 'FRA', 'RUS', 'CHN']) assert.ok(svg.includes(`>${c}</text>`), `label for ${c}`);
  const labelled = codes.filter((c) => svg.includes(`>${c}</text>`)).length;
  const hidden = Number(/(\d+) labels hidden/.exec(svg)?.[1] ?? 0);
  assert.equal(labelled + hidden, codes.length);
});

test('a dataset column is labelled by the state it stood for on the date (USSR, then Russia; Yugoslavia, then Serbia)', async () => {
  const { columnHolderOn } = await import('../../src/analysis/ga/codes.js');
  assert.equal(columnHolderOn('RUS', '1965-12-31'), 'SUN');
  assert.equal(columnHolderOn('RUS', '1992-12-31'), 'RUS');
  assert.equal(columnHolderOn('YUG', '1990-12-31'), 'YUG');
  assert.equal(columnHolderOn('YUG', '2018-12-31'), 'SRB');
  assert.equal(columnHolderOn('USA', '1950-12-31'), 'USA');
});
