/**
 * The published package works as a library: `npm pack` the built tree, install the tarball
 * into a fresh folder (dependencies from the npm cache that `npm ci` filled; the network only
 * on a cache miss), type-check a small TypeScript consumer of every entry with the project's
 * tsc, then run it and compare its answers with the source's. Needs `npm run build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decide, members, power, president } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const NPM_CLI = process.env.npm_execpath; // set when run by npm; otherwise `npm` on PATH

const dir = mkdtempSync(join(tmpdir(), 'council-pack-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** Run npm without the npm_config_* of an enclosing `npm test` (they would redirect the install). */
function npm(args: string[], cwd: string): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_config_')));
  return NPM_CLI?.endsWith('.js')
    ? execFileSync(process.execPath, [NPM_CLI, ...args], { cwd, env, encoding: 'utf8' })
    : execFileSync('npm', args, { cwd, env, encoding: 'utf8' });
}

const CONSUMER = `
import { decide, members, parseSymbol, power, president, type DecideOutput, type MemberJson, type Result } from 'council';
import { decideSecurityCouncil, scThresholds, type Decision } from 'council/rules';
import { councilOn, stateName } from 'council/data';
import { councilGame, powerIndices, formatRational } from 'council/power';
import { buildTour, formatJointSymbol, parseJointSymbol } from 'council/records';

// @ts-expect-error members takes an ISO date string: the declarations must say so.
members(20171211);

const m: Result<MemberJson[]> = members('2017-12-11');
const d = decide({ body: 'security-council', date: '2017-12-11', matter: 'procedural', votes: { USA: 'yes', CHN: 'no' } });
const out: DecideOutput | undefined = d.ok ? d.value : undefined;
const p = president('2018-12');
const s = parseSymbol('S/RES/2623 (2022)');
const w = power('sc');
const composition = councilOn('2017-12-11');
const seats = composition.ok ? composition.value.map((x) => ({ code: x.code, permanent: x.permanent })) : [];
const ballots = Object.fromEntries(seats.map((x) => [x.code, x.code === 'CHN' ? 'no' as const : 'yes' as const]));
const direct: Result<Decision> = decideSecurityCouncil({ composition: { date: '2017-12-11', seats }, matter: 'non-procedural', ballots });
const thresholds = scThresholds(15);
const joint = parseJointSymbol('A/69/623–S/2014/872');
console.log(JSON.stringify({
  members: m.ok ? m.value : null,
  decide: out ?? null,
  president: p.ok ? p.value : null,
  symbol: s.ok ? s.value.kind : null,
  power: w.ok ? w.value : null,
  direct: direct.ok ? direct.value.reason : null,
  required: thresholds.ok ? thresholds.value.affirmative : null,
  chinaName: stateName('CHN'),
  usaPower: formatRational(powerIndices(councilGame())[4]!.shapleyShubik),
  tourSteps: buildTour().length,
  joint: joint.ok ? formatJointSymbol(joint.value) : null,
}));
`;

test('npm pack, install into a fresh folder, type-check and run a consumer of every entry', { timeout: 180_000 }, () => {
  assert.ok(existsSync(join(ROOT, 'dist/index.d.ts')), 'run npm run build first');
  // --ignore-scripts: pack the tree the build left; `prepare` would rebuild it.
  const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const paths = packed[0]!.files.map((f) => f.path);
  assert.ok(
    paths.includes('dist/index.d.ts') && paths.includes('dist/bin/council.js') && paths.includes('dist/cli/main.js'),
    'declarations and the bin are packed',
  );
  assert.ok(!paths.some((p) => p.startsWith('src/') || p.startsWith('test/')), 'sources and tests are not');

  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // No install scripts: the library needs no native build (better-sqlite3 is the server's).
  npm(
    [
      'install',
      '--prefer-offline',
      '--ignore-scripts',
      '--omit=dev',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      join(dir, packed[0]!.filename),
    ],
    app,
  );
  assert.ok(existsSync(join(app, 'node_modules/council/dist/index.js')));

  writeFileSync(join(app, 'consumer.ts'), CONSUMER);
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: true,
        types: [],
        outDir: 'out',
      },
      files: ['consumer.ts'],
    }),
  );
  try {
    execFileSync(process.execPath, [TSC, '-p', join(app, 'tsconfig.json')], { cwd: app, encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc rejected the consumer:\n${(e as { stdout?: string }).stdout ?? (e as Error).message}`);
  }

  const result = JSON.parse(execFileSync(process.execPath, [join(app, 'out/consumer.js')], { cwd: app, encoding: 'utf8' }));
  const unwrap = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : null);
  assert.deepEqual(result.members, unwrap(members('2017-12-11')));
  assert.deepEqual(
    result.decide,
    unwrap(decide({ body: 'security-council', date: '2017-12-11', matter: 'procedural', votes: { USA: 'yes', CHN: 'no' } })),
  );
  assert.deepEqual(result.president, unwrap(president('2018-12')));
  assert.deepEqual(result.power, unwrap(power('sc')));
  assert.equal(result.symbol, 'resolution');
  assert.equal(result.direct, 'veto');
  assert.equal(result.required, 9);
  assert.equal(result.chinaName, 'China');
  assert.ok(result.tourSteps >= 5);
  assert.equal(result.joint, 'A/69/623–S/2014/872');

  // The installed bin answers too, with the package's version.
  const version = execFileSync(join(app, 'node_modules/.bin/council'), ['--version'], { encoding: 'utf8' }).trim();
  assert.equal(version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});
