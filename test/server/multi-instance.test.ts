/**
 * Two server instances (two Fastify apps, two ports, two stores) on one PostgreSQL
 * database stay in sync: a ballot posted to A appears on a WebSocket connected to B.
 * Needs COUNCIL_TEST_PG_URL (scripts/postgres.sh prints one); skipped without it unless CI=true.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandId, createSession, openAgendaVote, startTestServer, type TestServer } from './helpers.js';
import { TestSocket } from './ws-client.js';

const url = process.env.COUNCIL_TEST_PG_URL;
const skip = !url && process.env.CI !== 'true' ? 'COUNCIL_TEST_PG_URL is not set (start one with scripts/postgres.sh)' : false;

async function listening(server: TestServer): Promise<string> {
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const address = server.app.server.address();
  return `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

test('two instances on one PostgreSQL database stay in sync', { skip }, async () => {
  assert.ok(url, 'CI=true requires COUNCIL_TEST_PG_URL');
  const a = await startTestServer({ storeUrl: url });
  const b = await startTestServer({ storeUrl: url });
  try {
    const [, hostB] = [await listening(a), await listening(b)];
    const created = await createSession(a);

    // B has never seen this session: it must find the join code and the chair token in the database.
    const joined = await b.call('POST', '/api/join', { body: { joinCode: created.delegations.find((d) => d.code === 'USA')!.joinCode } });
    assert.equal(joined.statusCode, 200, joined.body);
    const usaToken = (joined.json() as { token: string }).token;
    await openAgendaVote(b, created); // chair commands through B: versions 2..4

    const boardOnB = await TestSocket.open(`ws://${hostB}/ws?session=${created.sessionId}&after=4`);
    const id = commandId();
    const cast = await a.call('POST', `/api/sessions/${created.sessionId}/commands`, {
      token: usaToken,
      body: { id, type: 'cast-ballot', ballot: 'yes' },
    });
    assert.equal(cast.statusCode, 200, cast.body);
    const seen = await boardOnB.until(
      (m) => m.flatMap((x) => x.events ?? []).find((e: { commandId: string }) => e.commandId === id),
      'the ballot on B',
    );
    assert.equal(seen.type, 'ballot-cast.v1');
    assert.equal(seen.data.member, 'USA');
    assert.equal(seen.version, 5);
    assert.deepEqual(boardOnB.versions(), [5]);

    // And back: the chair closes the vote on B, A's view shows it decided.
    const closed = await b.call('POST', `/api/sessions/${created.sessionId}/commands`, {
      token: created.chair.token,
      body: { id: commandId(), type: 'close-vote' },
    });
    assert.equal(closed.statusCode, 200, closed.body);
    const onA = (await a.call('GET', `/api/sessions/${created.sessionId}`)).json() as { state: { votes: unknown[]; openVote: unknown } };
    assert.equal(onA.state.votes.length, 1);
    assert.equal(onA.state.openVote, null);
    // A retried command id sent to the other instance is still applied once.
    const retry = await b.call('POST', `/api/sessions/${created.sessionId}/commands`, {
      token: usaToken,
      body: { id, type: 'cast-ballot', ballot: 'yes' },
    });
    assert.equal(retry.statusCode, 200);
    assert.equal((retry.json() as { version: number }).version, 5);
    await boardOnB.close();
  } finally {
    await a.close();
    await b.close();
  }
});
