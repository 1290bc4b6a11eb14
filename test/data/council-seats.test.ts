import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allStates, compositionOn, councilOn, electedTerms, memberState } from '../../src/data/index.js';

/** The first day of every month covered, plus the first meeting day. */
function sampleDays(): string[] {
  const days = ['1946-01-17'];
  for (let y = 1946; y <= 2026; y++) {
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      if (!(y === 1946 && m === 1)) days.push(`${y}-${mm}-01`);
      days.push(`${y}-${mm}-28`);
    }
    days.push(`${y}-12-31`);
  }
  return days;
}

test('11 members before 1966 and 15 from 1966, exactly 5 permanent, every sampled day', () => {
  for (const day of sampleDays()) {
    const r = councilOn(day);
    assert.ok(r.ok, day);
    const expected = day < '1966-01-01' ? 11 : 15;
    assert.equal(r.value.length, expected, day);
    assert.equal(r.value.filter((m) => m.permanent).length, 5, day);
    assert.equal(new Set(r.value.map((m) => m.code)).size, expected, `${day} has no duplicate`);
  }
});

test('the USSR seat passes to the Russian Federation after 24 Dec 1991', () => {
  const before = councilOn('1991-12-24');
  const after = councilOn('1991-12-25');
  assert.ok(before.ok && after.ok);
  assert.ok(before.value.some((m) => m.code === 'SUN' && m.permanent));
  assert.ok(!before.value.some((m) => m.code === 'RUS'));
  assert.ok(after.value.some((m) => m.code === 'RUS' && m.permanent));
  assert.ok(!after.value.some((m) => m.code === 'SUN'));
});

test('every seat holder is in the state table and was a UN Member when its term began', () => {
  for (const t of electedTerms) {
    const s = memberState(t.code);
    assert.ok(s, t.code);
    assert.ok(s.admitted <= t.from || (t.from === '1946-01-01' && s.admitted <= '1946-01-17'), `${t.code} ${t.from}`);
    assert.ok(t.source.length > 0);
  }
  assert.ok(allStates.length > 193);
});

/** One-year terms, each recorded with a note: 1946 staggering, splits, 1966 enlargement. */
const ONE_YEAR = [
  'EGY:1946',
  'MEX:1946',
  'NLD:1946',
  'YUG:1956',
  'PHL:1957',
  'POL:1960',
  'TUR:1961',
  'LBR:1961',
  'IRL:1962',
  'ROU:1962',
  'PHL:1963',
  'CSK:1964',
  'MYS:1965',
  'NZL:1966',
  'UGA:1966',
  'ITA:2017',
  'NLD:2018',
];

/** A seat that changed hands mid-term: Democratic Yemen and Yemen merged on 22 May 1990. */
const MERGED = ['YMD:1990', 'YEM:1990'];

test('the 1990-91 seat passes from Democratic Yemen to Yemen on the day of the merger, with no gap', () => {
  const [ymd, yem] = MERGED.map((k) => electedTerms.find((t) => `${t.code}:${t.from.slice(0, 4)}` === k)!);
  assert.deepEqual([ymd!.from, ymd!.to, yem!.from, yem!.to], ['1990-01-01', '1990-05-21', '1990-05-22', '1991-12-31']);
  const before = councilOn('1990-05-21');
  const after = councilOn('1990-05-22');
  assert.ok(before.ok && after.ok);
  assert.ok(before.value.some((m) => m.code === 'YMD') && !before.value.some((m) => m.code === 'YEM'));
  assert.ok(after.value.some((m) => m.code === 'YEM') && !after.value.some((m) => m.code === 'YMD'));
});

test('terms last two years except the recorded one-year terms', () => {
  const oneYear: string[] = [];
  for (const t of electedTerms) {
    if (MERGED.includes(`${t.code}:${t.from.slice(0, 4)}`)) continue; // checked above
    const years = Number(t.to.slice(0, 4)) - Number(t.from.slice(0, 4)) + 1;
    assert.ok(years === 1 || years === 2, `${t.code} ${t.from}`);
    assert.equal(t.from.slice(5), '01-01');
    assert.equal(t.to.slice(5), '12-31');
    if (years === 1) {
      oneYear.push(`${t.code}:${t.from.slice(0, 4)}`);
      assert.ok(t.note, `${t.code} ${t.from} explains its one-year term`);
    }
  }
  assert.deepEqual(oneYear.sort(), [...ONE_YEAR].sort());
  assert.equal(oneYear.length, 17);
});

test('no elected member is immediately re-elected (Art. 23(2)); no recorded exception exists', () => {
  const byState = new Map<string, (typeof electedTerms)[number][]>();
  for (const t of electedTerms) byState.set(t.code, [...(byState.get(t.code) ?? []), t]);
  const immediate: string[] = [];
  for (const [code, terms] of byState) {
    for (let i = 1; i < terms.length; i++) {
      const gapYears = Number(terms[i]!.from.slice(0, 4)) - Number(terms[i - 1]!.to.slice(0, 4));
      if (gapYears <= 1) immediate.push(`${code}:${terms[i]!.from.slice(0, 4)}`);
    }
  }
  assert.deepEqual(immediate, []);
});

test('1966 enlargement: ten elected members, two of them for 1966 only', () => {
  const r = councilOn('1966-06-01');
  assert.ok(r.ok);
  const elected = r.value.filter((m) => !m.permanent);
  assert.equal(elected.length, 10);
  const oneYear = elected.filter((m) => m.term![0].slice(0, 4) === '1966' && m.term![1].slice(0, 4) === '1966');
  assert.deepEqual(oneYear.map((m) => m.code).sort(), ['NZL', 'UGA']);
});

test('2025 and 2026 elected members as the GA elected them', () => {
  const elected = (d: string) => {
    const r = councilOn(d);
    assert.ok(r.ok);
    return r.value
      .filter((m) => !m.permanent)
      .map((m) => m.code)
      .sort();
  };
  assert.deepEqual(elected('2025-03-01'), ['DNK', 'DZA', 'GRC', 'GUY', 'KOR', 'PAK', 'PAN', 'SLE', 'SOM', 'SVN']);
  assert.deepEqual(elected('2026-03-01'), ['BHR', 'COD', 'COL', 'DNK', 'GRC', 'LBR', 'LVA', 'PAK', 'PAN', 'SOM']);
  const split = councilOn('2017-06-01');
  assert.ok(split.ok && split.value.some((m) => m.code === 'ITA') && !split.value.some((m) => m.code === 'NLD'));
  const split2 = councilOn('2018-06-01');
  assert.ok(split2.ok && split2.value.some((m) => m.code === 'NLD') && !split2.value.some((m) => m.code === 'ITA'));
  const nld = split2.value.find((m) => m.code === 'NLD')!;
  assert.deepEqual(nld.term, ['2018-01-01', '2018-12-31']);
});

test('members come permanent first, then elected in Rule 18 order, with names of the time', () => {
  const r = councilOn('1990-08-02');
  assert.ok(r.ok);
  assert.deepEqual(
    r.value.map((m) => m.code),
    ['CHN', 'FRA', 'SUN', 'GBR', 'USA', 'CAN', 'COL', 'CIV', 'CUB', 'ETH', 'FIN', 'MYS', 'ROU', 'YEM', 'COD'],
  );
  assert.equal(r.value.at(-1)!.name, 'Zaire');
  const gdr = councilOn('1980-06-01');
  assert.ok(gdr.ok && gdr.value.some((m) => m.code === 'DDR'));
});

test('bad dates are typed errors, never exceptions', () => {
  const codes = (d: string) => {
    const r = councilOn(d);
    assert.ok(!r.ok, d);
    return r.error.code;
  };
  assert.equal(codes('1946-01-16'), 'BEFORE_FIRST_MEETING');
  assert.equal(codes('1900-01-01'), 'BEFORE_FIRST_MEETING');
  assert.equal(codes('2028-01-01'), 'NO_DATA');
  assert.equal(codes('2015-02-30'), 'MALFORMED_DATE');
  assert.equal(codes('2015-1-3'), 'MALFORMED_DATE');
  assert.equal(codes('yesterday'), 'MALFORMED_DATE');
  fc.assert(
    fc.property(fc.string(), (s) => {
      const r = councilOn(s);
      return r.ok ? /^\d{4}-\d{2}-\d{2}$/u.test(s) : typeof r.error.code === 'string';
    }),
  );
});

test('compositionOn gives the rules engine 15 seats with 5 permanent', () => {
  const c = compositionOn('2014-12-22');
  assert.ok(c.ok);
  assert.equal(c.value.seats.length, 15);
  assert.equal(c.value.seats.filter((s) => s.permanent).length, 5);
  assert.equal(c.value.date, '2014-12-22');
  const old = compositionOn('1960-06-01');
  assert.ok(old.ok && old.value.seats.length === 11);
  assert.ok(!compositionOn('1812-06-01').ok);
});
