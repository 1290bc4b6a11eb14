/**
 * CLI start-up: the built `council` bin (dist/bin/council.js) against `node -e 0`, measured in the
 * same run and interleaved round by round, so a busy machine slows both alike. Issue 8's goal
 * is a ratio at or under 2 for members, president, decide and symbol. Needs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The bin as package.json names it (the bundle scripts/build-bin.ts writes).
const MAIN = fileURLToPath(new URL('../dist/bin/council.js', import.meta.url));
const DECIDE_INPUT = JSON.stringify({
  body: 'security-council',
  date: '2017-12-11',
  matter: 'procedural',
  votes: { USA: 'yes', CHN: 'no' },
});

interface Case {
  label: string;
  args: string[];
  stdin?: string;
}

const BASELINE: Case = { label: 'node -e 0', args: ['-e', '0'] };
const CASES: Case[] = [
  { label: 'council members --date 2017-12-11', args: [MAIN, 'members', '--date', '2017-12-11'] },
  { label: 'council president --month 2018-12', args: [MAIN, 'president', '--month', '2018-12'] },
  { label: 'council decide (stdin)', args: [MAIN, 'decide'], stdin: DECIDE_INPUT },
  { label: 'council symbol S/RES/2623', args: [MAIN, 'symbol', 'S/RES/2623'] },
  { label: 'council --help', args: [MAIN, '--help'] },
];

/**
 * CPU seconds used by this process's finished children (Linux /proc; clock ticks of 10 ms,
 * unbiased over many runs). Unlike wall time it does not count waiting for a busy CPU.
 */
function childrenCpu(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime (fields 16, 17)
  } catch {
    return undefined;
  }
}

/** Wall-clock and CPU seconds of one run; a failing command would make the figure meaningless. */
function once(c: Case): { wall: number; cpu: number | undefined } {
  const cpu0 = childrenCpu();
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, c.args, { input: c.stdin ?? '', stdio: ['pipe', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu1 = childrenCpu();
  if (r.status !== 0) throw new Error(`${c.label} exited ${r.status}: ${r.stderr.toString().trim()}`);
  return { wall, cpu: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

export async function run(rounds = Number(process.env.CLI_BENCH_ROUNDS ?? 15)): Promise<void> {
  if (!existsSync(MAIN)) throw new Error('dist/bin/council.js is missing: run `npm run build` first');
  const all = [BASELINE, ...CASES];
  for (const c of all) once(c); // warm the file cache
  const wall = new Map(all.map((c) => [c, [] as number[]]));
  const cpu = new Map(all.map((c) => [c, 0 as number | undefined]));
  for (let i = 0; i < rounds; i++) {
    for (const c of all) {
      const t = once(c);
      wall.get(c)!.push(t.wall);
      cpu.set(c, t.cpu === undefined ? undefined : (cpu.get(c) ?? 0) + t.cpu);
    }
  }
  // The median wall time is the figure. The mean CPU time beside it is what a start costs when
  // nothing else competes for the CPU (on a busy shared machine the wall times stretch).
  const base = median(wall.get(BASELINE)!);
  const baseCpu = cpu.get(BASELINE);
  const cpuText = (c: Case) => {
    const t = cpu.get(c);
    return t === undefined || !baseCpu ? '' : `  (CPU ${((t / rounds) * 1000).toFixed(0)} ms, ratio ${(t / baseCpu).toFixed(2)}×)`;
  };
  console.log(`${BASELINE.label.padEnd(40)} ${base.toFixed(3).padStart(7)} s  median of ${rounds}${cpuText(BASELINE)}`);
  for (const c of CASES) {
    const m = median(wall.get(c)!);
    console.log(`${c.label.padEnd(40)} ${m.toFixed(3).padStart(7)} s  ratio ${(m / base).toFixed(2)}×${cpuText(c)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
