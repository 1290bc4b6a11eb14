/**
 * The engines field tells the truth: every package in package-lock.json runs on the oldest
 * Node.js that package.json's `engines.node` admits (else `npm ci` warns EBADENGINE and the
 * package may not work there).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import semver from 'semver';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));

test('every locked package accepts the oldest Node.js our engines field admits', () => {
  const range = read('package.json').engines?.node as string;
  assert.ok(range, 'package.json names the Node.js versions it needs');
  const oldest = semver.minVersion(range);
  assert.ok(oldest, `"${range}" has a minimum`);
  const lock = read('package-lock.json') as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
  const refusing: string[] = [];
  let checked = 0;
  for (const [path, pkg] of Object.entries(lock.packages)) {
    const needs = !Array.isArray(pkg.engines) ? pkg.engines?.node : undefined;
    if (!path || !needs) continue;
    checked += 1;
    if (!semver.satisfies(oldest, needs, { includePrerelease: true }))
      refusing.push(`${path.replace(/^.*node_modules\//, '')}@${pkg.version} needs node ${needs}`);
  }
  assert.ok(checked > 20, `the lock file's engines were read (${checked})`);
  assert.deepEqual(refusing, [], `on Node.js ${oldest.version} (package.json "${range}")`);
});

test('the Node.js running the tests is one the engines field admits', () => {
  assert.ok(semver.satisfies(process.version, read('package.json').engines.node), process.version);
});
