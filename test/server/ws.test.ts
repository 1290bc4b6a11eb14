import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { commandId, createSession, joinAll, openAgendaVote, startTestServer, type TestServer } from './helpers.js';
import { TestSocket } from './ws-client.js';

describe('WebSocket', () => {
  let server: TestServer;
  let base: string;
  before(async () => {
    server = await startTestServer();
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const address = server.app.server.address();
    base = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  after(() => server.close());

  test('resume from after=N delivers exactly the missed events, then live ones', async () => {
    const created = await createSession(server);
    const tokens = await joinAll(server, created);
    await openAgendaVote(server, created); // versions 1..4
    const socket = await TestSocket.open(`${base}/ws?session=${created.sessionId}&after=2`);
    await socket.until((m) => socket.versions().length >= 2 && m, 'the missed events');
    assert.deepEqual(socket.versions(), [3, 4]);

    await server.call('POST', `/api/sessions/${created.sessionId}/commands`, {
      token: tokens.get('FRA')!,
      body: { id: commandId(), type: 'cast-ballot', ballot: 'yes' },
    });
    await socket.until(() => socket.versions().includes(5), 'the live ballot');
    assert.deepEqual(socket.versions(), [3, 4, 5]);
    const ballot = socket.messages.flatMap((m) => m.events ?? []).find((e: { version: number }) => e.version === 5);
    assert.equal(ballot.type, 'ballot-cast.v1');
    assert.equal(ballot.data.member, 'FRA');
    await socket.close();
  });

  test('a board from the start sees every event once and in order, without credentials', async () => {
    const created = await createSession(server);
    const board = await TestSocket.open(`${base}/ws?session=${created.sessionId}&after=0`);
    const tokens = await joinAll(server, created);
    await openAgendaVote(server, created);
    for (const code of ['USA', 'CHN', 'EGY']) {
      await server.call('POST', `/api/sessions/${created.sessionId}/commands`, {
        token: tokens.get(code)!,
        body: { id: commandId(), type: 'cast-ballot', ballot: 'abstain' },
      });
    }
    await board.until(() => board.versions().length >= 7, 'seven events');
    assert.deepEqual(board.versions(), [1, 2, 3, 4, 5, 6, 7]);
    const first = board.messages[0].events[0];
    assert.equal(first.type, 'session-created.v1');
    assert.ok(!('credentials' in first.data));
    assert.ok(!JSON.stringify(board.messages).includes('credentials'));
    await board.close();
  });

  test('commands over the socket: results, refusals, and a retried id counted once', async () => {
    const created = await createSession(server);
    const tokens = await joinAll(server, created);
    await openAgendaVote(server, created);
    const socket = await TestSocket.open(`${base}/ws?session=${created.sessionId}&after=4`);
    const id = commandId();
    socket.send({ type: 'command', token: tokens.get('GBR')!, command: { id, type: 'cast-ballot', ballot: 'yes' } });
    socket.send({ type: 'command', token: tokens.get('GBR')!, command: { id, type: 'cast-ballot', ballot: 'yes' } });
    socket.send({ type: 'command', token: tokens.get('GBR')!, command: { id: 'x1', type: 'close-vote' } });
    socket.send({ type: 'command', token: 'not-a-token', command: { id: 'x2', type: 'close-vote' } });
    socket.send({ type: 'ping' });
    socket.send('garbage' as unknown);
    const results = await socket.until((m) => {
      const r = m.filter((x) => x.type === 'result');
      return r.length >= 4 && r;
    }, 'four results');
    const byId = (x: string) => results.filter((r: { id: string }) => r.id === x);
    assert.equal(byId(id).length, 2);
    assert.ok(byId(id).every((r: { ok: boolean; version: number }) => r.ok && r.version === 5));
    assert.equal(byId('x1')[0].ok, false);
    assert.equal(byId('x1')[0].error.code, 'not-chair');
    assert.equal(byId('x2')[0].error.code, 'bad-token');
    await socket.until((m) => m.some((x) => x.type === 'pong'), 'pong');
    await socket.until((m) => m.some((x) => x.type === 'error' && x.error.code === 'invalid-message'), 'an invalid-message error');
    const events = (await server.call('GET', `/api/sessions/${created.sessionId}/events?after=4`)).json() as {
      events: { commandId: string }[];
    };
    assert.equal(events.events.filter((e) => e.commandId === id).length, 1);
    await socket.close();
  });

  test('unknown sessions and bad queries are refused at the upgrade', async () => {
    await assert.rejects(TestSocket.open(`${base}/ws?session=nope&after=0`), /HTTP 404/);
    await assert.rejects(TestSocket.open(`${base}/ws?after=0`), /HTTP 400/);
    await assert.rejects(TestSocket.open(`${base}/ws?session=abc&after=-3`), /HTTP 400/);
    await assert.rejects(TestSocket.open(`${base}/elsewhere`), /HTTP 404/);
  });

  test('the server pings at the heartbeat and closes sockets cleanly on shutdown', async () => {
    const quick = await startTestServer({ heartbeatMs: 50 });
    await quick.app.listen({ port: 0, host: '127.0.0.1' });
    const address = quick.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const created = await createSession(quick);
    const socket = await TestSocket.open(`ws://127.0.0.1:${port}/ws?session=${created.sessionId}`);
    await socket.until((m) => m.some((x) => x.type === 'ping'), 'an app-level ping');
    const closed = new Promise<number>((resolve) => socket.ws.once('close', (code) => resolve(code)));
    await quick.close();
    assert.ok([1001, 1006].includes(await closed));
  });
});
