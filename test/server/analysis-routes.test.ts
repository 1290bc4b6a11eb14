/** /api/alignment and /api/power through fastify inject: shapes, refusals, exact Council power. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Fastify from 'fastify';
import { installErrorHandler } from '../../src/server/http.js';
import { analysisRoutes } from '../../src/server/routes/analysis.js';
import { skipWithoutGaData } from '../ga-data.js';
import { startTestServer, type TestServer } from './helpers.js';

interface Exact {
  exact: string;
  value: number;
}
interface PlayerJson {
  id: string;
  shapleyShubik: Exact;
  banzhafNormalized: Exact;
}

describe('analysis routes', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => server?.close());

  const get = async (url: string) => {
    const r = await server.call('GET', url);
    return { status: r.statusCode, body: r.json() as any };
  };

  test('power, Council: SS 421/2145 and 4/2145, normalized Banzhaf 106/635 and 21/1270', async () => {
    const { status, body } = await get('/api/power?body=sc');
    assert.equal(status, 200);
    assert.equal(body.model, 'binary');
    assert.equal(body.quota, 39);
    const players = body.players as PlayerJson[];
    assert.equal(players.length, 15);
    const usa = players.find((p) => p.id === 'USA')!;
    const elected = players.find((p) => p.id === 'elected-1')!;
    assert.equal(usa.shapleyShubik.exact, '421/2145');
    assert.equal(elected.shapleyShubik.exact, '4/2145');
    assert.equal(usa.banzhafNormalized.exact, '106/635');
    assert.equal(elected.banzhafNormalized.exact, '21/1270');
    assert.ok(Math.abs(usa.shapleyShubik.value - 421 / 2145) < 1e-12);
    // The default body is the Council.
    assert.deepEqual((await get('/api/power')).body, body);
  });

  test('power, every body answers with shares summing to 1', async () => {
    for (const bodyName of ['sc-1945', 'sc-procedural', 'ga']) {
      const { status, body } = await get(`/api/power?body=${bodyName}`);
      assert.equal(status, 200, bodyName);
      const sum = (body.players as PlayerJson[]).reduce((s, p) => s + p.shapleyShubik.value, 0);
      assert.ok(Math.abs(sum - 1) < 1e-9, `${bodyName}: Shapley–Shubik sums to ${sum}`);
    }
    const ternary = await get('/api/power?body=sc-abstention');
    assert.equal(ternary.status, 200);
    assert.equal(ternary.body.model, 'ternary');
    const classes = ternary.body.classes as { id: string; count: number; shapleyShubik: Exact }[];
    assert.deepEqual(
      classes.map((c) => [c.id, c.count]),
      [
        ['permanent', 5],
        ['elected', 10],
      ],
    );
    const total = classes.reduce((s, c) => s + c.count * c.shapleyShubik.value, 0);
    assert.ok(Math.abs(total - 1) < 1e-9, `ternary Shapley–Shubik sums to ${total}`);
    assert.match(classes[0]!.shapleyShubik.exact, /^\d+\/\d+$/);
  });

  test('power: an unknown body is a 400 with the error shape', async () => {
    const { status, body } = await get('/api/power?body=ecosoc');
    assert.equal(status, 400);
    assert.equal(body.error.code, 'invalid-query');
    assert.match(body.error.message, /body/);
  });

  test('alignment: bad queries are 400 before any data is loaded', async () => {
    for (const url of [
      '/api/alignment',
      '/api/alignment?from=2014',
      '/api/alignment?from=20x4&to=2018',
      '/api/alignment?from=2018&to=2014',
      '/api/alignment?from=1900&to=1910',
      '/api/alignment?from=2014&to=2018&issue=fisheries',
    ]) {
      const { status, body } = await get(url);
      assert.equal(status, 400, url);
      assert.equal(body.error.code, 'invalid-query', url);
      assert.equal(typeof body.error.message, 'string');
    }
  });

  test('alignment 2014–2018 on human rights: points, explained share and the SVG', {
    skip: skipWithoutGaData,
    timeout: 120_000,
  }, async () => {
    const { status, body } = await get('/api/alignment?from=2014&to=2018&issue=human-rights');
    assert.equal(status, 200);
    assert.deepEqual(
      { from: body.window.from, to: body.window.to, issue: body.window.issue },
      { from: 2014, to: 2018, issue: 'human-rights' },
    );
    assert.ok(body.window.rollCalls > 0);
    assert.ok(body.points.length >= 150, `${body.points.length} states placed`);
    for (const p of body.points) {
      assert.deepEqual(Object.keys(p).sort(), ['code', 'group', 'name', 'x', 'y']);
      assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y));
    }
    const usa = body.points.find((p: { code: string }) => p.code === 'USA');
    const prk = body.points.find((p: { code: string }) => p.code === 'PRK');
    assert.ok(usa.x > 0, 'the United States is the positive anchor');
    assert.ok(prk.x < 0, 'the DPRK votes against it on human rights');
    assert.equal(body.explained.length, 2);
    assert.match(body.svg, /^<svg[^>]*role="img"/);
    assert.equal((body.svg.match(/<circle /g) ?? []).length - 6, body.points.length, 'one circle per state plus six legend dots');
  });
});

describe('alignment without GA data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'council-no-ga-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('answers 503 with a message, not a crash', async () => {
    const app = Fastify();
    installErrorHandler(app);
    analysisRoutes(app, { gaDataDir: join(dir, 'missing') });
    const r = await app.inject({ method: 'GET', url: '/api/alignment?from=2014&to=2018' });
    assert.equal(r.statusCode, 503);
    const body = r.json() as { error: { code: string; message: string } };
    assert.equal(typeof body.error.code, 'string');
    assert.ok(body.error.message.length > 0);
    await app.close();
  });
});
