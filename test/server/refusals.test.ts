/**
 * A refusal by a rule reaches the client as the rule gave it (its own code and citation),
 * with the status of the one table in src/server/errors.ts; a stored event the engine
 * cannot read is a typed 500, not a silently skipped line.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMAND_ERROR_CODES } from '../../src/protocol/index.js';
import { statusFor } from '../../src/server/errors.js';
import { commandId, createSession, startTestServer, type TestServer } from './helpers.js';

describe('refusals end to end', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const commands = (id: string) => `/api/sessions/${id}/commands`;

  test("a rule's refusal keeps the rule's code and citation over HTTP", async () => {
    const created = await createSession(server);
    const chair = (body: object) =>
      server.call('POST', commands(created.sessionId), { token: created.chair.token, body: { id: commandId(), ...body } });
    assert.equal((await chair({ type: 'open-meeting' })).statusCode, 200);
    assert.equal((await chair({ type: 'propose-agenda', items: [{ title: 'Non-proliferation/DPRK' }] })).statusCode, 200);
    assert.equal((await chair({ type: 'adopt-agenda' })).statusCode, 200);
    const member = await chair({ type: 'propose-invitation', invitee: 'JPN', name: 'Japan', rule: '37' });
    assert.equal(member.statusCode, 409);
    assert.deepEqual(member.json(), {
      error: { code: 'already-a-council-member', message: 'JPN sits on the Council and needs no invitation', rule: 'Rule 37' },
    });
  });

  test('every code a command can be refused with has a 4xx status', () => {
    for (const code of COMMAND_ERROR_CODES) {
      const status = statusFor(code);
      assert.ok(status >= 400 && status < 500, `${code}: ${status}`);
    }
    assert.equal(statusFor('not-chair'), 403);
    assert.equal(statusFor('invalid-command'), 422);
    assert.equal(statusFor('vote-required'), 409);
  });

  test('a malformed stored event is a typed 500, not skipped', async () => {
    const created = await createSession(server);
    await server.store.append(created.sessionId, 1, [{ type: 'ballot-cast.v1', data: { voteId: 7 } }], 'hand-edited');
    const read = await server.call('GET', `/api/sessions/${created.sessionId}`);
    assert.equal(read.statusCode, 500);
    assert.equal((read.json() as { error: { code: string } }).error.code, 'malformed-event');
    assert.ok(!read.body.includes('    at '), 'no stack trace');
  });
});
