import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forecast, type ForecastOptions } from '../../src/analysis/forecast/forecast.js';
import { defaultGaDataDir, loadGaRecord } from '../../src/analysis/ga/load.js';
import { GaRecord, LeakageError, type GaView } from '../../src/analysis/ga/record.js';
import { stateCodes } from '../../src/analysis/states.js';
import { poisonAfter, syntheticTables } from './fixtures.js';
import { skipWithoutGaData } from '../ga-data.js';

const MEMBERS = ['CHN', 'FRA', 'RUS', 'GBR', 'USA', 'BOL', 'EGY', 'ETH', 'ITA', 'JPN', 'KAZ', 'SEN', 'SWE', 'UKR', 'URY'].map(
  (code, i) => ({ code, permanent: i < 5 }),
);

const options = (date: string): ForecastOptions => ({
  date,
  requestedBy: ['USA', 'GBR', 'FRA'],
  opposedBy: ['CHN', 'RUS'],
  subject: 'PRK',
  members: MEMBERS,
});

/**
 * A view that records every roll call it is asked about and throws on any dated on or
 * after `limit`, wrapping the views it hands out by before() the same way.
 */
function instrumented(inner: GaView, limit: string, seen: Set<number>): GaView {
  const guard = (r: number) => {
    seen.add(r);
    if (r >= inner.rollCallCount) return;
    // read the date through the real record to decide, without recursing
    if ((inner as GaView).date(r) >= limit) throw new Error(`read roll call ${r} dated ${inner.date(r)} for a forecast of ${limit}`);
  };
  return {
    get cutoff() {
      return inner.cutoff;
    },
    get rollCallCount() {
      return inner.rollCallCount;
    },
    get countryCount() {
      return inner.countryCount;
    },
    countryCode: (c) => inner.countryCode(c),
    countryIndex: (code) => inner.countryIndex(code),
    date: (r) => {
      guard(r);
      return inner.date(r);
    },
    day: (r) => {
      guard(r);
      return inner.day(r);
    },
    issueMask: (r) => {
      guard(r);
      return inner.issueMask(r);
    },
    rollCall: (r) => {
      guard(r);
      return inner.rollCall(r);
    },
    vote: (r, c) => {
      guard(r);
      return inner.vote(r, c);
    },
    before: (date) => instrumented(inner.before(date), limit, seen),
    firstOnOrAfter: (date) => inner.firstOnOrAfter(date),
  };
}

test('a view made by before(date) refuses roll calls on or after the date', () => {
  const rec = new GaRecord(syntheticTables(), { dir: 'synthetic', warnings: [], votes: 0 });
  const view = rec.before('2006-01-01');
  const first2006 = rec.firstOnOrAfter('2006-01-01');
  assert.equal(view.rollCallCount, first2006);
  assert.ok(view.date(first2006 - 1) < '2006-01-01');
  assert.throws(() => view.vote(first2006, 0), LeakageError);
  assert.throws(() => view.rollCall(first2006 + 10), LeakageError);
  assert.throws(() => view.before('2010-01-01').date(first2006), LeakageError, 'a later cutoff cannot widen a view');
});

test('forecast is bit-identical when every roll call from the forecast date on is scrambled (synthetic)', () => {
  for (const date of ['2006-03-01', '2009-12-15', '2011-07-04']) {
    const clean = new GaRecord(syntheticTables(), { dir: 'a', warnings: [], votes: 0 });
    const poisoned = new GaRecord(poisonAfter(syntheticTables(), date), { dir: 'b', warnings: [], votes: 0 });
    const a = forecast(clean, options(date));
    const b = forecast(poisoned, options(date));
    assert.ok(a.ok && b.ok);
    assert.deepEqual(b.value, a.value);
    // and the poison does change a forecast that is allowed to see it
    const later = forecast(poisoned, options('2013-01-01'));
    const laterClean = forecast(clean, options('2013-01-01'));
    assert.ok(later.ok && laterClean.ok);
    assert.notDeepEqual(later.value.members, laterClean.value.members);
  }
});

test('an instrumented record sees no read of a roll call dated on or after the forecast date', () => {
  const rec = new GaRecord(syntheticTables(), { dir: 'synthetic', warnings: [], votes: 0 });
  const seen = new Set<number>();
  const date = '2008-06-30';
  const r = forecast(instrumented(rec, date, seen), options(date));
  assert.ok(r.ok);
  assert.ok(seen.size > 100, 'the forecast did read the past');
  const limit = rec.firstOnOrAfter(date);
  assert.ok(Math.max(...seen) < limit);
});

test('real data: the DPRK forecast of 11 Dec 2017 ignores scrambled later roll calls', { skip: skipWithoutGaData }, async () => {
  const loaded = await loadGaRecord(defaultGaDataDir(), { states: stateCodes });
  assert.ok(loaded.ok);
  const date = '2017-12-11';
  const poisoned = new GaRecord(poisonAfter(loaded.value.tables, date), loaded.value.origin);
  const opts: ForecastOptions = {
    date,
    requestedBy: ['FRA', 'ITA', 'JPN', 'SEN', 'SWE', 'UKR', 'GBR', 'USA', 'URY'],
    opposedBy: ['CHN'],
    subject: 'PRK',
  };
  const a = forecast(loaded.value, opts);
  const b = forecast(poisoned, opts);
  assert.ok(a.ok && b.ok);
  assert.deepEqual(b.value, a.value);
});
