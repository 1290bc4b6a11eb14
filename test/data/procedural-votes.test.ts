import { test } from 'node:test';
import assert from 'node:assert/strict';
import { councilOn, memberState, proceduralVotes } from '../../src/data/index.js';
import { scThresholds } from '../../src/rules/security-council/thresholds.js';
import { groupOf } from '../../src/analysis/states.js';
import { seriesByKey } from '../../src/analysis/ga/series.js';

test('every procedural vote carries its sources, a confidence, and sides from the record (never empty strings)', () => {
  const ids = new Set<string>();
  for (const v of proceduralVotes) {
    assert.ok(!ids.has(v.id), `duplicate ${v.id}`);
    ids.add(v.id);
    assert.ok(v.sources.length > 0 && v.sources.every((s) => s.trim().length > 5), v.id);
    assert.ok(v.sidesSource.trim().length > 10, v.id);
    assert.ok(['confirmed', 'knowledge', 'uncertain'].includes(v.confidence), v.id);
    for (const c of [...v.requestedBy, ...v.opposedBy]) assert.ok(memberState(c), `${v.id}: unknown state ${c}`);
    assert.ok(!v.requestedBy.some((c) => v.opposedBy.includes(c)), `${v.id}: a state on both sides`);
    assert.ok(v.requestedBy.length + v.opposedBy.length > 0, `${v.id}: no side named`);
    if (v.series) assert.equal(seriesByKey(v.series)?.subject, v.subject, `${v.id}: series about another country`);
  }
});

test('ballots cover exactly that day’s Council and add up to the tally; the outcome follows Art. 27(2)', () => {
  for (const v of proceduralVotes) {
    const council = councilOn(v.date);
    assert.ok(council.ok, v.id);
    const required = scThresholds(council.value.length);
    assert.ok(required.ok);
    // Nine affirmative votes (seven of eleven before 1966) carry a procedural decision; no veto.
    assert.equal(v.outcome, v.tally.yes >= required.value.affirmative ? 'adopted' : 'not-adopted', v.id);
    assert.ok(v.tally.yes + v.tally.no + v.tally.abstain <= council.value.length, v.id);
    if (!v.ballots) continue;
    assert.deepEqual(Object.keys(v.ballots).sort(), council.value.map((m) => m.code).sort(), v.id);
    const t = { yes: 0, no: 0, abstain: 0 };
    for (const b of Object.values(v.ballots)) if (b === 'yes' || b === 'no' || b === 'abstain') t[b]++;
    assert.deepEqual(t, v.tally, v.id);
  }
});

test('the dataset spans 1946–2025, is sorted, and has requesters from several regional groups, not only Western ones', () => {
  const dates = proceduralVotes.map((v) => v.date);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(dates[0]! < '1960-01-01' && dates[dates.length - 1]! >= '2024-01-01');
  const groups = new Set(proceduralVotes.flatMap((v) => v.requestedBy.map((c) => groupOf(c) ?? c)));
  for (const g of ['African', 'Eastern European', 'Asia-Pacific', 'Western European and Others', 'Latin American and Caribbean']) {
    assert.ok(groups.has(g as never), `no requester from ${g}`);
  }
  assert.ok(proceduralVotes.filter((v) => v.requestedBy.includes('RUS')).length >= 5, 'meetings and motions requested by Russia');
  assert.ok(proceduralVotes.some((v) => v.outcome === 'not-adopted') && proceduralVotes.some((v) => v.outcome === 'adopted'));
});

test('issue 12 asks for at least 40 votes; most carry every ballot', () => {
  assert.ok(proceduralVotes.length >= 40, `only ${proceduralVotes.length} votes`);
  assert.ok(proceduralVotes.filter((v) => v.ballots).length >= 35);
  const african = proceduralVotes.filter((v) => v.requestedBy.some((c) => groupOf(c) === 'African'));
  assert.ok(african.length >= 3, 'meetings and motions requested by African members');
});

test('no declared side is contradicted by the same member’s own ballot', () => {
  // Sides come from letters and statements, not ballots; a requester voting no, or an
  // objector voting yes, would mean a side or a ballot was recorded wrongly.
  for (const v of proceduralVotes) {
    if (!v.ballots) continue;
    for (const c of v.requestedBy) assert.notEqual(v.ballots[c], 'no', `${v.id}: requester ${c} voted no`);
    for (const c of v.opposedBy) assert.notEqual(v.ballots[c], 'yes', `${v.id}: objector ${c} voted yes`);
  }
});
