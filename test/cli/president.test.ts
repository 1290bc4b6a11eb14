import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../src/cli/run.js';
import { capture } from './capture.js';

test('council president --json: {"month":"2018-12","code":"CIV","name":"Côte d\'Ivoire", ...}', async () => {
  const io = capture();
  assert.equal(await runCli(['president', '--month', '2018-12', '--json'], io), 0);
  const p = JSON.parse(io.stdout) as Record<string, unknown>;
  assert.equal(p.month, '2018-12');
  assert.equal(p.code, 'CIV');
  assert.equal(p.name, "Côte d'Ivoire");
  assert.equal(p.computed, true);
  assert.equal(typeof p.confirmed, 'string');
  assert.equal(typeof p.source, 'string');
});

test('council president: readable output names the exception for December 1946', async () => {
  const io = capture();
  assert.equal(await runCli(['president', '--month', '1946-12'], io), 0);
  assert.match(io.stdout, /United States of America|United States/);
  assert.match(io.stdout, /exception: Rule 18 suspended by SC res 14/);
});

test('council president: bad input exits 2 with one line', async () => {
  for (const argv of [
    ['president'],
    ['president', '--month', '1945-12'],
    ['president', '--month', '2028-01'],
    ['president', '--month', '2018-13'],
    ['president', '--month', '2018-12', '--date', '2018-12-01'],
  ]) {
    const io = capture();
    assert.equal(await runCli(argv, io), 2, argv.join(' '));
    assert.equal(io.stdout, '');
    assert.equal(io.stderr.trim().split('\n').length, 1, argv.join(' '));
  }
});
