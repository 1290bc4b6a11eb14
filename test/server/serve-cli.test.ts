import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

function capture() {
  let out = '';
  let err = '';
  return { io: { out: (t: string) => void (out += t), err: (t: string) => void (err += t), readStdin: async () => '' }, out: () => out, err: () => err };
}

test('council serve: bad options are one line and exit 2', async () => {
  for (const argv of [['serve', '--port', 'abc'], ['serve', '--database', 'mysql://x'], ['serve', '--bogus'], ['serve', '--port', '70000']]) {
    const c = capture();
    assert.equal(await runCli(argv, c.io), 2, argv.join(' '));
    assert.equal(c.err().trim().split('\n').length, 1);
    assert.match(c.err(), /^council serve: /);
  }
});

test('council serve: listens, prints its URL, serves the API, and stops cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--port', '0', '--database', 'memory:'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const lines = createInterface({ input: child.stdout });
    const url = await new Promise<string>((resolve, reject) => {
      lines.on('line', (line) => {
        const m = /listening on (http:\/\/\S+)/.exec(line);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    const health = await fetch(`${url}/api/health`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { ok: true, subscribers: 0 });
    const created = await fetch(`${url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ date: '2024-06-12', title: 'DPRK' }) });
    assert.equal(created.status, 201);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
