/**
 * Analysis timings: GA record load, forecast latency, alignment map, backtest, and exact
 * voting power of 200-player weighted games (goal: well under a second).
 */
import { alignment } from '../src/analysis/alignment/alignment.js';
import { backtest } from '../src/analysis/backtest/backtest.js';
import { forecast } from '../src/analysis/forecast/forecast.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCachedRecord, writeCachedRecord } from '../src/analysis/ga/cache.js';
import { defaultGaDataDir, loadGaRecord } from '../src/analysis/ga/load.js';
import { powerIndices } from '../src/analysis/power/indices.js';
import { stateCodes } from '../src/analysis/states.js';

function time<T>(label: string, body: () => T, runs = 1): T {
  let result: T | undefined;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = body();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(62)} ${ms[Math.floor(ms.length / 2)]!.toFixed(0).padStart(6)} ms${runs > 1 ? ` (median of ${runs})` : ''}`);
  return result!;
}

export async function run(): Promise<void> {
  for (const maxWeight of [10, 20, 50]) {
    const players = Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, weight: 1 + ((i * 7919) % maxWeight) }));
    const total = players.reduce((s, p) => s + p.weight, 0);
    const game = { name: 'bench', quota: Math.floor(total / 2) + 1, players };
    powerIndices({ ...game, players: players.slice(0, 20), quota: 50 }); // warm up
    time(`power: 200 players, weights 1..${maxWeight} (total ${total}), exact SS+Banzhaf`, () => powerIndices(game), 3);
  }
  const ga = Array.from({ length: 193 }, (_, i) => ({ id: `m${i}`, weight: 1 }));
  time('power: General Assembly, 193 equal members', () => powerIndices({ name: 'ga', quota: 97, players: ga }), 3);

  const t = performance.now();
  const loaded = await loadGaRecord(defaultGaDataDir(), { states: stateCodes });
  console.log(
    `${'GA record parse (870,109 votes, csv-parse over gunzip, zod/row)'.padEnd(62)} ${(performance.now() - t).toFixed(0).padStart(6)} ms`,
  );
  if (!loaded.ok) {
    console.log(`GA data unavailable: ${loaded.error.message}`);
    return;
  }
  const rec = loaded.value;
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'council-bench-cache-'));
  writeCachedRecord(defaultGaDataDir(), cacheDir, rec);
  time('GA record load from the binary cache (later runs)', () => readCachedRecord(defaultGaDataDir(), cacheDir), 3);
  const opts = {
    date: '2017-12-11',
    requestedBy: ['FRA', 'ITA', 'JPN', 'SEN', 'SWE', 'UKR', 'GBR', 'USA', 'URY'],
    opposedBy: ['CHN'],
    subject: 'PRK',
  };
  forecast(rec, opts);
  time('forecast latency (DPRK 2017, fit + predict, warm)', () => forecast(rec, opts), 5);
  time('alignment map 2014–2018, human rights (all states, MDS)', () => alignment(rec, { from: 2014, to: 2018, issue: 'human-rights' }), 5);
  time('alignment map, whole record 1946–2019', () => alignment(rec, {}), 1);
  time('backtest (8 Council votes × forecast)', () => backtest(rec), 1);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
