/**
 * `npm run bench:live`: the live server under a Model UN conference's worth of load.
 *
 * 1,000 sessions x (15 delegation WebSockets + 1 board WebSocket) on loopback. The server
 * runs in a child process, the load generator here, so each has its own core. Phases:
 *   open loop   — fixed rates of ballots (LIVE_BENCH_RATE, ballots/s): ballot -> board latency;
 *   closed loop — every delegation keeps one ballot in flight: throughput at saturation;
 *   loss check  — every acknowledged ballot is in the event log and the final state.
 * The same clients and message sizes run against a bare `ws` broadcast server (no engine,
 * no store) as the yardstick. All servers are up at once and every phase runs on each in
 * turn, repeated, so a shared machine's load hits them alike; ratios are taken within a
 * repeat and the median printed. Bounded: a hard timeout kills everything and exits.
 *
 * Knobs (env): LIVE_BENCH_SESSIONS (1000), LIVE_BENCH_RATE ("250,500,1000"), LIVE_BENCH_SECONDS (8),
 * LIVE_BENCH_STORES ("memory,sqlite"), LIVE_BENCH_REPEATS (3), LIVE_BENCH_TIMEOUT_S (900), LIVE_BENCH_ASSEMBLY=0 (skip the Assembly phase), LIVE_BENCH_ONLY=assembly (only the
 * Assembly phase: one recorded vote of 193 delegations, all ballots sent within a second, timed to the board),
 * LIVE_BENCH_CPU_PROF (a folder: each server process writes a V8 CPU profile there, for `--cpu-prof` analysis),
 * LIVE_BENCH_NODE_FLAGS (Node flags for both servers alike, e.g. "--max-semi-space-size=32").
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startBareServer } from './live/bare-server.js';
import { countLostBallots, setUpCouncilSessions } from './live/council-setup.js';
import { fdLimits, withFdLimit } from './live/fd-limit.js';
import { type BenchSession, LoadGenerator, type PhaseResult } from './live/load.js';
import { cpuSeconds, mainThreadCpuSeconds } from './live/cpu.js';
import { ms } from './live/stats.js';
import { bareAssembly, measureAssemblyVote, setUpAssemblyVote, type AssemblyResult } from './live/assembly-vote.js';

const THIS_FILE = fileURLToPath(import.meta.url);
/** Server processes to kill if the hard timeout fires. */
const liveChildren = new Set<ChildProcess>();
const DELEGATIONS = 15;
const env = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/** A phase's result with the server's and the load generator's CPU use during it. */
interface Measured extends PhaseResult {
  /** Server CPU milliseconds per acknowledged ballot. */
  serverCpuMsPerBallot: number;
  /** The part of it spent on the server's main thread (the event loop). */
  mainCpuMsPerBallot: number;
  /** Server CPU use over the phase, 1.0 = one core busy. */
  serverCores: number;
  generatorCores: number;
}

async function withCpu(pid: number | undefined, phase: () => Promise<PhaseResult>): Promise<Measured> {
  const server0 = cpuSeconds(pid);
  const main0 = mainThreadCpuSeconds(pid);
  const generator0 = process.cpuUsage();
  const wall0 = performance.now();
  const result = await phase();
  const wall = (performance.now() - wall0) / 1000;
  const server = cpuSeconds(pid) - server0;
  const main = mainThreadCpuSeconds(pid) - main0;
  const generator = process.cpuUsage(generator0);
  return {
    ...result,
    serverCpuMsPerBallot: (server * 1000) / Math.max(1, result.acked),
    mainCpuMsPerBallot: (main * 1000) / Math.max(1, result.acked),
    serverCores: server / wall,
    generatorCores: (generator.user + generator.system) / 1e6 / wall,
  };
}

interface TargetReport {
  name: string;
  /** open[r][i]: repeat r, rate settings.rates[i]. */
  open: Measured[][];
  /** closed[r]: repeat r. */
  closed: Measured[];
  lost: number | null;
  checked: number;
  setupSeconds: number;
  /** Ballots still unanswered when the loss check ran (a backlog, not a loss). */
  unanswered: number;
}

/** A server under test, up and connected: its phases run interleaved with the other targets'. */
interface Target {
  name: string;
  child: ChildProcess;
  base: string;
  sessions: BenchSession[];
  load: LoadGenerator;
  verify: boolean;
  report: TargetReport;
  /** Mean event frame size in the warm-up (the bare server is padded to the first council target's). */
  warmFrameBytes: number;
}

/** Start the server role in a child process (with a raised fd limit); resolves to its port. */
function startChild(args: string[], fdWanted: number): Promise<{ child: ChildProcess; port: number }> {
  const profile = process.env.LIVE_BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LIVE_BENCH_CPU_PROF}`] : [];
  const nodeFlags = (process.env.LIVE_BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const { command, args: shellArgs } = withFdLimit(fdWanted, [
    process.execPath,
    ...profile,
    ...nodeFlags,
    '--import',
    'tsx',
    THIS_FILE,
    ...args,
  ]);
  const child = spawn(command, shellArgs, { stdio: ['ignore', 'pipe', 'inherit'] });
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const m = /^READY (\d+)$/.exec(line);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => reject(new Error(`server child exited early (${code})`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Start a server, set its sessions up, connect every socket and warm it up (not reported). */
async function startTarget(
  name: string,
  childArgs: string[],
  sessionsFor: (base: string) => Promise<BenchSession[]>,
  verify: boolean,
  settings: Settings,
): Promise<Target> {
  const { child, port } = await startChild(childArgs, settings.fdWanted);
  const base = `http://127.0.0.1:${port}`;
  try {
    const setupStart = performance.now();
    const sessions = await sessionsFor(base);
    const load = new LoadGenerator(`ws://127.0.0.1:${port}`, sessions);
    await load.connect();
    const setupSeconds = (performance.now() - setupStart) / 1000;
    process.stdout.write(`  ${name}: ${load.socketCount} WebSockets up after ${setupSeconds.toFixed(1)} s\n`);
    const warm = await load.openLoop(settings.rates[0]!, 5); // JIT, first GCs after set-up
    const report: TargetReport = { name, open: [], closed: [], lost: null, checked: 0, setupSeconds, unanswered: 0 };
    return { name, child, base, sessions, load, verify, report, warmFrameBytes: warm.meanFrameBytes };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/**
 * Every phase runs on each target in turn (council, bare, council, bare, …), repeated, so
 * load from other processes on a shared machine hits all targets alike; ratios are taken
 * within a repeat and their median reported.
 */
async function measureInterleaved(targets: Target[], settings: Settings): Promise<void> {
  for (let r = 0; r < settings.repeats; r++) {
    process.stdout.write(`  repeat ${r + 1}/${settings.repeats} (load average ${loadAverage()})…\n`);
    const open: Measured[][] = targets.map(() => []);
    for (const rate of settings.rates) {
      for (const [i, t] of targets.entries()) open[i]!.push(await withCpu(t.child.pid, () => t.load.openLoop(rate, settings.seconds)));
    }
    for (const [i, t] of targets.entries()) {
      t.report.open.push(open[i]!);
      t.report.closed.push(await withCpu(t.child.pid, () => t.load.closedLoopRun(settings.seconds)));
    }
  }
  for (const t of targets) {
    if (t.verify)
      ({ lost: t.report.lost, checked: t.report.checked } = await countLostBallots(
        t.base,
        t.sessions,
        t.load.ackedIds,
        t.load.expectedBallots(),
      ));
    t.report.unanswered = t.load.unanswered;
  }
}

async function stopTarget(t: Target): Promise<void> {
  await stopChild(t.child);
  await t.load.close();
}

const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

const median = (xs: number[]) => {
  const sorted = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Settings {
  sessions: number;
  /** Open-loop rates, ballots/s, each measured in turn. */
  rates: number[];
  seconds: number;
  stores: string[];
  /** Interleaved repeats of every phase (LIVE_BENCH_REPEATS). */
  repeats: number;
  fdWanted: number;
}

/** Descriptors the load generator needs: every target's sockets are open at once. */
const fdFor = (sessions: number, targets: number) => targets * sessions * (DELEGATIONS + 1) + 1024;

function settingsFromEnv(): Settings {
  const sessions = env('LIVE_BENCH_SESSIONS', 1000);
  const stores = (process.env.LIVE_BENCH_STORES ?? 'memory,sqlite')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    sessions,
    rates: (process.env.LIVE_BENCH_RATE ?? '250,500,1000')
      .split(',')
      .map(Number)
      .filter((n) => Number.isFinite(n) && n > 0),
    seconds: env('LIVE_BENCH_SECONDS', 8),
    stores,
    repeats: env('LIVE_BENCH_REPEATS', 3),
    fdWanted: fdFor(sessions, stores.length + 1),
  };
}

/** The median of each figure over the repeats of one phase. */
function medianPhase(ps: Measured[]): Measured {
  const m = (f: (p: Measured) => number) => median(ps.map(f));
  return {
    ...ps[0]!,
    acked: Math.round(m((p) => p.acked)),
    ballotsPerSecond: m((p) => p.ballotsPerSecond),
    board: { count: m((p) => p.board.count), p50: m((p) => p.board.p50), p99: m((p) => p.board.p99), max: m((p) => p.board.max) },
    ack: { count: m((p) => p.ack.count), p50: m((p) => p.ack.p50), p99: m((p) => p.ack.p99), max: m((p) => p.ack.max) },
    missingOnBoard: ps.reduce((n, p) => n + p.missingOnBoard, 0),
    meanFrameBytes: m((p) => p.meanFrameBytes),
    serverCpuMsPerBallot: m((p) => p.serverCpuMsPerBallot),
    mainCpuMsPerBallot: m((p) => p.mainCpuMsPerBallot),
    serverCores: m((p) => p.serverCores),
    generatorCores: m((p) => p.generatorCores),
  };
}

function row(r: TargetReport, p: Measured, label: string): string {
  const cells = [
    r.name.padEnd(16),
    label.padEnd(18),
    String(p.acked).padStart(8),
    p.ballotsPerSecond.toFixed(0).padStart(9),
    ms(p.board.p50).padStart(10),
    ms(p.board.p99).padStart(10),
    ms(p.ack.p99).padStart(10),
    String(p.missingOnBoard).padStart(6),
    `${p.serverCpuMsPerBallot.toFixed(3)}`.padStart(9),
    `${p.mainCpuMsPerBallot.toFixed(3)}`.padStart(9),
    `${p.serverCores.toFixed(2)}/${p.generatorCores.toFixed(2)}`.padStart(10),
  ];
  return cells.join('  ');
}

/** The Assembly phase against a fresh server of each kind: council (memory store) and the bare yardstick. */
async function assemblyPhase(settings: Settings): Promise<void> {
  const results: { name: string; spread: number; r: AssemblyResult }[] = [];
  for (const target of [
    { name: 'council memory', args: ['--role=council', '--store=memory:'], setup: (base: string) => setUpAssemblyVote(base) },
    { name: 'bare ws', args: ['--role=bare', '--pad-to=300'], setup: async () => bareAssembly() },
  ]) {
    const { child, port } = await startChild(target.args, Math.max(settings.fdWanted, 2048));
    try {
      const base = `http://127.0.0.1:${port}`;
      const wsBase = `ws://127.0.0.1:${port}`;
      // A warm-up vote on a first session (JIT, first GCs), then the measured votes on fresh ones.
      await measureAssemblyVote(wsBase, await target.setup(base), 1000);
      for (const spread of [1000, 0])
        results.push({ name: target.name, spread, r: await measureAssemblyVote(wsBase, await target.setup(base), spread) });
    } finally {
      await stopChild(child);
    }
  }
  process.stdout.write(
    '\nAssembly recorded vote: 193 delegation WebSockets and one board; ballots spread evenly over 1 s, then all at once\n',
  );
  for (const { name, spread, r } of results) {
    process.stdout.write(
      `  ${name.padEnd(16)} ${spread ? 'over 1 s' : 'burst   '}  on the board ${r.seenOnBoard}/${r.ballots}; sending ${ms(r.sendSpan)}; ` +
        `per ballot p50 ${ms(r.perBallotP50)}, max ${ms(r.perBallotMax)}; first sent -> board complete ${ms(r.firstToComplete)}; ` +
        `last sent -> complete ${ms(r.lastToComplete)}\n`,
    );
  }
  for (const spread of [1000, 0]) {
    const council = results.find((x) => x.name === 'council memory' && x.spread === spread)?.r;
    const bare = results.find((x) => x.name === 'bare ws' && x.spread === spread)?.r;
    if (!council || !bare) continue;
    const met = council.seenOnBoard === council.ballots && council.lastToComplete < 1000;
    process.stdout.write(
      `  council ${spread ? 'over 1 s' : 'burst'}: complete on the board ${ms(council.lastToComplete)} after the last ballot ` +
        `(goal < 1 s: ${met ? 'met' : 'NOT met'}); per-ballot max ${(council.perBallotMax / Math.max(0.01, bare.perBallotMax)).toFixed(1)}x the bare ws yardstick's\n`,
    );
  }
}

export async function run(): Promise<void> {
  const settings = settingsFromEnv();
  if (process.env.LIVE_BENCH_ONLY === 'assembly') {
    await assemblyPhase(settings);
    return;
  }
  const targetCount = settings.stores.length + 1;
  const limits = fdLimits();
  if (limits.hard < settings.fdWanted) {
    const fit = Math.max(10, Math.floor((limits.hard - 1024) / (targetCount * (DELEGATIONS + 1))));
    process.stdout.write(
      `live bench: the open-file hard limit (${limits.hard}) is below the ${settings.fdWanted} descriptors ${settings.sessions} sessions ` +
        `on ${targetCount} servers at once need; running ${fit} sessions instead (raise it with \`ulimit -Hn\` as root for the full run).\n`,
    );
    settings.sessions = fit;
    settings.fdWanted = fdFor(fit, targetCount);
  }
  if (limits.soft < settings.fdWanted) {
    process.stdout.write(
      `live bench: raising the open-file limit from ${limits.soft} to ${settings.fdWanted} (re-running under ulimit -n).\n`,
    );
    const { command, args } = withFdLimit(settings.fdWanted, [process.execPath, '--import', 'tsx', THIS_FILE]);
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, LIVE_BENCH_SESSIONS: String(settings.sessions) } });
    await new Promise<void>((resolve, reject) =>
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`)))),
    );
    return;
  }

  const timeoutS = env('LIVE_BENCH_TIMEOUT_S', 900);
  const hardStop = setTimeout(() => {
    process.stderr.write(`live bench: hard timeout (${timeoutS} s) reached; stopping.\n`);
    for (const c of liveChildren) c.kill('SIGKILL');
    process.exit(1);
  }, timeoutS * 1000);
  hardStop.unref();

  const sockets = settings.sessions * (DELEGATIONS + 1);
  process.stdout.write(
    `live bench: ${settings.sessions} sessions x (${DELEGATIONS} delegations + 1 board) = ${sockets} WebSockets per server on loopback, ` +
      `${availableParallelism()} cores, load average ${loadAverage()}; open loop at ${settings.rates.join(', ')} ballots/s, ` +
      `${settings.seconds} s each, then closed loop ${settings.seconds} s; ${settings.repeats} repeats, every phase run on each server in turn\n`,
  );
  const targets: Target[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'council-live-bench-'));
  try {
    const setup = (base: string) => setUpCouncilSessions(base, settings.sessions);
    for (const s of settings.stores) {
      const store = s === 'sqlite' ? `sqlite:${join(tmp, 'bench.sqlite')}` : s === 'memory' ? 'memory:' : s;
      targets.push(await startTarget(`council ${s}`, ['--role=council', `--store=${store}`], setup, true, settings));
    }
    // The bare server is padded to the council's event frame size (from its warm-up).
    const frameBytes = Math.round(targets[0]?.warmFrameBytes || 260);
    const bareSessions = async (): Promise<BenchSession[]> =>
      Array.from({ length: settings.sessions }, (_, i) => ({
        sessionId: `s${i}`,
        version: 1,
        delegations: Array.from({ length: DELEGATIONS }, (_, d) => ({ code: `D${d}`, token: 'x'.repeat(43) })),
      }));
    targets.push(await startTarget('bare ws', ['--role=bare', `--pad-to=${frameBytes}`], bareSessions, false, settings));
    process.stdout.write('  measuring…\n');
    await measureInterleaved(targets, settings);
  } finally {
    for (const t of targets) await stopTarget(t);
    rmSync(tmp, { recursive: true, force: true });
    clearTimeout(hardStop);
  }
  const reports = targets.map((t) => t.report);

  const header = [
    'target'.padEnd(16),
    'phase'.padEnd(18),
    'acked'.padStart(8),
    'ballots/s'.padStart(9),
    'board p50'.padStart(10),
    'board p99'.padStart(10),
    'ack p99'.padStart(10),
    'unseen'.padStart(6),
    'cpu ms/b'.padStart(9),
    'main ms/b'.padStart(9),
    'cores s/g'.padStart(10),
  ].join('  ');
  process.stdout.write(`\nmedians of ${settings.repeats} interleaved repeats (load average now ${loadAverage()})\n${header}\n`);
  for (const r of reports) {
    settings.rates.forEach((rate, i) => process.stdout.write(row(r, medianPhase(r.open.map((o) => o[i]!)), `open ${rate}/s`) + '\n'));
    process.stdout.write(row(r, medianPhase(r.closed), 'closed (saturated)') + '\n');
  }
  const bare = reports.find((r) => r.name === 'bare ws');
  process.stdout.write(
    '\nunseen: acknowledged ballots never shown on the board (all repeats); cpu ms/b: server CPU per ballot (main ms/b: on its event-loop thread); ' +
      'cores s/g: CPU cores busy in the server / the load generator during the phase.\n',
  );
  for (const r of reports) {
    if (r === bare) continue;
    // Throughput and CPU ratios within each repeat (the same minutes of the machine), then their median.
    const ratios = r.closed.map((c, k) => c.ballotsPerSecond / (bare?.closed[k]?.ballotsPerSecond ?? NaN));
    const cpuRatios = r.closed.map((c, k) => (bare?.closed[k]?.serverCpuMsPerBallot ?? NaN) / c.serverCpuMsPerBallot);
    const ratio = median(ratios);
    const p99s = settings.rates.map((_, i) => median(r.open.map((o) => o[i]!.board.p99)));
    const latencyMet = settings.rates.filter((_, i) => p99s[i]! < 50);
    const goalLatency =
      latencyMet.length === settings.rates.length
        ? 'met at every rate'
        : latencyMet.length
          ? `met at ${latencyMet.join(', ')}/s only`
          : 'NOT met';
    const goalThroughput = ratio >= 0.8 ? 'met' : 'NOT met';
    const pct = (xs: number[]) => xs.map((x) => `${(x * 100).toFixed(0)}%`).join(', ');
    process.stdout.write(
      `${r.name}: ballots lost ${r.lost ?? 'n/a'} of ${r.checked} acknowledged (${r.unanswered} still unanswered at the check); ` +
        `p99 ballot->board ${p99s.map((p, i) => `${ms(p)} at ${settings.rates[i]}/s`).join(', ')} (median; goal < 50 ms: ${goalLatency}); ` +
        `saturated throughput ${(ratio * 100).toFixed(0)}% of bare ws (median of ${pct(ratios)}; goal >= 80%: ${goalThroughput}); ` +
        `bare ws CPU per ballot / ${r.name}'s ${(median(cpuRatios) * 100).toFixed(0)}% (of ${pct(cpuRatios)}); ` +
        `mean frame ${Math.round(r.open[0]?.[0]?.meanFrameBytes ?? 0)} B\n`,
    );
  }
  if (bare)
    process.stdout.write(
      `bare ws: mean frame ${Math.round(bare.open[0]?.[0]?.meanFrameBytes ?? 0)} B (padded to the council frame size)\n`,
    );
  if (process.env.LIVE_BENCH_ASSEMBLY !== '0') await assemblyPhase(settings);
}

/** The server side of the benchmark, run in its own process. */
async function serveRole(argv: string[]): Promise<void> {
  const arg = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (arg('role') === 'bare') {
    const port = await startBareServer(Number(arg('pad-to') ?? 260));
    process.stdout.write(`READY ${port}\n`);
    process.on('SIGTERM', () => process.exit(0));
    return;
  }
  const { buildServer } = await import('../src/server/app.js');
  const { openStore } = await import('../src/store/open-store.js');
  // Opened as `council serve` opens it: exclusive, one writer per SQLite file.
  const store = await openStore(arg('store') ?? 'memory:', { exclusive: true });
  const unlimited = { max: 1_000_000_000, timeWindowMs: 60_000 };
  // Every simulated client comes from 127.0.0.1: lift the per-address socket cap.
  const app = await buildServer({
    store,
    joinRateLimit: unlimited,
    createRateLimit: unlimited,
    webRoot: '/nonexistent',
    maxSocketsPerIp: 1_000_000,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.stdout.write(`READY ${typeof address === 'object' && address ? address.port : 0}\n`);
  process.on('SIGTERM', () => {
    void app
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const roleArgs = process.argv.slice(2);
  const main = roleArgs.some((a) => a.startsWith('--role=')) ? serveRole(roleArgs) : run();
  main.catch((e: unknown) => {
    process.stderr.write(`live bench: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
