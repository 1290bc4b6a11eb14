/**
 * What a deployer needs: one log line per request without secrets, security headers and
 * the content security policy, an OpenAPI document covering every API route (and a page
 * that renders it), a health check naming store, publisher and version.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import { maskUrl } from '../../src/server/logging.js';
import { registeredRoutes } from '../../src/server/route-table.js';
import { createSession, startTestServer, type TestServer } from './helpers.js';

describe('request logs', () => {
  let server: TestServer;
  const lines: string[] = [];
  before(async () => {
    server = await startTestServer({ log: { level: 'info', stream: { write: (line) => void lines.push(line) } } });
  });
  after(() => server.close());

  test('one JSON line per request, with method, path and status, and no token or join code anywhere', async () => {
    const created = await createSession(server);
    const joinCode = created.delegations[0]!.joinCode;
    const joined = await server.call('POST', '/api/join', { body: { joinCode } });
    const delegationToken = (joined.json() as { token: string }).token;
    lines.length = 0;
    const requests: [string, string, string | undefined][] = [
      ['GET', `/api/sessions/${created.sessionId}`, created.chair.token],
      ['GET', `/api/sessions/${created.sessionId}/events?after=0&token=${created.chair.token}`, undefined],
      ['GET', `/join/${joinCode}`, undefined],
      ['POST', `/api/sessions/${created.sessionId}/commands`, delegationToken],
      ['GET', '/api/no-such-route', undefined],
    ];
    for (const [method, url, token] of requests) {
      await server.call(method as 'GET' | 'POST', url, {
        ...(token ? { token } : {}),
        ...(method === 'POST' ? { body: { id: 'x1', type: 'request-floor' } } : {}),
      });
    }
    assert.equal(lines.length, requests.length, `one line per request:\n${lines.join('')}`);
    const parsed = lines.map((l) => JSON.parse(l) as { method: string; url: string; status: number; ms: number; msg: string });
    assert.deepEqual(
      parsed.map((p) => [p.method, p.status]),
      [
        ['GET', 200],
        ['GET', 200],
        ['GET', 200],
        ['POST', 409],
        ['GET', 404],
      ],
    );
    assert.equal(parsed[2]!.url, '/join/[redacted]');
    assert.match(parsed[1]!.url, /token=\[redacted\]/);
    const all = lines.join('');
    for (const secret of [created.chair.token, delegationToken, joinCode]) assert.ok(!all.includes(secret), 'a secret reached the log');
    assert.doesNotMatch(all, /authorization/i, 'headers are not logged');
  });

  test('WebSocket upgrades are logged as one line too', async () => {
    const created = await createSession(server);
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    lines.length = 0;
    const ws = new WebSocket(`ws://127.0.0.1:${(server.app.server.address() as AddressInfo).port}/ws?session=${created.sessionId}`);
    await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
    ws.close();
    const line = JSON.parse(lines.find((l) => l.includes('"upgrade"'))!) as { status: number; url: string };
    assert.equal(line.status, 101);
    assert.match(line.url, /^\/ws\?session=/);
  });

  test('maskUrl masks token parameters and join links, and keeps the rest', () => {
    assert.equal(maskUrl('/api/x?after=3&token=abc&y=1'), '/api/x?after=3&token=[redacted]&y=1');
    assert.equal(maskUrl('/join/ABCDEFGHJKLM?x=1'), '/join/[redacted]?x=1');
    assert.equal(maskUrl('/api/sessions/abc/events?after=0'), '/api/sessions/abc/events?after=0');
  });
});

describe('headers, OpenAPI, health', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ storeKind: 'memory' });
  });
  after(() => server.close());

  test('security headers and a content security policy without inline script or style', async () => {
    const response = await server.call('GET', '/');
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.match(csp, /object-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|upgrade-insecure-requests/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['referrer-policy'], 'no-referrer');
    assert.equal(response.headers['x-frame-options'], 'SAMEORIGIN');
    // On API answers and refusals alike.
    assert.ok((await server.call('GET', '/api/sessions/nope')).headers['content-security-policy']);
  });

  test('/api/openapi.json documents every /api route, with request bodies from the zod schemas', async () => {
    const doc = (await server.call('GET', '/api/openapi.json')).json() as {
      openapi: string;
      info: { version: string };
      paths: Record<
        string,
        Record<string, { requestBody?: { content: { 'application/json': { schema: any } } }; parameters: { name: string }[] }>
      >;
    };
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.info.version, JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)),
    );
    const apiRoutes = registeredRoutes(server.app)
      .filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    assert.ok(apiRoutes.length > 10);
    for (const route of apiRoutes) assert.ok(documented.has(route), `${route} is in the OpenAPI document`);
    for (const route of documented) assert.ok(apiRoutes.includes(route), `${route} is documented but not served`);
    const create = doc.paths['/api/sessions']!.post!.requestBody!.content['application/json'].schema;
    assert.deepEqual(create.properties.format.enum, ['public', 'private', 'consultations', 'arria']);
    assert.ok(create.required.includes('date') && create.required.includes('title'));
    const command = doc.paths['/api/sessions/{id}/commands']!.post!.requestBody!.content['application/json'].schema;
    const ballot = command.anyOf.find((s: any) => s.properties.type.const === 'cast-ballot');
    assert.deepEqual(ballot.properties.ballot.enum, ['yes', 'no', 'abstain', 'non-participation', 'absent']);
    assert.ok(!command.anyOf.some((s: any) => s.properties.type.const === 'create-session'), 'create-session is not a client command');
    assert.ok(!command.anyOf.some((s: any) => 'actor' in s.properties), 'the actor is set by the server, not sent');
    assert.deepEqual(
      doc.paths['/api/sessions/{id}/events']!.get!.parameters.map((p) => p.name),
      ['id', 'after'],
    );
  });

  test('/api/docs renders the document as a page that needs no script', async () => {
    const page = await server.call('GET', '/api/docs');
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /text\/html/);
    assert.match(page.body, /POST \/api\/sessions\/\{id\}\/commands/);
    assert.match(page.body, /cast-ballot/);
    assert.doesNotMatch(page.body, /<script|style=/);
    assert.equal((await server.call('GET', '/api/docs.css')).statusCode, 200);
  });

  test('/api/health names the store, the publisher and the version, and answers 503 when the store fails', async () => {
    const health = (await server.call('GET', '/api/health')).json() as any;
    assert.equal(health.ok, true);
    assert.equal(health.version, JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
    assert.deepEqual([health.store.kind, health.store.ok, health.publisher.kind], ['memory', true, 'in-process']);
    const broken = await startTestServer({ storeKind: 'sqlite' });
    try {
      broken.store.read = async () => {
        throw Object.assign(new Error('disk gone'), { name: 'StoreError', code: 'store-unavailable' });
      };
      const failing = await broken.call('GET', '/api/health');
      assert.equal(failing.statusCode, 503);
      assert.deepEqual([failing.json().ok, failing.json().store.ok, failing.json().store.kind], [false, false, 'sqlite']);
    } finally {
      await broken.close();
    }
  });
});
