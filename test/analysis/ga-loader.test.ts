import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultGaDataDir, loadGaRecord } from '../../src/analysis/ga/load.js';
import { VOTE } from '../../src/analysis/ga/record.js';
import { stateCodes } from '../../src/analysis/states.js';
import { writeDataset } from './fixtures.js';
import { skipWithoutGaData } from '../ga-data.js';

const ROLL_CALLS = `"rcid","session","importantvote","date","unres","amend","para","short","descr"
12,5,NA,1950-10-07,"R/5/376",0,0,"KOREA","Independence of Korea, ""unified"" text"
3,1,0,1946-01-01,"R/1/66",1,0,"AMENDMENTS","Cuban amendment"
5377,69,1,2014-12-18,"R/69/188",NA,NA,"","Situation of human rights in the Democratic People?Ã†s Republic of Korea"
5400,69,0,2014-12-18,"R/69/200",0,0,"X","Another text"
`;
const VOTES = `"rcid","country","country_code","vote"
3,"United States","US","yes"
3,"Taiwan","TW","yes"
3,"Russia","RU","no"
12,"Federal Republic of Germany","NA","abstain"
12,"Yemen Arab Republic","NA","yes"
5377,"Namibia","NA","yes"
5377,"North Korea","KP","no"
5377,"United States","US","yes"
5377,"China","CN","no"
5400,"Yugoslavia","YU","abstain"
5400,"Atlantis","QQ","yes"
`;
const ISSUES = `"rcid","short_name","issue"
5377,"hr","Human rights"
5400,"di","Arms control and disarmament"
5400,"hr","Human rights"
`;

test('loader: sorts by date, maps alpha-2 (NA by name, TW→CHN, RU→RUS, YU→YUG), packs votes, reads issues', async () => {
  const dir = writeDataset({ votes: VOTES, rollCalls: ROLL_CALLS, issues: ISSUES });
  const r = await loadGaRecord(dir, { states: stateCodes });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const rec = r.value;
  assert.equal(rec.rollCallCount, 4);
  assert.equal(rec.origin.votes, 11);
  assert.deepEqual(
    [0, 1, 2, 3].map((i) => rec.rollCall(i).rcid),
    [3, 12, 5377, 5400],
  );
  assert.equal(rec.rollCall(1).descr, 'Independence of Korea, "unified" text');
  assert.equal(rec.rollCall(2).important, true);
  assert.equal(rec.rollCall(1).important, null);
  assert.deepEqual(rec.rollCall(3).issues, ['human-rights', 'arms-control']);
  const vote = (i: number, code: string) => rec.vote(i, rec.countryIndex(code));
  assert.equal(vote(0, 'CHN'), VOTE.YES); // Taiwan 1946 = the China seat
  assert.equal(vote(2, 'CHN'), VOTE.NO);
  assert.equal(vote(0, 'RUS'), VOTE.NO);
  assert.equal(vote(0, 'SUN'), VOTE.NO, 'SUN resolves to the same column');
  assert.equal(vote(1, 'DEU'), VOTE.ABSTAIN);
  assert.equal(vote(1, 'YEM'), VOTE.YES);
  assert.equal(vote(2, 'NAM'), VOTE.YES);
  assert.equal(vote(2, 'PRK'), VOTE.NO);
  assert.equal(vote(3, 'YUG'), VOTE.ABSTAIN);
  assert.equal(vote(3, 'SRB'), VOTE.ABSTAIN);
  assert.equal(vote(1, 'USA'), VOTE.NONE);
  assert.ok(rec.countryIndex('?QQ') >= 0, 'unknown codes are kept visibly');
  assert.match(rec.origin.warnings.join(' '), /QQ/);
});

test('loader: plain CSV works as a drop-in; a missing issues file is a warning', async () => {
  const dir = writeDataset({ votes: VOTES, rollCalls: ROLL_CALLS }, false);
  const r = await loadGaRecord(dir, { states: stateCodes });
  assert.ok(r.ok);
  assert.equal(r.value.rollCallCount, 4);
  assert.match(r.value.origin.warnings.join(' '), /no un_roll_call_issues/);
});

test('loader: bad files are typed errors naming the file and row', async () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ votes: VOTES.replace('"RU","no"', '"RU","maybe"'), rollCalls: ROLL_CALLS }, /un_votes.*row \d+.*vote/],
    [{ votes: VOTES, rollCalls: ROLL_CALLS.replace('1950-10-07', '1950/10/07') }, /un_roll_calls.*date/],
    [{ votes: VOTES.replace('"vote"', '"ballot"'), rollCalls: ROLL_CALLS }, /missing column\(s\) vote/],
    [{ votes: VOTES, rollCalls: ROLL_CALLS + '3,1,0,1946-01-01,"x",0,0,"a","b"\n' }, /duplicate rcid 3/],
  ];
  for (const [files, pattern] of cases) {
    const r = await loadGaRecord(writeDataset(files as { votes: string; rollCalls: string }), { states: stateCodes });
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message, pattern);
  }
  const missing = await loadGaRecord('/nonexistent/dir', { states: stateCodes });
  assert.equal(missing.ok, false);
});

test('loader on the real dataset: 870,109 votes, 6,203 roll calls; res 69/188 is 116–20–53', { skip: skipWithoutGaData }, async () => {
  const progress: number[] = [];
  const r = await loadGaRecord(defaultGaDataDir(), { states: stateCodes, onProgress: (f) => progress.push(f) });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const rec = r.value;
  assert.equal(rec.origin.votes, 870_109);
  assert.equal(rec.rollCallCount, 6_203);
  assert.deepEqual(rec.origin.warnings, []);
  assert.ok(progress.length > 2 && progress.at(-1) === 1);
  let i = -1;
  for (let k = 0; k < rec.rollCallCount; k++) if (rec.rollCall(k).rcid === 5377) i = k;
  assert.equal(rec.rollCall(i).unres, 'R/69/188');
  const tally = [0, 0, 0, 0];
  for (let c = 0; c < rec.countryCount; c++) tally[rec.vote(i, c)]!++;
  assert.deepEqual([tally[VOTE.YES], tally[VOTE.NO], tally[VOTE.ABSTAIN]], [116, 20, 53]);
  for (let k = 1; k < rec.rollCallCount; k++) assert.ok(rec.date(k - 1) <= rec.date(k));
  for (const code of ['USA', 'CHN', 'RUS', 'PRK', 'NAM', 'DEU', 'YEM', 'SSD', 'CSK', 'DDR', 'YMD'])
    assert.ok(rec.countryIndex(code) >= 0, code);
});
