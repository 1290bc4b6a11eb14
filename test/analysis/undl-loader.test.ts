import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { isUndlFile, loadUndlRecord } from '../../src/analysis/ga/load-undl.js';
import { sharedGaRecord } from '../../src/analysis/ga/shared.js';
import { VOTE } from '../../src/analysis/ga/record.js';
import { dataEnd, dataEndNotice } from '../../src/analysis/ga/data-end.js';
import { gaForecast } from '../../src/analysis/ga-forecast/forecast.js';

// A small file we wrote in the UN Digital Library's shape (invented votes): the real file is never bundled.
const SAMPLE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'undl-sample.csv');
const tmp = mkdtempSync(path.join(tmpdir(), 'council-undl-'));

test('the UN Digital Library shape is recognised from the header, plain or gzipped', async () => {
  assert.equal(await isUndlFile(SAMPLE), true);
  const gz = path.join(tmp, 'votes.csv.gz');
  writeFileSync(gz, gzipSync(readFileSync(SAMPLE)));
  assert.equal(await isUndlFile(gz), true);
  const other = path.join(tmp, 'other.csv');
  writeFileSync(other, 'rcid,country,country_code,vote\n1,United States,US,yes\n');
  assert.equal(await isUndlFile(other), false);
  assert.equal(await isUndlFile(tmp), false, 'a directory is the Voeten shape, not this one');
});

test('rows become roll calls (one per undl_id) with Y/N/A votes and X as no vote', async () => {
  const r = await loadUndlRecord(SAMPLE);
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const rec = r.value;
  assert.equal(rec.rollCallCount, 8);
  assert.equal(rec.countryCount, 10);
  assert.equal(dataEnd(rec), '2023-12-18');
  const first = rec.rollCall(0);
  assert.equal(first.date, '2020-11-02');
  assert.match(first.descr, /embargo/);
  const dprk2021 = [...Array(rec.rollCallCount).keys()].find((i) => rec.rollCall(i).unres === 'A/RES/76/177')!;
  assert.equal(rec.vote(dprk2021, rec.countryIndex('IND')), VOTE.NONE);
  assert.equal(rec.vote(dprk2021, rec.countryIndex('CHN')), VOTE.NO);
  assert.equal(rec.vote(dprk2021, rec.countryIndex('USA')), VOTE.YES);
  assert.equal(rec.rollCall(dprk2021).session, 76);
  assert.equal(
    dataEndNotice(rec, 2024),
    'Note: the GA voting data end on 2023-12-18; the requested window runs to 2024, so nothing after 2023-12-18 is in these figures.',
  );
  assert.equal(dataEndNotice(rec, 2023), null);
});

test('--ga-data may point at the file: the shared loader detects it and the GA forecast runs on it', async () => {
  const r = await sharedGaRecord(SAMPLE);
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const f = gaForecast(r.value, {
    series: 'dprk-human-rights',
    date: '2024-12-01',
    body: 'general-assembly',
    states: ['USA', 'CHN', 'ZAF', 'IND'],
  });
  assert.ok(f.ok, f.ok ? '' : f.error.message);
  assert.equal(f.value.training.rollCalls, 4);
  assert.match(f.value.note, /data end on 2023-12-18/);
  const byCode = Object.fromEntries(f.value.states.map((s) => [s.code, s]));
  assert.equal(byCode.USA!.lastVote, 'yes');
  assert.equal(byCode.CHN!.lastVote, 'no');
  assert.ok(byCode.USA!.p.yes > byCode.CHN!.p.yes);
});

test('a malformed row is a typed error naming the row, never a half-built record', async () => {
  const bad = path.join(tmp, 'bad.csv');
  writeFileSync(bad, readFileSync(SAMPLE, 'utf8').replace(',USA,UNITED STATES,Y,2020-12-15', ',USA,UNITED STATES,MAYBE,2020-12-15'));
  const r = await loadUndlRecord(bad);
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'ga-data-invalid');
  assert.match(r.error.message, /row \d+: ms_vote/);
});
