import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from './helpers.js';

describe('static web app', () => {
  let server: TestServer;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'council-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>council app</title><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'app-123.js'), 'console.log("app")');
    server = await startTestServer({ webRoot: root });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('serves index.html at / and for every app route (SPA fallback)', async () => {
    for (const path of ['/', '/chair/abc', '/join/ABCDEFGHJKLM', '/d/abc', '/board/abc', '/history', '/history/sc-2017-12-11-dprk']) {
      const r = await server.call('GET', path);
      assert.equal(r.statusCode, 200, path);
      assert.match(r.body, /council app/, path);
      assert.match(String(r.headers['content-type']), /text\/html/);
    }
  });

  test('serves built assets, and unknown files or API paths are 404s', async () => {
    const js = await server.call('GET', '/assets/app-123.js');
    assert.equal(js.statusCode, 200);
    assert.match(String(js.headers['content-type']), /javascript/);
    assert.equal((await server.call('GET', '/assets/missing.js')).statusCode, 404);
    const api = await server.call('GET', '/api/nope');
    assert.equal(api.statusCode, 404);
    assert.equal((api.json() as { error: { code: string } }).error.code, 'not-found');
    // Path traversal stays inside the web root.
    const traversal = await server.call('GET', '/assets/../../../../etc/passwd');
    assert.ok(!traversal.body.includes('root:'));
  });
});
