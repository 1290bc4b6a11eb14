import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readCachedRecord, writeCachedRecord } from '../../src/analysis/ga/cache.js';
import { loadGaRecord } from '../../src/analysis/ga/load.js';
import { stateCodes } from '../../src/analysis/states.js';
import { writeDataset } from './fixtures.js';

const ROLL_CALLS = `"rcid","session","importantvote","date","unres","amend","para","short","descr"
1,1,0,1946-01-01,"R/1/1",0,0,"A","First"
2,1,1,1946-02-01,"R/1/2",0,0,"B","Second, with ""quotes"""
`;
const VOTES = `"rcid","country","country_code","vote"
1,"United States","US","yes"
1,"China","CN","no"
2,"United States","US","abstain"
2,"France","FR","yes"
`;

test('cache: a written record reads back identical; changing a source file makes it stale; garbage is ignored', async () => {
  const dir = writeDataset({ votes: VOTES, rollCalls: ROLL_CALLS, issues: '"rcid","short_name","issue"\n2,"hr","Human rights"\n' });
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'council-cache-'));
  const parsed = await loadGaRecord(dir, { states: stateCodes });
  assert.ok(parsed.ok);
  assert.equal(readCachedRecord(dir, cacheDir), null);
  writeCachedRecord(dir, cacheDir, parsed.value);
  const cached = readCachedRecord(dir, cacheDir);
  assert.ok(cached);
  assert.deepEqual(cached.tables, parsed.value.tables);
  assert.deepEqual(cached.origin, parsed.value.origin);
  assert.equal(cached.vote(1, cached.countryIndex('FRA')), parsed.value.vote(1, parsed.value.countryIndex('FRA')));
  assert.ok(
    readdirSync(cacheDir).every((f) => f.endsWith('.bin')),
    'no temporary files left behind',
  );

  // a changed source file changes the key
  writeFileSync(path.join(dir, 'un_votes.csv.gz'), gzipSync(VOTES + '2,"China","CN","no"\n'));
  assert.equal(readCachedRecord(dir, cacheDir), null);

  // a corrupted cache file is ignored, not trusted
  writeCachedRecord(dir, cacheDir, parsed.value);
  // (the directory holds the stale entry and the fresh one: damage them all)
  const files = readdirSync(cacheDir);
  assert.equal(files.length, 2);
  for (const f of files) writeFileSync(path.join(cacheDir, f), Buffer.from([5, 0, 0, 0, 123, 34, 120, 34, 125]));
  assert.equal(readCachedRecord(dir, cacheDir), null);
  writeCachedRecord(dir, cacheDir, parsed.value);
  for (const f of readdirSync(cacheDir)) appendFileSync(path.join(cacheDir, f), 'junk');
  assert.equal(readCachedRecord(dir, cacheDir), null);
});

test('sharedGaRecord loads a directory once per process and caches it on disk; a failure is retried', async () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'council-cache-'));
  process.env.COUNCIL_GA_CACHE_DIR = cacheDir;
  const { sharedGaRecord } = await import('../../src/analysis/ga/shared.js');
  const dir = writeDataset({ votes: VOTES, rollCalls: ROLL_CALLS });
  const a = sharedGaRecord(dir);
  assert.equal(sharedGaRecord(dir), a);
  const r = await a;
  assert.ok(r.ok);
  assert.equal(readdirSync(cacheDir).length, 1);
  const missing = path.join(dir, 'nope');
  const first = sharedGaRecord(missing);
  assert.equal((await first).ok, false);
  assert.notEqual(sharedGaRecord(missing), first, 'a failed load is not kept');
  delete process.env.COUNCIL_GA_CACHE_DIR;
});
