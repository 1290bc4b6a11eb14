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
  return {
    io: { out: (t: string) => void (out += t), err: (t: string) => void (err += t), readStdin: async () => '' },
    out: () => out,
    err: () => err,
  };
}

test('council serve: bad options are one line and exit 2', async () => {
  for (const argv of [
    ['serve', '--port', 'abc'],
    ['serve', '--database', 'mysql://x'],
    ['serve', '--bogus'],
    ['serve', '--port', '70000'],
  ]) {
    const c = capture();
    assert.equal(await runCli(argv, c.io), 2, argv.join(' '));
    assert.equal(c.err().trim().split('\n').length, 1);
    assert.match(c.err(), /^council serve: /);
  }
});

test('council serve: listens, prints its URL, serves the API, and stops cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--port', '0', '--database', 'memory:'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
    const body = (await health.json()) as {
      ok: boolean;
      store: { kind: string; ok: boolean };
      publisher: { kind: string; subscribers: number };
    };
    assert.equal(body.ok, true);
    assert.deepEqual([body.store.kind, body.store.ok, body.publisher.kind, body.publisher.subscribers], ['memory', true, 'in-process', 0]);
    const created = await fetch(`${url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ date: '2024-06-12', title: 'DPRK' }),
    });
    assert.equal(created.status, 201);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

test('council serve: environment variables configure it, a flag wins over its variable, and a bad one is named', async () => {
  const saved = { ...process.env };
  try {
    process.env.PORT = 'abc';
    let c = capture();
    assert.equal(await runCli(['serve'], c.io), 2);
    assert.match(c.err(), /^council serve: \$PORT: /);
    c = capture();
    assert.equal(await runCli(['serve', '--port', '70000'], c.io), 2, 'the flag is used, not $PORT');
    assert.match(c.err(), /--port: /);
    process.env.PORT = '0';
    for (const [name, value] of [
      ['COUNCIL_MAX_SOCKETS_PER_IP', '0'],
      ['COUNCIL_LOG_LEVEL', 'chatty'],
      ['COUNCIL_DATABASE', 'mysql://x'],
    ] as const) {
      process.env[name] = value;
      c = capture();
      assert.equal(await runCli(['serve'], c.io), 2, name);
      assert.match(c.err(), new RegExp(`\\$${name}: `), c.err());
      delete process.env[name];
    }
  } finally {
    process.env = saved;
  }
});

test('council serve: COUNCIL_DATABASE and COUNCIL_LOG_LEVEL from the environment; request logs on stderr', async () => {
  const env = { ...process.env, COUNCIL_DATABASE: 'memory:', COUNCIL_LOG_LEVEL: 'info', PORT: '0' };
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--json'], { stdio: ['ignore', 'pipe', 'pipe'], env });
  try {
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        const m = /"url":\s*"([^"]+)"/.exec(stdout);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    const health = (await (await fetch(`${url}/api/health`)).json()) as { store: { kind: string } };
    assert.equal(health.store.kind, 'memory', 'the store named by COUNCIL_DATABASE');
    for (let i = 0; i < 50 && !stderr.includes('/api/health'); i++) await new Promise((r) => setTimeout(r, 20));
    const line = JSON.parse(stderr.split('\n').find((l) => l.includes('/api/health'))!) as { level: number; status: number; url: string };
    assert.deepEqual([line.status, line.url], [200, '/api/health']);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
