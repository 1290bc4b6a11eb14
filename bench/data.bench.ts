/**
 * History look-ups: building the 972-month presidency table once (cold start of every
 * CLI call that needs it), then councilOn and presidentOf over random days and months.
 */
import { councilOn, presidencyTable, presidentOf } from '../src/data/index.js';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function randomDay(r: () => number): string {
  const y = 1947 + Math.floor(r() * 80);
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export async function run(): Promise<void> {
  let start = process.hrtime.bigint();
  const table = presidencyTable();
  const buildMs = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`presidency table build (${table.size} months)`.padEnd(58), `${buildMs.toFixed(1).padStart(8)} ms`);

  const r = lcg(42);
  const days = Array.from({ length: 2000 }, () => randomDay(r));
  let sink = 0;
  start = process.hrtime.bigint();
  const n = 50_000;
  for (let i = 0; i < n; i++) {
    const res = councilOn(days[i % days.length]!);
    if (res.ok) sink += res.value.length;
  }
  let s = Number(process.hrtime.bigint() - start) / 1e9;
  console.log('councilOn (random day 1947–2026)'.padEnd(58), `${(n / s / 1e3).toFixed(1).padStart(8)} k/s  (checksum ${sink})`);

  const months = days.map((d) => d.slice(0, 7));
  start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const res = presidentOf(months[i % months.length]!);
    if (res.ok) sink += res.value.code.length;
  }
  s = Number(process.hrtime.bigint() - start) / 1e9;
  console.log('presidentOf (random month)'.padEnd(58), `${(n / s / 1e3).toFixed(1).padStart(8)} k/s  (checksum ${sink})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
