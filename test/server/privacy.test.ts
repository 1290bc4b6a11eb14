/**
 * Private meetings (spec R41) and consultations (R42) are read only by their participants;
 * the public sees a private meeting's communiqué once it has closed (Rule 55), and nothing
 * of consultations. Every route the server registers is listed below, either as a session
 * read (tested against each kind of reader) or with the reason it reveals no session: a new
 * route that is in neither list fails the first test.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import { registeredRoutes } from '../../src/server/route-table.js';
import { commandId, createSession, joinAll, startTestServer, type Created, type TestServer } from './helpers.js';

/** A line said in the meeting: it must never reach the public. */
const SECRET_LINE = 'Zanzibar-7 is a line only the participants may read';

type Reader = 'public' | 'outsider' | 'delegation' | 'chair';
type Kind = 'private-open' | 'private-closed' | 'consultations' | 'public';

/** method + path of every route that reads (or acts on) one session, with how to call it. */
const SESSION_ROUTES: Record<string, (id: string) => string[]> = {
  'GET /api/sessions/:id': (id) => [`/api/sessions/${id}`],
  'GET /api/sessions/:id/events': (id) => [`/api/sessions/${id}/events?after=0`],
  'GET /api/sessions/:id/export.:format': (id) => ['md', 'html', 'pdf', 'csv', 'json'].map((f) => `/api/sessions/${id}/export.${f}`),
  'GET /api/sessions/:id/communique': (id) => [`/api/sessions/${id}/communique`],
  'GET /api/sessions/:id/delegations': (id) => [`/api/sessions/${id}/delegations`],
  'GET /api/sessions/:id/delegations/:code/qr.svg': (id) => [`/api/sessions/${id}/delegations/USA/qr.svg`],
  'POST /api/sessions/:id/commands': (id) => [`/api/sessions/${id}/commands`],
  'GET /api/sessions/:id/documents/:file': (id) => [`/api/sessions/${id}/documents/doc1.html`, `/api/sessions/${id}/documents/doc1.pdf`],
  'GET /api/sessions/:id/chair/qr.svg': (id) => [`/api/sessions/${id}/chair/qr.svg`],
  'GET /api/sessions/:id/co-chairs': (id) => [`/api/sessions/${id}/co-chairs`],
  'POST /api/sessions/:id/co-chairs': (id) => [`/api/sessions/${id}/co-chairs`],
};

/** Routes that reveal no session, and why. */
const OTHER_ROUTES: Record<string, string> = {
  'POST /api/sessions': 'creates a new session and answers only its creator',
  'POST /api/join': 'needs a join code, a secret handed to the delegation',
  'GET /api/council': 'history data (who sat on the Council on a date)',
  'GET /api/roster': "history data (a body's members on a date)",
  'GET /api/fixtures': 'historical meetings, all public',
  'GET /api/fixtures/:id': 'one historical meeting, public',
  'GET /api/forecast': 'analysis of public GA votes',
  'GET /api/alignment': 'analysis of public GA votes',
  'GET /api/power': 'voting-power indices',
  'GET /api/health': 'counts only',
  'GET /api/openapi.json': 'the API description',
  'GET /api/docs': 'the API description as a page',
  'GET /api/docs.css': 'its stylesheet',
  'GET /': 'the web app (no build in this test: a placeholder page)',
  'GET /*': "the web app's static files",
  'GET /api/sessions/:id/whoami': 'says only who the presented token is; any other reader gets 401 (test/server/co-chair.test.ts)',
  'GET /api/sessions/:id/notes': "restricted notes, for the chair's and the named delegation's tokens only (test/server/notes.test.ts)",
  'DELETE /api/sessions/:id/co-chairs/:coChairId': "the President's token only; answers no content (test/server/co-chair.test.ts)",
};

/** Chair-only routes: a delegation is refused them in every kind of session. */
const CHAIR_ONLY = new Set([
  'GET /api/sessions/:id/delegations',
  'GET /api/sessions/:id/delegations/:code/qr.svg',
  'GET /api/sessions/:id/chair/qr.svg',
  'GET /api/sessions/:id/co-chairs',
  'POST /api/sessions/:id/co-chairs',
]);

describe('private meetings and consultations: participants only', () => {
  let server: TestServer;
  const sessions = new Map<Kind, Created>();
  const tokens = new Map<Kind, Map<string, string>>();
  let outsiderToken = '';

  before(async () => {
    server = await startTestServer();
    for (const [kind, format] of [
      ['private-open', 'private'],
      ['private-closed', 'private'],
      ['consultations', 'consultations'],
      ['public', 'public'],
    ] as const) {
      const created = await createSession(server, { date: '2017-12-11', title: `A ${format} meeting`, format });
      sessions.set(kind, created);
      tokens.set(kind, await joinAll(server, created));
      const steps: object[] = [
        { id: commandId(), type: 'open-meeting' },
        { id: commandId(), type: 'make-statement', speaker: 'USA', summary: SECRET_LINE },
        ...(kind === 'private-closed' ? [{ id: commandId(), type: 'close-meeting' }] : []),
      ];
      // A letter issued in the meeting, which carries the line too (its document is as private as the meeting).
      const letter = {
        id: commandId(),
        type: 'submit-communication',
        communicationId: 'l1',
        addressee: 'president-of-the-council',
        title: 'Letter dated 11 December 2017 from the Permanent Representative of France',
        paragraphs: [SECRET_LINE],
        circulation: { council: true },
      };
      const submitted = await server.call('POST', `/api/sessions/${created.sessionId}/commands`, {
        token: tokens.get(kind)!.get('FRA')!,
        body: letter,
      });
      assert.equal(submitted.statusCode, 200, submitted.body);
      steps.splice(2, 0, {
        id: commandId(),
        type: 'issue-document',
        documentId: 'doc1',
        of: { kind: 'communication', communicationId: 'l1' },
      });
      for (const step of steps) {
        const r = await server.call('POST', `/api/sessions/${created.sessionId}/commands`, { token: created.chair.token, body: step });
        assert.equal(r.statusCode, 200, `${kind} ${JSON.stringify(step)}: ${r.body}`);
      }
    }
    outsiderToken = (await createSession(server)).chair.token;
  });
  after(() => server.close());

  function tokenFor(kind: Kind, reader: Reader): string | undefined {
    if (reader === 'public') return undefined;
    if (reader === 'outsider') return outsiderToken;
    if (reader === 'chair') return sessions.get(kind)!.chair.token;
    return tokens.get(kind)!.get('FRA');
  }

  test('every registered route is either a session route tested here or listed with why it reveals no session', () => {
    const seen = registeredRoutes(server.app)
      .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS')
      .map((r) => `${r.method} ${r.url}`);
    assert.ok(seen.length >= Object.keys(SESSION_ROUTES).length, 'the route table is recorded');
    const unclassified = seen.filter((r) => !(r in SESSION_ROUTES) && !(r in OTHER_ROUTES));
    assert.deepEqual(unclassified, [], 'a new route needs a privacy test (SESSION_ROUTES) or a reason (OTHER_ROUTES)');
    for (const route of Object.keys(SESSION_ROUTES)) assert.ok(seen.includes(route), `${route} is still registered`);
  });

  /** What `reader` gets from each session route of a `kind` session: status per URL. */
  async function sweep(kind: Kind, reader: Reader, method: 'GET' | 'HEAD' = 'GET') {
    const id = sessions.get(kind)!.sessionId;
    const token = tokenFor(kind, reader);
    const results: { route: string; url: string; status: number; body: string }[] = [];
    for (const [route, urls] of Object.entries(SESSION_ROUTES)) {
      for (const url of urls(id)) {
        const post = route.startsWith('POST');
        const response = await server.app.inject({
          method: post ? 'POST' : method,
          url,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          ...(post ? { payload: { id: commandId(), type: 'request-floor' } } : {}),
        });
        results.push({ route, url, status: response.statusCode, body: response.body });
      }
    }
    return results;
  }

  for (const kind of ['private-open', 'private-closed', 'consultations'] as const) {
    for (const reader of ['public', 'outsider'] as const) {
      test(`${kind}: ${reader === 'public' ? 'no token' : "another session's token"} reads nothing but what the rules publish`, async () => {
        for (const method of ['GET', 'HEAD'] as const) {
          for (const r of await sweep(kind, reader, method)) {
            const what = `${method} ${r.url}`;
            assert.doesNotMatch(r.body, /Zanzibar-7/, `${what} leaks the proceedings`);
            // A wrong token is refused rather than ignored (the client learns its token is wrong).
            const publishes =
              reader === 'public' && kind === 'private-closed' && (/export\.(md|html|pdf)$/.test(r.url) || r.url.endsWith('/communique'));
            const announcesNothingYet = kind === 'private-open' && r.url.endsWith('/communique') && reader === 'public';
            if (publishes || announcesNothingYet) {
              assert.equal(r.status, 200, `${what}: the communiqué is public (Rule 55): ${r.body}`);
              continue;
            }
            assert.ok(r.status === 401 || r.status === 403, `${what} must refuse the ${reader}: got ${r.status} ${r.body.slice(0, 200)}`);
            if (method === 'GET') assert.ok(JSON.parse(r.body).error.code, `${what}: the JSON error shape`);
          }
        }
      });
    }

    for (const reader of ['delegation', 'chair'] as const) {
      test(`${kind}: the ${reader} reads every session route`, async () => {
        for (const r of await sweep(kind, reader)) {
          if (reader === 'delegation' && CHAIR_ONLY.has(r.route)) {
            assert.equal(r.status, 403, `${r.url}: chair only`);
            continue;
          }
          if (r.route.startsWith('POST')) {
            // The command reached the engine (a rule may still refuse it): not an authentication failure.
            assert.ok(r.status !== 401 && r.status !== 404, `${r.url}: ${r.status} ${r.body}`);
            continue;
          }
          if (r.url.endsWith('/communique')) {
            assert.equal(r.status, kind === 'consultations' ? 404 : 200, `${r.url}: ${r.body}`);
            continue;
          }
          assert.equal(r.status, 200, `${r.url}: ${r.body.slice(0, 300)}`);
        }
      });
    }
  }

  test('the participants read the proceedings: state and events carry the statement', async () => {
    const created = sessions.get('private-open')!;
    const state = await server.call('GET', `/api/sessions/${created.sessionId}`, { token: tokens.get('private-open')!.get('CHN')! });
    assert.match(state.body, /Zanzibar-7/);
    const events = await server.call('GET', `/api/sessions/${created.sessionId}/events`, { token: created.chair.token });
    assert.match(events.body, /Zanzibar-7/);
  });

  test('a closed private meeting publishes its communiqué, and only that', async () => {
    const id = sessions.get('private-closed')!.sessionId;
    const communique = await server.call('GET', `/api/sessions/${id}/communique`);
    const body = communique.json() as { issued: boolean; communique: string };
    assert.equal(body.issued, true);
    assert.match(body.communique, /held in private/);
    const md = await server.call('GET', `/api/sessions/${id}/export.md`);
    assert.match(md.body, /communiqué/);
    assert.doesNotMatch(md.body, /Zanzibar-7/);
    const open = await server.call('GET', `/api/sessions/${sessions.get('private-open')!.sessionId}/communique`);
    assert.deepEqual([open.json().issued, open.json().communique], [false, null], 'no communiqué before the meeting closes');
  });

  test('a public meeting stays readable by anyone, without a token', async () => {
    for (const r of await sweep('public', 'public')) {
      if (CHAIR_ONLY.has(r.route) || r.route.startsWith('POST')) {
        assert.equal(r.status, 401, r.url);
        continue;
      }
      if (r.url.endsWith('/communique')) {
        assert.equal(r.status, 404, r.url);
        continue;
      }
      assert.equal(r.status, 200, `${r.url}: ${r.body.slice(0, 200)}`);
    }
  });

  describe('the live socket', () => {
    let base = '';
    before(async () => {
      await server.app.listen({ port: 0, host: '127.0.0.1' });
      base = `ws://127.0.0.1:${(server.app.server.address() as AddressInfo).port}/ws`;
    });

    /** The upgrade's HTTP status, or 101 and the first events frame. */
    function connect(sessionId: string, options: { token?: string; protocolToken?: string } = {}) {
      return new Promise<{ status: number; protocol?: string; events?: string }>((resolve, reject) => {
        const protocols = options.protocolToken ? ['council', `council.token.${options.protocolToken}`] : undefined;
        const ws = new WebSocket(`${base}?session=${sessionId}&after=0`, protocols, {
          headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
        });
        ws.once('unexpected-response', (_req, res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d));
          res.on('end', () => {
            assert.doesNotMatch(body, /Zanzibar-7/);
            resolve({ status: res.statusCode ?? 0 });
          });
        });
        ws.once('message', (data) => {
          resolve({ status: 101, protocol: ws.protocol, events: data.toString() });
          ws.close();
        });
        ws.once('error', reject);
      });
    }

    for (const kind of ['private-open', 'private-closed', 'consultations'] as const) {
      test(`${kind}: the public and outsiders are refused at the upgrade; participants are streamed the events`, async () => {
        const created = sessions.get(kind)!;
        assert.equal((await connect(created.sessionId)).status, 401, 'no token');
        assert.equal((await connect(created.sessionId, { token: outsiderToken })).status, 401, "another session's token");
        assert.equal(
          (await connect(created.sessionId, { protocolToken: outsiderToken })).status,
          401,
          "another session's token as a subprotocol",
        );
        const delegation = await connect(created.sessionId, { token: tokens.get(kind)!.get('RUS')! });
        assert.equal(delegation.status, 101);
        assert.match(delegation.events!, /Zanzibar-7/);
        const browser = await connect(created.sessionId, { protocolToken: created.chair.token });
        assert.equal(browser.status, 101);
        assert.equal(browser.protocol, 'council', 'the server selects the plain subprotocol, never echoing the token');
        assert.match(browser.events!, /Zanzibar-7/);
      });
    }

    test('public: anyone may watch the board', async () => {
      const watched = await connect(sessions.get('public')!.sessionId);
      assert.equal(watched.status, 101);
    });
  });
});
