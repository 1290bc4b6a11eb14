/**
 * `npm run bench:live`: the live server under a Model UN conference's worth of load.
 *
 * 1,000 sessions x (15 delegation WebSockets + 1 board WebSocket) on loopback. The server
 * runs in a child process, the load generator here, so each has its own core. Phases:
 *   open loop   — fixed rates of ballots (LIVE_BENCH_RATE, ballots/s): ballot -> board latency;
 *   closed loop — every delegation keeps one ballot in flight: throughput at saturation;
 *   loss check  — every acknowledged ballot is in the event log and the final state.
 * The same clients and message sizes run against a bare `ws` broadcast server (no engine,
 * no store) as the yardstick. Bounded: a hard timeout kills everything and exits.
 *
 * Knobs (env): LIVE_BENCH_SESSIONS (1000), LIVE_BENCH_RATE ("250,500,1000"), LIVE_BENCH_SECONDS (8),
 * LIVE_BENCH_STORES ("memory,sqlite"), LIVE_BENCH_TIMEOUT_S (600), LIVE_BENCH_ONLY=assembly (only the
 * Assembly phase: one recorded vote of 193 delegations, all ballots sent within a second, timed to the board),
 * LIVE_BENCH_CPU_PROF (a folder: each server process writes a V8 CPU profile there, for `--cpu-prof` analysis),
 * LIVE_BENCH_NODE_FLAGS (Node flags for both servers alike, e.g. "--max-semi-space-size=32").
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
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
  /** One open-loop phase per rate in settings.rates. */
  open: Measured[];
  closed: Measured;
  lost: number | null;
  checked: number;
  setupSeconds: number;
  /** Ballots still unanswered when the loss check ran (a backlog, not a loss). */
  unanswered: number;
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

async function measure(
  name: string,
  childArgs: string[],
  sessionsFor: (base: string) => Promise<BenchSession[]>,
  verify: boolean,
  settings: Settings,
): Promise<TargetReport> {
  const { child, port } = await startChild(childArgs, settings.fdWanted);
  const base = `http://127.0.0.1:${port}`;
  try {
    const setupStart = performance.now();
    const sessions = await sessionsFor(base);
    const load = new LoadGenerator(`ws://127.0.0.1:${port}`, sessions);
    await load.connect();
    const setupSeconds = (performance.now() - setupStart) / 1000;
    process.stdout.write(`  ${name}: ${load.socketCount} WebSockets up after ${setupSeconds.toFixed(1)} s; measuring…\n`);
    await load.openLoop(settings.rates[0]!, 5); // warm-up (JIT, first GCs after set-up), not reported
    const open: Measured[] = [];
    for (const rate of settings.rates) open.push(await withCpu(child.pid, () => load.openLoop(rate, settings.seconds)));
    const closed = await withCpu(child.pid, () => load.closedLoopRun(settings.seconds));
    let lost: number | null = null;
    let checked = 0;
    if (verify) ({ lost, checked } = await countLostBallots(base, sessions, load.ackedIds, load.expectedBallots()));
    const unanswered = load.unanswered;
    await stopChild(child);
    await load.close();
    return { name, open, closed, lost, checked, setupSeconds, unanswered };
  } finally {
    await stopChild(child);
  }
}

interface Settings {
  sessions: number;
  /** Open-loop rates, ballots/s, each measured in turn. */
  rates: number[];
  seconds: number;
  stores: string[];
  fdWanted: number;
}

function settingsFromEnv(): Settings {
  const sessions = env('LIVE_BENCH_SESSIONS', 1000);
  return {
    sessions,
    rates: (process.env.LIVE_BENCH_RATE ?? '250,500,1000')
      .split(',')
      .map(Number)
      .filter((n) => Number.isFinite(n) && n > 0),
    seconds: env('LIVE_BENCH_SECONDS', 8),
    stores: (process.env.LIVE_BENCH_STORES ?? 'memory,sqlite')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    fdWanted: sessions * (DELEGATIONS + 1) + 1024,
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
  const limits = fdLimits();
  if (limits.hard < settings.fdWanted) {
    const fit = Math.max(10, Math.floor((limits.hard - 1024) / (DELEGATIONS + 1)));
    process.stdout.write(
      `live bench: the open-file hard limit (${limits.hard}) is below the ${settings.fdWanted} descriptors ${settings.sessions} sessions need; ` +
        `running ${fit} sessions instead (raise it with \`ulimit -Hn\` as root for the full run).\n`,
    );
    settings.sessions = fit;
    settings.fdWanted = fit * (DELEGATIONS + 1) + 1024;
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

  const timeoutS = env('LIVE_BENCH_TIMEOUT_S', 600);
  const hardStop = setTimeout(() => {
    process.stderr.write(`live bench: hard timeout (${timeoutS} s) reached; stopping.\n`);
    for (const c of liveChildren) c.kill('SIGKILL');
    process.exit(1);
  }, timeoutS * 1000);
  hardStop.unref();

  const sockets = settings.sessions * (DELEGATIONS + 1);
  process.stdout.write(
    `live bench: ${settings.sessions} sessions x (${DELEGATIONS} delegations + 1 board) = ${sockets} WebSockets on loopback, ` +
      `${availableParallelism()} cores; open loop at ${settings.rates.join(', ')} ballots/s, ${settings.seconds} s each, then closed loop ${settings.seconds} s\n`,
  );
  const reports: TargetReport[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'council-live-bench-'));
  try {
    // Council first: its event frame size is what the bare server is padded to.
    const councilTargets = settings.stores.map((s) => ({
      name: `council ${s}`,
      store: s === 'sqlite' ? `sqlite:${join(tmp, 'bench.sqlite')}` : s === 'memory' ? 'memory:' : s,
    }));
    const [firstTarget, ...otherTargets] = councilTargets;
    const setup = (base: string) => setUpCouncilSessions(base, settings.sessions);
    if (firstTarget)
      reports.push(await measure(firstTarget.name, ['--role=council', `--store=${firstTarget.store}`], setup, true, settings));
    const frameBytes = Math.round(reports[0]?.open[0]?.meanFrameBytes || 260);
    const bareSessions = async (): Promise<BenchSession[]> =>
      Array.from({ length: settings.sessions }, (_, i) => ({
        sessionId: `s${i}`,
        version: 1,
        delegations: Array.from({ length: DELEGATIONS }, (_, d) => ({ code: `D${d}`, token: 'x'.repeat(43) })),
      }));
    reports.push(await measure('bare ws', ['--role=bare', `--pad-to=${frameBytes}`], bareSessions, false, settings));
    for (const t of otherTargets) reports.push(await measure(t.name, ['--role=council', `--store=${t.store}`], setup, true, settings));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    clearTimeout(hardStop);
  }

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
  process.stdout.write('\n' + header + '\n');
  for (const r of reports) {
    r.open.forEach((p, i) => process.stdout.write(row(r, p, `open ${settings.rates[i]}/s`) + '\n'));
    process.stdout.write(row(r, r.closed, 'closed (saturated)') + '\n');
  }
  const bare = reports.find((r) => r.name === 'bare ws');
  process.stdout.write(
    '\nunseen: acknowledged ballots never shown on the board; cpu ms/b: server CPU per ballot (main ms/b: on its event-loop thread); ' +
      'cores s/g: CPU cores busy in the server / the load generator during the phase.\n',
  );
  for (const r of reports) {
    if (r === bare) continue;
    const ratio = bare ? r.closed.ballotsPerSecond / bare.closed.ballotsPerSecond : NaN;
    const first = r.open[0]!;
    const latencyMet = settings.rates.filter((_, i) => r.open[i]!.board.p99 < 50);
    const goalLatency =
      latencyMet.length === settings.rates.length
        ? 'met at every rate'
        : latencyMet.length
          ? `met at ${latencyMet.join(', ')}/s only`
          : 'NOT met';
    const goalThroughput = ratio >= 0.8 ? 'met' : 'NOT met';
    process.stdout.write(
      `${r.name}: ballots lost ${r.lost ?? 'n/a'} of ${r.checked} acknowledged (${r.unanswered} still unanswered at the check); ` +
        `p99 ballot->board ${r.open.map((p, i) => `${ms(p.board.p99)} at ${settings.rates[i]}/s`).join(', ')} (goal < 50 ms: ${goalLatency}); ` +
        `throughput ${(ratio * 100).toFixed(0)}% of bare ws (goal >= 80%: ${goalThroughput}); mean frame ${Math.round(first.meanFrameBytes)} B\n`,
    );
  }
  if (bare)
    process.stdout.write(`bare ws: mean frame ${Math.round(bare.open[0]?.meanFrameBytes ?? 0)} B (padded to the council frame size)\n`);
  await assemblyPhase(settings);
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
