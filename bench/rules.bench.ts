/**
 * Rules engine throughput on one core. Three honest figures:
 *  - core: the allocation-free Security Council core (ballot codes + permanent bitmask ->
 *    packed outcome), ballots pre-encoded, no explanation;
 *  - full: decideSecurityCouncil from a Record of ballots, with validation, explanation and trace;
 *  - GA: decideGeneralAssembly from a tally, with explanation.
 * Goal (brief): core >= 5 million SC decisions/s.
 */
import { decideGeneralAssembly, decideSecurityCouncil } from '../src/rules/decide.js';
import { decideScCore } from '../src/rules/security-council/core.js';
import type { Ballot, Composition } from '../src/rules/types.js';

const BALLOTS: Ballot[] = ['yes', 'no', 'abstain', 'non-participation', 'absent'];
const SEATS = 15;
const SAMPLES = 1024;

/** Deterministic pseudo-random numbers so runs compare. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function measure(label: string, iterations: number, body: (i: number) => number): void {
  for (let i = 0; i < Math.min(iterations, 50_000); i++) body(i); // warm up the JIT
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink += body(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = iterations / seconds;
  console.log(
    `${label.padEnd(58)} ${(rate / 1e6).toFixed(2).padStart(8)} M/s  (${iterations.toLocaleString('en')} in ${seconds.toFixed(2)} s; checksum ${sink})`,
  );
}

export async function run(): Promise<void> {
  const rand = lcg(2024);
  const composition: Composition = {
    date: '2024-01-01',
    seats: ['CHN', 'FRA', 'RUS', 'GBR', 'USA', 'DZA', 'ECU', 'GUY', 'JPN', 'MLT', 'MOZ', 'KOR', 'SLE', 'SVN', 'CHE'].map((code, i) => ({
      code,
      permanent: i < 5,
    })),
  };
  // Weighted towards yes so that adopted, vetoed and failed drafts all occur.
  const pick = () => (rand() < 0.6 ? 0 : Math.floor(rand() * 5));
  const codes: Uint8Array[] = [];
  const records: Record<string, Ballot>[] = [];
  for (let n = 0; n < SAMPLES; n++) {
    const c = new Uint8Array(SEATS);
    const r: Record<string, Ballot> = {};
    for (let i = 0; i < SEATS; i++) {
      c[i] = pick();
      r[composition.seats[i]!.code] = BALLOTS[c[i]!]!;
    }
    codes.push(c);
    records.push(r);
  }
  const tallies = Array.from({ length: SAMPLES }, () => ({
    yes: Math.floor(rand() * 120),
    no: Math.floor(rand() * 60),
    abstain: Math.floor(rand() * 13),
  }));
  const mask = 0b11111;

  console.log('rules engine (one core, node ' + process.version + ')');
  measure(
    'core SC decisions (pre-encoded ballots, no explanation)',
    30_000_000,
    (i) => decideScCore(codes[i & (SAMPLES - 1)]!, SEATS, mask, 9, (i & 1) === 0, 0, 0) & 3,
  );
  measure('full SC decisions (Record input, explanation + trace)', 300_000, (i) => {
    const r = decideSecurityCouncil({
      composition,
      matter: (i & 1) === 0 ? 'procedural' : 'non-procedural',
      ballots: records[i & (SAMPLES - 1)]!,
    });
    return r.ok ? r.value.tally.yes : -1;
  });
  measure('GA decisions (tally input, explanation + trace)', 1_000_000, (i) => {
    const r = decideGeneralAssembly({
      body: 'general-assembly',
      majority: (i & 1) === 0 ? 'simple' : 'two-thirds',
      tally: tallies[i & (SAMPLES - 1)]!,
    });
    return r.ok ? r.value.required : -1;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
