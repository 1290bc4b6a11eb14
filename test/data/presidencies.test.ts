import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  computedRotation,
  councilOn,
  PRESIDENCY_CONFIRMATIONS,
  PRESIDENCY_EXCEPTIONS,
  presidencyTable,
  presidentOf,
} from '../../src/data/index.js';

const president = (month: string) => {
  const r = presidentOf(month);
  assert.ok(r.ok, month);
  return r.value.code;
};

test('every month from January 1946 to December 2027 has one president who sat on the Council', () => {
  const table = presidencyTable();
  assert.equal(table.size, 82 * 12);
  for (const [month, p] of table) {
    const day = month === '1946-01' ? '1946-01-17' : `${month}-01`;
    const members = councilOn(day);
    assert.ok(members.ok);
    assert.ok(
      members.value.some((m) => m.code === p.code),
      `${month} ${p.code} is a member`,
    );
    assert.ok(p.source.length > 0);
  }
});

test('the table agrees with every month confirmed from a source', () => {
  assert.ok(PRESIDENCY_CONFIRMATIONS.size >= 64);
  for (const [month, c] of PRESIDENCY_CONFIRMATIONS) {
    const p = presidencyTable().get(month);
    assert.equal(p?.code, c.code, month);
    assert.equal(p?.confirmed, c.source, month);
  }
});

test('the recorded exception is the only departure from the Rule 18 rotation (1 month)', () => {
  const rotation = computedRotation();
  const departures = [...presidencyTable()].filter(([month, p]) => rotation.get(month) !== p.code).map(([m]) => m);
  assert.deepEqual(
    departures,
    PRESIDENCY_EXCEPTIONS.map((e) => e.month),
  );
  assert.deepEqual(departures, ['1946-12']);
  for (const e of PRESIDENCY_EXCEPTIONS) {
    const p = presidencyTable().get(e.month)!;
    assert.equal(p.computed, false);
    assert.equal(p.exception, e.reason);
    assert.ok(e.source.length > 0);
  }
});

test('spec checkpoints: 2015 rotation, year boundaries of 2014/15, 2019/20, 2022/23, Dec 2018 (T21–T24)', () => {
  const months2015 = ['CHL', 'CHN', 'FRA', 'JOR', 'LTU', 'MYS', 'NZL', 'NGA', 'RUS', 'ESP', 'GBR', 'USA'];
  months2015.forEach((code, i) => assert.equal(president(`2015-${String(i + 1).padStart(2, '0')}`), code));
  assert.equal(president('2014-12'), 'TCD');
  assert.equal(president('2019-12'), 'USA');
  assert.equal(president('2020-01'), 'VNM');
  assert.equal(president('2022-12'), 'IND');
  assert.equal(president('2023-01'), 'JPN');
  assert.equal(president('2023-12'), 'ECU');
  assert.equal(president('2018-12'), 'CIV');
  const civ = presidentOf('2018-12');
  assert.ok(civ.ok && civ.value.name === "Côte d'Ivoire" && civ.value.computed);
});

test('history: first President Australia, US extended to 31 Dec 1946, Soviet presidency December 1991, UK January 1992', () => {
  assert.equal(president('1946-01'), 'AUS');
  assert.equal(president('1946-12'), 'USA');
  assert.equal(president('1947-01'), 'AUS');
  assert.equal(president('1950-08'), 'SUN');
  assert.equal(president('1991-12'), 'SUN');
  assert.equal(president('1992-01'), 'GBR');
  // Upper Volta presided in August 1984 and, renamed Burkina Faso, again in October.
  assert.equal(president('1984-08'), 'BFA');
  assert.equal(presidencyTable().get('1984-08')!.name, 'Upper Volta');
  assert.equal(president('1984-10'), 'BFA');
  assert.equal(presidencyTable().get('1984-10')!.name, 'Burkina Faso');
});

test('presidentOf returns typed errors for malformed or uncovered months', () => {
  for (const [m, code] of [
    ['1945-12', 'BEFORE_FIRST_MEETING'],
    ['2028-01', 'NO_DATA'],
    ['2015-13', 'MALFORMED_MONTH'],
    ['2015-00', 'MALFORMED_MONTH'],
    ['2015-1', 'MALFORMED_MONTH'],
    ['2015-01-01', 'MALFORMED_MONTH'],
  ] as const) {
    const r = presidentOf(m);
    assert.ok(!r.ok, m);
    assert.equal(r.error.code, code, m);
  }
  fc.assert(fc.property(fc.string(), (s) => typeof presidentOf(s).ok === 'boolean'));
});

test('no member presides two months running except where a recorded exception is involved', () => {
  const exceptional = new Set(PRESIDENCY_EXCEPTIONS.map((e) => e.month));
  const months = [...presidencyTable().values()];
  const repeats = months
    .slice(1)
    .filter((p, i) => p.code === months[i]!.code)
    .map((p) => p.month);
  assert.deepEqual(repeats, ['1946-12']);
  for (const m of repeats) assert.ok(exceptional.has(m), m);
  fc.assert(
    fc.property(fc.integer({ min: 1947, max: 2026 }), fc.integer({ min: 1, max: 11 }), (y, m) => {
      const a = presidencyTable().get(`${y}-${String(m).padStart(2, '0')}`)!;
      const b = presidencyTable().get(`${y}-${String(m + 1).padStart(2, '0')}`)!;
      return a.code !== b.code || exceptional.has(b.month);
    }),
  );
});
