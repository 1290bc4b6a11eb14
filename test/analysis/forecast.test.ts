import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forecast } from '../../src/analysis/forecast/forecast.js';
import { passProbability } from '../../src/analysis/forecast/poisson-binomial.js';
import { syntheticRecord } from './fixtures.js';

const rec = syntheticRecord();
const FIFTEEN = ['CHN', 'FRA', 'RUS', 'GBR', 'USA', 'BOL', 'EGY', 'ETH', 'JPN', 'KAZ', 'SEN', 'SWE', 'AUS', 'URY', 'CUB'].map(
  (code, i) => ({ code, permanent: i < 5 }),
);

test('requesters vote yes, opposers no; probabilities are distributions; pass probability is the Poisson-binomial', () => {
  const r = forecast(rec, {
    date: '2011-12-01',
    requestedBy: ['USA', 'GBR', 'FRA'],
    opposedBy: ['CHN', 'RUS'],
    subject: 'PRK',
    members: FIFTEEN,
  });
  assert.ok(r.ok);
  const f = r.value;
  assert.equal(f.required, 9);
  assert.equal(f.members.length, 15);
  for (const m of f.members) {
    assert.ok(Math.abs(m.p.yes + m.p.no + m.p.abstain - 1) < 1e-9);
    if (['USA', 'GBR', 'FRA'].includes(m.code)) assert.deepEqual(m.p, { yes: 1, no: 0, abstain: 0 });
    if (['CHN', 'RUS'].includes(m.code)) assert.deepEqual(m.p, { yes: 0, no: 1, abstain: 0 });
  }
  const odds = f.members.map((m) => ({ ...m.p, permanent: m.permanent }));
  assert.equal(f.passProbability, passProbability(odds, 9, false));
  assert.ok(Math.abs(f.expectedYes - odds.reduce((s, m) => s + m.yes, 0)) < 1e-12);
  assert.ok(f.model.subjectRollCalls > 0, 'the synthetic DPRK resolutions are found');
  assert.ok(f.model.training.examples > 100);
});

test('the model learns the spatial structure: Western states likelier yes than Cuba or Bolivia', () => {
  const r = forecast(rec, { date: '2011-12-01', requestedBy: ['USA', 'GBR', 'FRA'], opposedBy: ['CHN', 'RUS'], members: FIFTEEN });
  assert.ok(r.ok);
  const p = (code: string) => r.value.members.find((m) => m.code === code)!.p;
  assert.ok(p('SWE').yes > p('BOL').yes);
  assert.ok(p('AUS').yes > p('CUB').yes);
  assert.ok(p('CUB').no > p('JPN').no);
});

test('swing members are undeclared, ranked by gain, and persuading them raises the pass probability', () => {
  const r = forecast(rec, { date: '2011-12-01', requestedBy: ['USA', 'GBR', 'FRA'], opposedBy: ['CHN', 'RUS'], members: FIFTEEN });
  assert.ok(r.ok);
  const f = r.value;
  for (let i = 1; i < f.swingDetail.length; i++) assert.ok(f.swingDetail[i - 1]!.gain >= f.swingDetail[i]!.gain);
  for (const s of f.swingDetail) {
    assert.ok(!['USA', 'GBR', 'FRA', 'CHN', 'RUS'].includes(s.code));
    assert.ok(s.passIfYes > f.passProbability);
  }
  assert.deepEqual(
    f.swing,
    f.swingDetail.map((s) => s.code),
  );
});

test('non-procedural: an opposing permanent member vetoes, so the pass probability is 0', () => {
  const r = forecast(rec, { date: '2011-12-01', requestedBy: ['USA'], opposedBy: ['RUS'], matter: 'non-procedural', members: FIFTEEN });
  assert.ok(r.ok);
  assert.equal(r.value.veto, true);
  assert.equal(r.value.passProbability, 0);
});

test('an 11-member Council (before 1966) needs 7 votes', () => {
  const r = forecast(rec, { date: '2011-12-01', requestedBy: ['USA'], members: FIFTEEN.slice(0, 11) });
  assert.ok(r.ok);
  assert.equal(r.value.required, 7);
});

test('bad input is a typed error: unknown code, a state on both sides, no requesters, a malformed date', () => {
  const base = { date: '2011-12-01', members: FIFTEEN };
  const cases = [
    forecast(rec, { ...base, requestedBy: ['XYZ'] }),
    forecast(rec, { ...base, requestedBy: ['USA'], opposedBy: ['USA'] }),
    forecast(rec, { ...base, requestedBy: [] }),
    forecast(rec, { ...base, requestedBy: ['USA'], subject: 'ZZZ' }),
    forecast(rec, { ...base, date: '2011-2-1', requestedBy: ['USA'] }),
  ];
  assert.deepEqual(
    cases.map((c) => (c.ok ? 'ok' : c.error.code)),
    ['unknown-state', 'both-sides', 'no-requesters', 'unknown-state', 'MALFORMED_DATE'],
  );
});

test('the Council of the date comes from the data layer when members are not given', () => {
  const r = forecast(rec, { date: '2011-12-01', requestedBy: ['USA'] });
  assert.ok(r.ok);
  const codes = r.value.members.map((m) => m.code);
  assert.equal(codes.length, 15);
  for (const c of ['DEU', 'IND', 'ZAF', 'BRA']) assert.ok(codes.includes(c), c); // elected members of 2011
});
