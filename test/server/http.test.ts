import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BALLOTS_2017_12_11,
  commandId,
  createSession,
  joinAll,
  openAgendaVote,
  startTestServer,
  type Created,
  type TestServer,
} from './helpers.js';

const commands = (c: Created) => `/api/sessions/${c.sessionId}/commands`;

describe('HTTP API', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('create -> join -> vote -> close: the 11 Dec 2017 agenda vote is adopted 10-3-2 as procedural', async () => {
    const created = await createSession(server);
    assert.equal(created.delegations.length, 15);
    assert.deepEqual(new Set(created.delegations.map((d) => d.code)), new Set(Object.keys(BALLOTS_2017_12_11)));
    assert.equal(created.chair.url, `/chair/${created.sessionId}#${created.chair.token}`);
    assert.equal(created.board.url, `/board/${created.sessionId}`);
    for (const d of created.delegations) assert.equal(d.url, `/join/${d.joinCode}`);

    const tokens = await joinAll(server, created);
    await openAgendaVote(server, created);
    for (const [code, ballot] of Object.entries(BALLOTS_2017_12_11)) {
      const r = await server.call('POST', commands(created), {
        token: tokens.get(code)!,
        body: { id: commandId(), type: 'cast-ballot', ballot },
      });
      assert.equal(r.statusCode, 200, r.body);
      const events = (r.json() as { events: { type: string; data: { member: string; ballot: string } }[] }).events;
      assert.equal(events[0]?.type, 'ballot-cast.v1');
      assert.equal(events[0]?.data.member, code);
    }
    const closed = await server.call('POST', commands(created), {
      token: created.chair.token,
      body: { id: commandId(), type: 'close-vote' },
    });
    assert.equal(closed.statusCode, 200, closed.body);
    const recorded = (closed.json() as { events: { type: string; data: any }[] }).events.find((e) => e.type === 'vote-recorded.v1');
    assert.ok(recorded, 'the vote is recorded');
    assert.equal(recorded.data.decision.outcome, 'adopted');
    assert.equal(recorded.data.matter, 'procedural');
    assert.deepEqual([recorded.data.tally.yes, recorded.data.tally.no, recorded.data.tally.abstain], [10, 3, 2]);

    const view = await server.call('GET', `/api/sessions/${created.sessionId}`);
    assert.equal(view.statusCode, 200);
    const body = view.json() as { sessionId: string; version: number; state: any };
    assert.equal(body.state.votes.length, 1);
    assert.equal(body.state.agenda.status, 'adopted');
  });

  test('a join code works however it is typed, and unknown codes get 401', async () => {
    const created = await createSession(server);
    const code = created.delegations[0]!.joinCode;
    const typed = `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase();
    const ok = await server.call('POST', '/api/join', { body: { joinCode: typed } });
    assert.equal(ok.statusCode, 200);
    assert.equal((ok.json() as { code: string }).code, created.delegations[0]!.code);
    assert.equal((ok.json() as { name: string }).name, created.delegations[0]!.name);
    for (const bad of ['AAAAAAAAAAAA', 'short', '!!!!']) {
      const r = await server.call('POST', '/api/join', { body: { joinCode: bad } });
      assert.equal(r.statusCode, 401);
      assert.equal((r.json() as { error: { code: string } }).error.code, 'unknown-join-code');
    }
    const malformed = await server.call('POST', '/api/join', { body: { code: 1 } });
    assert.equal(malformed.statusCode, 400);
  });

  test('401 without a token and with a wrong token', async () => {
    const created = await createSession(server);
    const other = await createSession(server);
    const body = { id: commandId(), type: 'open-meeting' };
    const none = await server.call('POST', commands(created), { body });
    assert.equal(none.statusCode, 401);
    assert.equal((none.json() as { error: { code: string } }).error.code, 'missing-token');
    const wrong = await server.call('POST', commands(created), { token: 'x'.repeat(43), body });
    assert.equal(wrong.statusCode, 401);
    assert.equal((wrong.json() as { error: { code: string } }).error.code, 'bad-token');
    // Another session's chair token is no token here.
    const foreign = await server.call('POST', commands(created), { token: other.chair.token, body });
    assert.equal(foreign.statusCode, 401);
    const malformedHeader = await server.call('POST', commands(created), { headers: { authorization: 'Basic abc' }, body });
    assert.equal(malformedHeader.statusCode, 401);
  });

  test('403: a delegation may not vote for another nor call a chair command', async () => {
    const created = await createSession(server);
    const tokens = await joinAll(server, created);
    await openAgendaVote(server, created);
    const usa = tokens.get('USA')!;
    const asFrance = await server.call('POST', commands(created), {
      token: usa,
      body: { id: commandId(), type: 'cast-ballot', ballot: 'no', actor: { role: 'delegation', code: 'FRA' } },
    });
    assert.equal(asFrance.statusCode, 403);
    assert.equal((asFrance.json() as { error: { code: string } }).error.code, 'not-your-ballot');
    const forFrance = await server.call('POST', commands(created), {
      token: usa,
      body: { id: commandId(), type: 'cast-ballot', ballot: 'no', member: 'FRA' },
    });
    assert.equal(forFrance.statusCode, 403);
    assert.equal((forFrance.json() as { error: { code: string } }).error.code, 'not-your-ballot');

    for (const chairOnly of [{ type: 'close-vote' }, { type: 'open-meeting' }, { type: 'suspend-meeting' }]) {
      const r = await server.call('POST', commands(created), { token: usa, body: { id: commandId(), ...chairOnly } });
      assert.equal(r.statusCode, 403, `${chairOnly.type}: ${r.body}`);
      assert.equal((r.json() as { error: { code: string } }).error.code, 'not-chair');
    }
    const claimChair = await server.call('POST', commands(created), {
      token: usa,
      body: { id: commandId(), type: 'close-vote', actor: { role: 'chair' } },
    });
    assert.equal(claimChair.statusCode, 403);
    // The chair has no ballot of its own.
    const chairBallot = await server.call('POST', commands(created), {
      token: created.chair.token,
      body: { id: commandId(), type: 'cast-ballot', ballot: 'yes' },
    });
    assert.equal(chairBallot.statusCode, 403);
    // Nothing was cast for France by any of this.
    const state = (await server.call('GET', `/api/sessions/${created.sessionId}`)).json() as {
      state: { openVote: { ballots: Record<string, string> } };
    };
    assert.deepEqual(state.state.openVote.ballots, {});
  });

  test('a retried command id is applied once and answered with the original result', async () => {
    const created = await createSession(server);
    const tokens = await joinAll(server, created);
    await openAgendaVote(server, created);
    const body = { id: commandId(), type: 'cast-ballot', ballot: 'yes' };
    const first = await server.call('POST', commands(created), { token: tokens.get('JPN')!, body });
    const again = await server.call('POST', commands(created), { token: tokens.get('JPN')!, body });
    assert.equal(first.statusCode, 200);
    assert.equal(again.statusCode, 200);
    assert.deepEqual(again.json(), first.json());
    const events = (await server.call('GET', `/api/sessions/${created.sessionId}/events?after=0`)).json() as {
      events: { commandId: string }[];
    };
    assert.equal(events.events.filter((e) => e.commandId === body.id).length, 1);
  });

  test('fifteen delegations voting at the same moment are all counted', async () => {
    const created = await createSession(server);
    const tokens = await joinAll(server, created);
    await openAgendaVote(server, created);
    const results = await Promise.all(
      Object.entries(BALLOTS_2017_12_11).map(([code, ballot]) =>
        server.call('POST', commands(created), { token: tokens.get(code)!, body: { id: commandId(), type: 'cast-ballot', ballot } }),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.statusCode),
      Array(15).fill(200),
    );
    assert.deepEqual(
      [...results.map((r) => (r.json() as { version: number }).version)].sort((a, b) => a - b),
      Array.from({ length: 15 }, (_, i) => i + 5),
    );
    const state = (await server.call('GET', `/api/sessions/${created.sessionId}`)).json() as {
      state: { openVote: { ballots: Record<string, string> } };
    };
    assert.deepEqual(state.state.openVote.ballots, BALLOTS_2017_12_11);
  });

  test("rule refusals and malformed commands are 4xx with the engine's code", async () => {
    const created = await createSession(server);
    const tokens = await joinAll(server, created);
    const noVote = await server.call('POST', commands(created), {
      token: tokens.get('USA')!,
      body: { id: commandId(), type: 'cast-ballot', ballot: 'yes' },
    });
    assert.equal(noVote.statusCode, 409);
    assert.equal((noVote.json() as { error: { code: string } }).error.code, 'no-vote-open');
    const unknown = await server.call('POST', commands(created), {
      token: created.chair.token,
      body: { id: commandId(), type: 'fly-to-the-moon' },
    });
    assert.equal(unknown.statusCode, 422);
    assert.equal((unknown.json() as { error: { code: string } }).error.code, 'invalid-command');
    const create = await server.call('POST', commands(created), {
      token: created.chair.token,
      body: { id: commandId(), type: 'create-session' },
    });
    assert.equal(create.statusCode, 422);
    const noId = await server.call('POST', commands(created), { token: created.chair.token, body: { type: 'open-meeting' } });
    assert.equal(noId.statusCode, 400);
    for (const id of ['a\u0000b', '\ud800x', 'x'.repeat(201)]) {
      const badId = await server.call('POST', commands(created), { token: created.chair.token, body: { id, type: 'open-meeting' } });
      assert.equal(badId.statusCode, 400, JSON.stringify(id));
    }
    const notJson = await server.app.inject({
      method: 'POST',
      url: commands(created),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${created.chair.token}` },
      payload: '{nope',
    });
    assert.equal(notJson.statusCode, 400);
    assert.ok((notJson.json() as { error: { code: string; message: string } }).error.message.length > 0);
    assert.ok(!notJson.body.includes('    at '), 'no stack trace');
  });

  test('bad session input: unknown session 404, bad date 400, date without data 422', async () => {
    const missing = await server.call('GET', '/api/sessions/nope');
    assert.equal(missing.statusCode, 404);
    const missingEvents = await server.call('GET', '/api/sessions/nope/events');
    assert.equal(missingEvents.statusCode, 404);
    const badDate = await server.call('POST', '/api/sessions', { body: { date: '11/12/2017', title: 'x' } });
    assert.equal(badDate.statusCode, 400);
    const noTitle = await server.call('POST', '/api/sessions', { body: { date: '2017-12-11' } });
    assert.equal(noTitle.statusCode, 400);
    const noData = await server.call('POST', '/api/sessions', { body: { date: '1900-01-01', title: 'x' } });
    assert.equal(noData.statusCode, 422);
    const badAfter = await server.call('GET', '/api/sessions/abc/events?after=-1');
    assert.equal(badAfter.statusCode, 400);
  });

  test('GET events after N returns exactly the later events', async () => {
    const created = await createSession(server);
    await openAgendaVote(server, created);
    const all = (await server.call('GET', `/api/sessions/${created.sessionId}/events`)).json() as { events: { version: number }[] };
    assert.deepEqual(
      all.events.map((e) => e.version),
      [1, 2, 3, 4],
    );
    const later = (await server.call('GET', `/api/sessions/${created.sessionId}/events?after=2`)).json() as {
      events: { version: number }[];
    };
    assert.deepEqual(
      later.events.map((e) => e.version),
      [3, 4],
    );
  });

  test('the chair (only) gets QR codes and the join codes back', async () => {
    const created = await createSession(server);
    const tokens = await joinAll(server, created);
    const usa = created.delegations.find((d) => d.code === 'USA')!;
    const qr = await server.call('GET', `/api/sessions/${created.sessionId}/delegations/USA/qr.svg`, { token: created.chair.token });
    assert.equal(qr.statusCode, 200);
    assert.match(String(qr.headers['content-type']), /image\/svg\+xml/);
    assert.match(qr.body, /^<svg[\s\S]*<\/svg>\s*$/);
    const asDelegation = await server.call('GET', `/api/sessions/${created.sessionId}/delegations/USA/qr.svg`, {
      token: tokens.get('USA')!,
    });
    assert.equal(asDelegation.statusCode, 403);
    const anonymous = await server.call('GET', `/api/sessions/${created.sessionId}/delegations/USA/qr.svg`);
    assert.equal(anonymous.statusCode, 401);
    const unknownCode = await server.call('GET', `/api/sessions/${created.sessionId}/delegations/ZZZ/qr.svg`, {
      token: created.chair.token,
    });
    assert.equal(unknownCode.statusCode, 404);
    const list = await server.call('GET', `/api/sessions/${created.sessionId}/delegations`, { token: created.chair.token });
    assert.equal(list.statusCode, 200);
    const listed = (list.json() as { delegations: { code: string; joinCode: string }[] }).delegations;
    assert.equal(listed.find((d) => d.code === 'USA')?.joinCode, usa.joinCode);
  });

  test('the Council on a date, and static fallbacks without a web build', async () => {
    const council = await server.call('GET', '/api/council?date=2017-12-11');
    assert.equal(council.statusCode, 200);
    const body = council.json() as { members: { code: string }[]; president: { code: string } | null };
    assert.equal(body.members.length, 15);
    assert.equal(body.president?.code, 'JPN'); // Japan presided in December 2017
    assert.equal((await server.call('GET', '/api/council?date=bad')).statusCode, 400);

    const home = await server.call('GET', '/');
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /npm run build/);
    const spa = await server.call('GET', '/board/abc');
    assert.equal(spa.statusCode, 200);
    assert.match(spa.body, /npm run build/);
    const api404 = await server.call('GET', '/api/nothing-here');
    assert.equal(api404.statusCode, 404);
    assert.equal((api404.json() as { error: { code: string } }).error.code, 'not-found');
  });

  test('no response ever carries the stored credentials', async () => {
    // Runs last in this suite: scans every body the tests above received.
    const created = await createSession(server);
    await server.call('GET', `/api/sessions/${created.sessionId}`);
    await server.call('GET', `/api/sessions/${created.sessionId}/events?after=0`);
    const stored = await server.store.read(created.sessionId, 0);
    assert.ok(!JSON.stringify(stored).includes('credentials'), 'the event log holds no credentials');
    const credentials = (await server.store.identities.get(created.sessionId))!;
    assert.ok(Object.keys(credentials).length > 10, 'the identity store does hold them');
    // Hashes and sealed secrets (delegations' names are kept beside them and are public).
    const secrets = Object.entries(credentials)
      .filter(([k, v]) => !k.startsWith('name:') && v.length > 30)
      .map(([, v]) => v);
    assert.ok(server.bodies.length > 50);
    for (const body of server.bodies) {
      assert.ok(!body.includes('"credentials"'), `a response carries credentials: ${body.slice(0, 120)}`);
      for (const secret of secrets) assert.ok(!body.includes(secret));
    }
  });
});

describe('join rate limit', () => {
  test('a join flood from one address gets 429 with a message', async () => {
    const server = await startTestServer({ joinRateLimit: { max: 5, timeWindowMs: 60_000 } });
    try {
      const created = await createSession(server);
      const statuses: number[] = [];
      let last = '';
      for (let i = 0; i < 8; i++) {
        const r = await server.call('POST', '/api/join', { body: { joinCode: created.delegations[i]!.joinCode } });
        statuses.push(r.statusCode);
        last = r.body;
      }
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429, 429]);
      const error = (JSON.parse(last) as { error: { code: string; message: string } }).error;
      assert.equal(error.code, 'rate-limited');
      assert.ok(error.message.length > 10);
      // Another address is not affected.
      const other = await server.app.inject({
        method: 'POST',
        url: '/api/join',
        remoteAddress: '10.0.0.9',
        payload: { joinCode: created.delegations[9]!.joinCode },
      });
      assert.equal(other.statusCode, 200);
    } finally {
      await server.close();
    }
  });
});
