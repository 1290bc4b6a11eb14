import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import { DEFAULT_STORE_URL, parseStoreUrl } from '../../src/store/store-url.js';
import { eventStoreContract } from './contract.js';

describe('parseStoreUrl', () => {
  test('recognises memory:, sqlite:FILE and postgres(ql)://', () => {
    assert.deepEqual(parseStoreUrl('memory:'), { ok: true, value: { kind: 'memory' } });
    assert.deepEqual(parseStoreUrl('sqlite:./council.sqlite'), { ok: true, value: { kind: 'sqlite', file: './council.sqlite' } });
    assert.deepEqual(parseStoreUrl('sqlite:/var/lib/council/db.sqlite'), {
      ok: true,
      value: { kind: 'sqlite', file: '/var/lib/council/db.sqlite' },
    });
    for (const url of ['postgres://u:p@db.example:5432/council', 'postgresql://localhost/council']) {
      assert.deepEqual(parseStoreUrl(url), { ok: true, value: { kind: 'postgres', url } });
    }
    assert.equal(DEFAULT_STORE_URL, 'sqlite:./council.sqlite');
  });

  test('anything else is invalid-store-url, naming the accepted forms and never echoing a password', () => {
    for (const bad of ['', 'sqlite:', 'memory', 'mysql://x/y', 'postgres://', './council.sqlite', 'http://x', 42, null, undefined]) {
      const result = parseStoreUrl(bad);
      assert.equal(result.ok, false, String(bad));
      if (!result.ok) {
        assert.equal(result.error.code, 'invalid-store-url');
        assert.match(result.error.message, /memory:, sqlite:FILE/);
      }
    }
    const secret = parseStoreUrl('mysql://admin:hunter2@db/x');
    assert.ok(!secret.ok && !secret.error.message.includes('hunter2'));
  });
});

describe('openStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'council-open-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a bad URL rejects with a StoreError, not a crash', async () => {
    await assert.rejects(openStore('redis://x'), { name: 'StoreError', code: 'invalid-store-url' });
  });

  test('sqlite:FILE creates the file', async () => {
    const file = join(dir, 'opened.sqlite');
    const store = await openStore(`sqlite:${file}`);
    await store.append('s', 0, [{ type: 't', data: null }]);
    await store.close();
    assert.ok(existsSync(file));
  });

  test('memory: stores are independent of each other', async () => {
    const a = await openStore('memory:');
    const b = await openStore('memory:');
    await a.append('s', 0, [{ type: 't', data: 1 }]);
    assert.deepEqual(await b.read('s'), []);
    await Promise.all([a.close(), b.close()]);
  });
});

// The contract once more through the public entry point.
eventStoreContract('openStore(memory:)', async () => ({ store: await openStore('memory:') }));
