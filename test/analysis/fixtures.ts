/**
 * A synthetic GA record for unit tests: states with latent positions on one axis vote on
 * roll calls whose cut points are random; a seeded generator makes it reproducible.
 * Also writes the same record as the dataset's three gzipped CSVs for the loader.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { dayNumber, GaRecord, VOTE, type GaCountry, type GaTables } from '../../src/analysis/ga/record.js';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Latent positions: the West high, China/Russia low, others spread. */
export const POSITIONS: Record<string, number> = {
  USA: 1.0,
  GBR: 0.9,
  FRA: 0.85,
  JPN: 0.8,
  AUS: 0.8,
  SWE: 0.75,
  DEU: 0.8,
  KOR: 0.7,
  CHL: 0.4,
  MEX: 0.3,
  BRA: 0.1,
  IND: -0.2,
  ZAF: -0.3,
  EGY: -0.5,
  NGA: 0.0,
  SEN: 0.1,
  KEN: 0.0,
  VEN: -0.8,
  CUB: -0.9,
  CHN: -0.85,
  RUS: -0.8,
  PRK: -1.0,
  IRN: -0.9,
  BOL: -0.7,
  KAZ: -0.1,
  URY: 0.3,
  ETH: -0.2,
  DZA: -0.4,
};

export interface SyntheticOptions {
  seed?: number;
  fromYear?: number;
  toYear?: number;
  perYear?: number;
}

export function syntheticTables(opts: SyntheticOptions = {}): GaTables {
  const rand = rng(opts.seed ?? 7);
  const codes = Object.keys(POSITIONS);
  const countries: GaCountry[] = codes.map((code) => ({ code, datasetName: code, alpha2: code.slice(0, 2) }));
  const rows: { date: string; rcid: number; issues: number; descr: string; votes: number[] }[] = [];
  let rcid = 1;
  for (let y = opts.fromYear ?? 2000; y <= (opts.toYear ?? 2012); y++) {
    const n = opts.perYear ?? 40;
    for (let i = 0; i < n; i++) {
      const month = 1 + Math.floor((i / n) * 12);
      const day = 1 + Math.floor(rand() * 27);
      const date = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const aboutKorea = i === n - 1;
      const cut = aboutKorea ? -0.3 : rand() * 1.6 - 0.8;
      const westYes = aboutKorea || rand() < 0.6;
      const votes = codes.map((c) => {
        if (rand() < 0.05) return VOTE.NONE;
        const x = (POSITIONS[c]! - cut) * (westYes ? 1 : -1) + (rand() - 0.5) * 0.6;
        return x > 0.15 ? VOTE.YES : x < -0.15 ? VOTE.NO : VOTE.ABSTAIN;
      });
      rows.push({
        date,
        rcid: rcid++,
        issues: aboutKorea || rand() < 0.3 ? 1 : rand() < 0.5 ? 4 : 0,
        descr: aboutKorea ? "Situation of human rights in the Democratic People's Republic of Korea" : `Resolution ${rcid}`,
        votes,
      });
    }
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rcid - b.rcid));
  const votes = new Uint8Array(rows.length * codes.length);
  rows.forEach((r, i) => votes.set(r.votes, i * codes.length));
  return {
    rcid: Int32Array.from(rows, (r) => r.rcid),
    session: Int16Array.from(rows, (r) => Number(r.date.slice(0, 4)) - 1945),
    day: Int32Array.from(rows, (r) => dayNumber(r.date)),
    dates: rows.map((r) => r.date),
    issueMask: Uint8Array.from(rows, (r) => r.issues),
    important: new Int8Array(rows.length).fill(-1),
    unres: rows.map((r) => `R/${r.rcid}`),
    short: rows.map(() => ''),
    descr: rows.map((r) => r.descr),
    countries,
    votes,
    aliases: new Map(),
  };
}

export function syntheticRecord(opts: SyntheticOptions = {}): GaRecord {
  return new GaRecord(syntheticTables(opts), { dir: 'synthetic', warnings: [], votes: 0 });
}

/** A copy of `tables` with every roll call on or after `date` scrambled (votes and text). */
export function poisonAfter(tables: GaTables, date: string, seed = 99): GaTables {
  const rand = rng(seed);
  const votes = Uint8Array.from(tables.votes);
  const n = tables.countries.length;
  const descr = tables.descr.slice();
  const issueMask = Uint8Array.from(tables.issueMask);
  tables.dates.forEach((d, r) => {
    if (d < date) return;
    for (let c = 0; c < n; c++) votes[r * n + c] = Math.floor(rand() * 4);
    descr[r] = "POISON Democratic People's Republic of Korea";
    issueMask[r] = 63;
  });
  return { ...tables, votes, descr, issueMask };
}

/** Write a record's tables as the dataset's three .csv.gz files (or plain .csv) in a temp dir. */
export function writeDataset(files: { votes: string; rollCalls: string; issues?: string }, gzip = true): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'council-ga-'));
  const put = (base: string, text: string) =>
    gzip ? writeFileSync(path.join(dir, `${base}.csv.gz`), gzipSync(text)) : writeFileSync(path.join(dir, `${base}.csv`), text);
  put('un_votes', files.votes);
  put('un_roll_calls', files.rollCalls);
  if (files.issues !== undefined) put('un_roll_call_issues', files.issues);
  return dir;
}
