import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commands } from '../../src/cli/commands/index.js';
import { runCli } from '../../src/cli/run.js';
import { DEFAULT_STORE_URL } from '../../src/store/store-url.js';
import { EXPORT_FORMATS } from '../../src/records/render.js';
import { BODIES } from '../../src/analysis/power/bodies.js';
import { LOG_LEVELS } from '../../src/server/logging.js';
import { capture } from './capture.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

test('every command answers --help and -h with its usage, exit 0, nothing on stderr', async () => {
  assert.equal(commands.length, 15);
  for (const c of commands) {
    for (const flag of ['--help', '-h']) {
      const io = capture();
      assert.equal(await runCli([c.name, flag], io), 0, `${c.name} ${flag}`);
      assert.equal(io.stdout, c.usage + '\n', `${c.name} ${flag}`);
      assert.equal(io.stderr, '');
    }
    assert.match(c.usage, new RegExp(`council ${c.name}\\b`), `${c.name}'s usage names it`);
    const viaHelp = capture();
    assert.equal(await runCli(['help', c.name], viaHelp), 0);
    assert.equal(viaHelp.stdout, c.usage + '\n');
  }
});

test('--help after other options still shows the usage; after -- it is an argument', async () => {
  const io = capture();
  assert.equal(await runCli(['members', '--date', '2017-12-11', '--help'], io), 0);
  assert.match(io.stdout, /^Usage: council members/);
  const symbol = capture();
  assert.equal(await runCli(['symbol', '--', '-h'], symbol), 2, 'parsed as a symbol, which it is not');
  assert.equal(symbol.stdout, '');
});

test('council help lists every command with its summary', async () => {
  const io = capture();
  assert.equal(await runCli(['--help'], io), 0);
  const width = Math.max(...commands.map((c) => c.name.length));
  for (const c of commands) assert.ok(io.stdout.includes(`  ${c.name.padEnd(width)}  ${c.summary}\n`), c.name);
});

test('the usage texts name the store default, export formats, bodies and log levels their modules define', () => {
  const usage = (name: string) => commands.find((c) => c.name === name)!.usage;
  for (const name of ['replay', 'sessions', 'meeting', 'export']) assert.ok(usage(name).includes(`default ${DEFAULT_STORE_URL}`), name);
  assert.ok(usage('export').includes(`--format ${EXPORT_FORMATS.join('|')}`));
  assert.ok(usage('power').includes(`--body ${BODIES.join('|')}`));
  assert.ok(usage('serve').includes(`--log-level           ${LOG_LEVELS.join('|')}:`));
});

test('council --version prints the package version', async () => {
  for (const flag of ['--version', '-v']) {
    const io = capture();
    assert.equal(await runCli([flag], io), 0);
    assert.equal(io.stdout, `${VERSION}\n`);
  }
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${VERSION}\n`);
});

/** Run the CLI with its standard output a pipe whose reader has already gone, as `| head -1` leaves it. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test('writing to a closed pipe exits quietly: no stack trace, exit 0', async () => {
  for (const args of [['power'], ['members', '--date', '2017-12-11']]) {
    const r = await withClosedStdout(args);
    assert.equal(r.stderr, '', args.join(' '));
    assert.equal(r.code, 0, args.join(' '));
  }
});

test('`council power | head -1` prints one line and no error', () => {
  const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx "${MAIN}" power | head -1`], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^Security Council, non-procedural .*: quota 39\n$/);
});
