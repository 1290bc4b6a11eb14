/**
 * One writer per SQLite file (issue 11): a second `council serve` on a file another
 * server holds exits at start, non-zero, with one clear line; once the first has
 * stopped, the file can be served again.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'council-one-writer-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function serve(file: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--port', '0', '--database', `sqlite:${file}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /listening on (http:\/\/\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}`)));
  });
}

test('a second server on the same SQLite file exits at start with one line; the first keeps serving', { timeout: 60_000 }, async () => {
  const file = join(dir, 'council.sqlite');
  const first = serve(file);
  try {
    const url = await listening(first);
    const second = serve(file);
    let stderr = '';
    second.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(second, 'exit')) as [number | null];
    assert.notEqual(code, 0);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, /in use by another council process \(one writer per SQLite file\)/);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    const created = await fetch(`${url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ date: '2024-06-12', title: 'DPRK' }),
    });
    assert.equal(created.status, 201, 'the first server still writes');
    first.kill('SIGTERM');
    assert.equal(((await once(first, 'exit')) as [number])[0], 0);
    // Released with its process: the file can be served again.
    const third = serve(file);
    try {
      await listening(third);
    } finally {
      third.kill('SIGTERM');
      await once(third, 'exit');
    }
  } finally {
    if (first.exitCode === null) first.kill('SIGKILL');
  }
});
