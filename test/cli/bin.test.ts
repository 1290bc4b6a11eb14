/**
 * The bin (dist/bin/council.js, bundled by scripts/build-bin.ts) answers exactly as the CLI
 * run from source: the bundled fast commands, the commands it loads from dist/cli, their
 * usage errors (one UsageError class across the two) and a crash-free closed pipe.
 * Needs `npm run build` (npm test's pretest).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run.js';
import { capture } from './capture.js';

const BIN = fileURLToPath(new URL('../../dist/bin/council.js', import.meta.url));
const DECIDE = JSON.stringify({
  body: 'security-council',
  date: '2017-12-11',
  matter: 'procedural',
  votes: { USA: 'yes', CHN: 'no', FRA: 'yes' },
});

function bin(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { encoding: 'utf8' }, (error, out, err) =>
      resolve({ code: error ? Number(error.code) : 0, out, err }),
    );
    child.stdin!.end(stdin);
  });
}

async function fromSource(args: string[], stdin = '') {
  const io = capture(stdin);
  const code = await runCli(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

test('the bin is built', () => assert.ok(existsSync(BIN), 'run npm run build first'));

test('the bin answers as the source does: bundled commands, loaded commands, errors, help, version', async () => {
  const cases: [string[], string?][] = [
    [['members', '--date', '2017-12-11']],
    [['members', '--date', '1900-01-01', '--json']],
    [['president', '--month', '2018-12', '--json']],
    [['decide', '--json'], DECIDE],
    [['decide'], '{"body":"security-council"}'],
    [['symbol', 'A/69/623–S/2014/872', '--json']],
    [['symbol', 'S/RES/2231', '--nope']],
    [['power', '--json']],
    [['power', '--body', 'nope']],
    [['tour', '--json']],
    [['sessions', '--database', 'memory:', '--json']],
    [['document', 'list', '--json']],
    [['nosuch']],
    [['--help']],
    [['decide', '--help']],
    [['--version']],
  ];
  // Four at a time: each is a process start.
  for (let i = 0; i < cases.length; i += 4) {
    const batch = cases.slice(i, i + 4);
    const got = await Promise.all(batch.map(([args, stdin]) => bin(args, stdin)));
    for (const [j, [args, stdin]] of batch.entries()) assert.deepEqual(got[j], await fromSource(args, stdin), args.join(' '));
  }
  // Usage errors thrown in dist/cli code are still one line and exit 2 (not "internal error", exit 1).
  const bad = await bin(['power', '--body', 'nope']);
  assert.equal(bad.code, 2);
  assert.equal(bad.err.trim().split('\n').length, 1);
});
