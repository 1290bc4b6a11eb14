/**
 * A command id is scoped to its sender and body (issue 8): a retry answers with the
 * first result, but the same id from another sender, or with another body, is refused
 * with 409 command-id-reused and writes nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSession, joinAll, openAgendaVote, startTestServer } from './helpers.js';

for (const storeUrl of ['memory:', ...(process.env.COUNCIL_TEST_PG_URL ? [process.env.COUNCIL_TEST_PG_URL] : [])]) {
  test(`${storeUrl.split(':')[0]}: the same id from another sender or with another body is 409 command-id-reused`, async () => {
    const server = await startTestServer({ storeUrl });
    try {
      const created = await createSession(server);
      const tokens = await joinAll(server, created);
      await openAgendaVote(server, created);
      const post = (code: string, body: object) =>
        server.call('POST', `/api/sessions/${created.sessionId}/commands`, { token: tokens.get(code)!, body });
      const id = `ballot-${created.sessionId}`;
      const first = await post('USA', { id, type: 'cast-ballot', ballot: 'yes' });
      assert.equal(first.statusCode, 200, first.body);
      const retry = await post('USA', { id, type: 'cast-ballot', ballot: 'yes' });
      assert.equal(retry.statusCode, 200);
      assert.deepEqual(retry.json(), first.json(), 'a retry answers with the first result');

      const otherSender = await post('GBR', { id, type: 'cast-ballot', ballot: 'yes' });
      assert.equal(otherSender.statusCode, 409, otherSender.body);
      assert.equal((otherSender.json() as { error: { code: string } }).error.code, 'command-id-reused');
      const otherBody = await post('USA', { id, type: 'cast-ballot', ballot: 'no' });
      assert.equal(otherBody.statusCode, 409, otherBody.body);
      assert.equal((otherBody.json() as { error: { code: string } }).error.code, 'command-id-reused');

      const events = (await server.store.read(created.sessionId)).filter((e) => e.type === 'ballot-cast.v1');
      assert.deepEqual(
        events.map((e) => (e.data as { member: string }).member),
        ['USA'],
        'GBR did not vote through the reused id',
      );
      const gbr = await post('GBR', { id: `${id}-gbr`, type: 'cast-ballot', ballot: 'yes' });
      assert.equal(gbr.statusCode, 200, 'GBR votes with its own id');
    } finally {
      await server.close();
    }
  });
}
