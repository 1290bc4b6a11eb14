/**
 * The President's key travels: a console's own link as a QR code, and co-chair links the
 * President issues and revokes. A co-chair chairs (its commands act as the chair's) but
 * cannot appoint or dismiss co-chairs; a revoked link stops working at once, on this
 * instance and on another one sharing the store; the log never shows the token.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkEvent } from '../../src/protocol/index.js';
import { buildServer } from '../../src/server/app.js';
import { createSession, startTestServer, type Created, type TestServer } from './helpers.js';

let server: TestServer;
let created: Created;

before(async () => {
  server = await startTestServer();
  created = await createSession(server);
});
after(() => server.close());

const base = () => `/api/sessions/${created.sessionId}`;
const command = (type: string, id: string) => ({ id, type });

test("whoami names the holder of a token; the console QR encodes that token's own link", async () => {
  const me = await server.call('GET', `${base()}/whoami`, { token: created.chair.token });
  assert.equal(me.statusCode, 200);
  assert.deepEqual(me.json(), { role: 'chair' });
  const stranger = await server.call('GET', `${base()}/whoami`, { token: 'x'.repeat(43) });
  assert.equal(stranger.statusCode, 401);
  const qr = await server.call('GET', `${base()}/chair/qr.svg`, { token: created.chair.token });
  assert.equal(qr.statusCode, 200);
  assert.match(qr.headers['content-type'] as string, /image\/svg\+xml/);
  assert.match(qr.headers['cache-control'] as string, /no-store/);
  const usa = created.delegations.find((d) => d.code === 'USA')!;
  const token = (await server.call('POST', '/api/join', { body: { joinCode: usa.joinCode } })).json().token as string;
  assert.equal((await server.call('GET', `${base()}/chair/qr.svg`, { token })).statusCode, 403);
  assert.equal((await server.call('GET', `${base()}/chair/qr.svg`)).statusCode, 401);
});

test('a co-chair link chairs, cannot issue co-chairs, and stops working once revoked (on every instance)', async () => {
  const issued = await server.call('POST', `${base()}/co-chairs`, { token: created.chair.token, body: { label: 'Vice-chair' } });
  assert.equal(issued.statusCode, 201);
  const { coChairId, token, url } = issued.json() as { coChairId: string; token: string; url: string };
  assert.equal(url, `/chair/${created.sessionId}#${token}`);
  assert.deepEqual((await server.call('GET', `${base()}/whoami`, { token })).json(), { role: 'chair', coChair: coChairId });
  // The co-chair link has its own QR code, by the console's path: it encodes that link, not the President's.
  const coQr = await server.call('GET', `${base()}/chair/qr.svg`, { token });
  assert.equal(coQr.statusCode, 200);
  assert.match(coQr.headers['content-type'] as string, /image\/svg\+xml/);
  const presidentQr = await server.call('GET', `${base()}/chair/qr.svg`, { token: created.chair.token });
  assert.notEqual(coQr.body, presidentQr.body);

  // The co-chair calls the meeting to order: the engine sees the chair.
  const opened = await server.call('POST', `${base()}/commands`, { token, body: command('open-meeting', 'co-open') });
  assert.equal(opened.statusCode, 200, opened.body);
  assert.equal(opened.json().events[0].type, 'meeting-opened.v1');
  // But it may not appoint another co-chair or list them.
  assert.equal((await server.call('POST', `${base()}/co-chairs`, { token, body: {} })).statusCode, 403);
  assert.equal((await server.call('GET', `${base()}/co-chairs`, { token })).statusCode, 403);

  // The log and every read of it carry no token, not even its hash.
  const events = (await server.call('GET', `${base()}/events?after=0`)).body;
  assert.ok(!events.includes('co-chair-issued.v1'), 'a restricted event: sent as a placeholder');
  assert.ok(JSON.parse(events).events.some((e: { type: string }) => e.type === 'restricted'));
  assert.ok(!events.includes(token));
  assert.ok(!events.includes('credentials'));
  // What is sent must still read as the engine's events: the web app folds them with the checked reducer.
  for (const e of JSON.parse(events).events) if (e.type !== 'restricted') assert.doesNotThrow(() => checkEvent(e), e.type);
  assert.deepEqual((await server.call('GET', `${base()}/co-chairs`, { token: created.chair.token })).json(), {
    coChairs: [{ coChairId, label: 'Vice-chair' }],
  });

  // A second instance on the same store honours the link, then sees it revoked by the first.
  const twin = await buildServer({ store: server.store, webRoot: '/nonexistent/web/dist' });
  try {
    const asTwin = (t: string) => twin.inject({ method: 'GET', url: `${base()}/whoami`, headers: { authorization: `Bearer ${t}` } });
    assert.equal((await asTwin(token)).statusCode, 200);
    const revoked = await server.app.inject({
      method: 'DELETE',
      url: `${base()}/co-chairs/${coChairId}`,
      headers: { authorization: `Bearer ${created.chair.token}` },
    });
    assert.equal(revoked.statusCode, 204);
    assert.equal((await asTwin(token)).statusCode, 401);
    assert.equal((await asTwin(created.chair.token)).statusCode, 200);
  } finally {
    await twin.close();
  }
  const refused = await server.call('POST', `${base()}/commands`, { token, body: command('suspend-meeting', 'co-suspend') });
  assert.equal(refused.statusCode, 401);
  assert.equal(refused.json().error.code, 'bad-token');
  assert.equal((await server.call('GET', `${base()}/chair/qr.svg`, { token })).statusCode, 401, 'a revoked link has no QR code');
  const again = await server.app.inject({
    method: 'DELETE',
    url: `${base()}/co-chairs/${coChairId}`,
    headers: { authorization: `Bearer ${created.chair.token}` },
  });
  assert.equal(again.statusCode, 404);

  // The President's own commands still apply after the direct appends (the engine reloads).
  const suspended = await server.call('POST', `${base()}/commands`, {
    token: created.chair.token,
    body: command('suspend-meeting', 'p-suspend'),
  });
  assert.equal(suspended.statusCode, 200, suspended.body);
});

test('bad input to the co-chair routes answers 4xx with the error shape', async () => {
  const extra = await server.call('POST', `${base()}/co-chairs`, { token: created.chair.token, body: { label: 'x', admin: true } });
  assert.equal(extra.statusCode, 400);
  assert.equal(extra.json().error.code, 'invalid-body');
  const badId = await server.app.inject({
    method: 'DELETE',
    url: `${base()}/co-chairs/..%2F`,
    headers: { authorization: `Bearer ${created.chair.token}` },
  });
  assert.equal(badId.statusCode, 400);
  assert.equal((await server.call('POST', `/api/sessions/nope/co-chairs`, { token: created.chair.token, body: {} })).statusCode, 404);
});
