import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  councilRosterOn,
  gaRosterOn,
  hrcDprkVotes,
  hrcRosterOn,
  HRC_COHORTS,
  HRC_EVENTS,
  memberState,
  presidentOf,
  rosterOn,
} from '../../src/data/index.js';

const count = (d: string) => {
  const r = gaRosterOn(d);
  assert.ok(r.ok, d);
  return r.value.members.length;
};

test('General Assembly: the Members on a date, 51 original Members to 193 since South Sudan', () => {
  assert.equal(count('1945-12-31'), 51);
  assert.equal(count('1960-12-31'), 99);
  assert.equal(count('2006-06-27'), 191);
  assert.equal(count('2006-06-28'), 192); // Montenegro
  assert.equal(count('2011-07-13'), 192);
  assert.equal(count('2011-07-14'), 193); // South Sudan
  assert.equal(count('2014-11-18'), 193);
  const r = gaRosterOn('1991-12-24');
  assert.ok(r.ok);
  const codes = r.value.members.map((m) => m.code);
  assert.ok(codes.includes('SUN') && !codes.includes('RUS'));
  const after = gaRosterOn('1991-12-25');
  assert.ok(after.ok && after.value.members.some((m) => m.code === 'RUS') && !after.value.members.some((m) => m.code === 'SUN'));
  // Syria sat within the United Arab Republic 1958-61.
  assert.ok(!(gaRosterOn('1960-01-01') as { value: { members: { code: string }[] } }).value.members.some((m) => m.code === 'SYR'));
  const early = gaRosterOn('1945-10-23');
  assert.ok(!early.ok && early.error.code === 'BEFORE_CHARTER');
});

test('General Assembly: names of the time and alphabetical order', () => {
  const r = gaRosterOn('2014-11-18');
  assert.ok(r.ok);
  const names = r.value.members.map((m) => m.name);
  assert.ok(names.includes('Czech Republic') && names.includes('Swaziland'), 'names of 2014');
  assert.equal(names[0], 'Afghanistan');
  assert.equal(r.value.complete, true);
});

test('Human Rights Council: 47 seats every year 2006-2026, 13/13/6/8/7 by group', () => {
  for (let y = 2006; y <= 2026; y++) {
    for (const day of [`${y}-07-01`, `${y}-12-31`]) {
      const r = hrcRosterOn(day);
      assert.ok(r.ok, day);
      const v = r.value;
      assert.equal(v.members.length + v.suspended.length + v.vacantSeats, 47, day);
      assert.equal(v.unknownSeats, 0, day);
      const groups: Record<string, number> = {};
      for (const m of [...v.members, ...v.suspended]) {
        const g = m.group ?? memberState(m.code)?.electoralGroup ?? 'none';
        groups[g] = (groups[g] ?? 0) + 1;
      }
      if (v.vacantSeats === 0) {
        assert.deepEqual(
          groups,
          {
            African: 13,
            'Asia-Pacific': 13,
            'Eastern European': 6,
            'Latin American and Caribbean': 8,
            'Western European and Others': 7,
          },
          day,
        );
      }
    }
  }
  for (const c of HRC_COHORTS) for (const code of c.codes) assert.ok(memberState(code), code);
  for (const e of HRC_EVENTS) assert.ok(e.source.length > 0 && memberState(e.code), e.code);
});

test('Human Rights Council: the suspensions of Libya (2011) and the Russian Federation (2022) as data', () => {
  const at = (d: string) => {
    const r = hrcRosterOn(d);
    assert.ok(r.ok, d);
    return r.value;
  };
  assert.ok(at('2011-02-28').members.some((m) => m.code === 'LBY'));
  assert.deepEqual(
    at('2011-03-01').suspended.map((m) => m.code),
    ['LBY'],
  );
  assert.equal(at('2011-03-01').members.length, 46);
  assert.ok(at('2011-11-18').members.some((m) => m.code === 'LBY'));
  assert.ok(at('2022-04-06').members.some((m) => m.code === 'RUS'));
  assert.deepEqual(
    at('2022-04-07').suspended.map((m) => m.code),
    ['RUS'],
  );
  assert.equal(at('2022-04-08').vacantSeats, 1);
  assert.ok(!at('2022-04-08').members.some((m) => m.code === 'RUS'));
  assert.ok(at('2022-05-10').members.some((m) => m.code === 'CZE'));
  assert.equal(at('2022-05-10').members.length, 47);
  // The United States left in June 2018; Iceland took the seat on 13 July.
  assert.equal(at('2018-07-01').vacantSeats, 1);
  assert.ok(at('2018-07-13').members.some((m) => m.code === 'ISL'));
  assert.equal(at('2024-06-01').members.length, 47);
});

test('Human Rights Council: a partly known year answers with the known members and the unknown seats', () => {
  const r = hrcRosterOn('2027-03-01');
  assert.ok(r.ok);
  assert.equal(r.value.members.length, 32);
  assert.equal(r.value.unknownSeats, 15);
  assert.equal(r.value.complete, false);
  assert.match(r.value.notes.join(' '), /15 of the 47 seats are unknown/);
  const before = hrcRosterOn('2006-06-18');
  assert.ok(!before.ok && before.error.rule === 'GA res 60/251 para. 1');
});

test('Security Council 2027: the members elected on 3 Jun 2026 and the Rule 18 presidencies', () => {
  const r = councilRosterOn('2027-01-01');
  assert.ok(r.ok);
  assert.deepEqual(
    r.value.members.map((m) => m.code),
    ['CHN', 'FRA', 'RUS', 'GBR', 'USA', 'AUT', 'BHR', 'COL', 'COD', 'KGZ', 'LVA', 'LBR', 'PRT', 'TTO', 'ZWE'],
  );
  assert.equal(r.value.complete, true);
  assert.ok(r.value.members.filter((m) => ['AUT', 'KGZ', 'PRT', 'TTO', 'ZWE'].includes(m.code)).every((m) => m.confidence === 'confirmed'));
  const months = Array.from({ length: 12 }, (_, i) => presidentOf(`2027-${String(i + 1).padStart(2, '0')}`));
  assert.deepEqual(
    months.map((p) => (p.ok ? p.value.code : p.error.code)),
    ['PRT', 'RUS', 'TTO', 'GBR', 'USA', 'ZWE', 'AUT', 'BHR', 'CHN', 'COL', 'COD', 'FRA'],
  );
});

test('Security Council after 2027: the known seats and the count of unknown ones, never a bare refusal', () => {
  const r = councilRosterOn('2028-06-01');
  assert.ok(r.ok);
  assert.deepEqual(
    r.value.members.map((m) => m.code),
    ['CHN', 'FRA', 'RUS', 'GBR', 'USA', 'AUT', 'KGZ', 'PRT', 'TTO', 'ZWE'],
  );
  assert.equal(r.value.unknownSeats, 5);
  const far = rosterOn('security-council', '2031-01-01');
  assert.ok(far.ok && far.value.members.length === 5 && far.value.unknownSeats === 10);
  const first = councilRosterOn('1946-01-16');
  assert.ok(!first.ok && first.error.code === 'BEFORE_FIRST_MEETING');
});

test('HRC res 25/25 (28 Mar 2014): one ballot for each of the 47 members, 30-6-11', () => {
  const v = hrcDprkVotes[0]!;
  const r = hrcRosterOn(v.date);
  assert.ok(r.ok);
  assert.deepEqual(Object.keys(v.ballots).sort(), r.value.members.map((m) => m.code).sort());
  const tally = { yes: 0, no: 0, abstain: 0 };
  for (const b of Object.values(v.ballots)) if (b === 'yes' || b === 'no' || b === 'abstain') tally[b]++;
  assert.deepEqual(tally, v.published);
});

test('HRC res 25/25: the six against as the press named them, the rest of the 47 by elimination, all sourced', () => {
  const v = hrcDprkVotes.find((x) => x.document === 'A/HRC/RES/25/25');
  assert.ok(v);
  const against = Object.entries(v.ballots)
    .filter(([, b]) => b === 'no')
    .map(([c]) => c)
    .sort();
  assert.deepEqual(against, ['CHN', 'CUB', 'PAK', 'RUS', 'VEN', 'VNM']);
  assert.equal(v.confidence, 'confirmed');
  assert.match(v.source, /right-docs\.org/u);
  assert.match(v.source, /nocutnews/u);
  const r = hrcRosterOn(v.date);
  assert.ok(r.ok && r.value.complete && r.value.members.every((m) => m.confidence === 'confirmed'));
});
