/**
 * Division over HTTP (Rule 32; GA rule 89 [129]): a delegation's token asks and objects for itself
 * only; refusals come back 409 with the rule; a Third Committee objection sends the motion for
 * division to a vote decided from the delegations' own ballots.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { commandId, createSession, startTestServer, type Created, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const join = async (created: Created, code: string) => {
  const joinCode = created.delegations.find((d) => d.code === code)!.joinCode;
  return (await server.call('POST', '/api/join', { body: { joinCode } })).json().token as string;
};
const send = (created: Created, token: string, body: Record<string, unknown>) =>
  server.call('POST', `/api/sessions/${created.sessionId}/commands`, { token, body: { id: commandId(), ...body } });
const DRAFT = { type: 'submit-draft', draftId: 'd', title: 'Draft', operative: ['Decides A;', 'Decides B;'] };

test("Council: another member's objection is refused 409 citing Rule 32; the sponsor's blocks the division", async () => {
  const created = await createSession(server);
  const [usa, rus] = [await join(created, 'USA'), await join(created, 'RUS')];
  const chair = created.chair.token;
  for (const body of [{ type: 'open-meeting' }, { type: 'propose-agenda', items: [{ title: 'Item' }] }, { type: 'adopt-agenda' }]) {
    assert.equal((await send(created, chair, body)).statusCode, 200);
  }
  assert.equal((await send(created, usa, { ...DRAFT, sponsors: ['USA'] })).statusCode, 200);
  const asked = await send(created, rus, {
    type: 'request-division',
    divisionId: 'x',
    draftId: 'd',
    parts: [{ part: 'operative', index: 1 }],
  });
  assert.equal(asked.statusCode, 200, asked.body);
  assert.equal(asked.json().events[0].data.by, 'RUS');
  const forOther = await send(created, rus, { type: 'object-to-division', divisionId: 'x', member: 'USA' });
  assert.equal(forOther.statusCode, 403, 'a delegation acts for itself');
  const refused = await send(created, await join(created, 'CHN'), { type: 'object-to-division', divisionId: 'x' });
  assert.equal(refused.statusCode, 409);
  assert.deepEqual(refused.json().error.code, 'not-the-mover');
  assert.equal(refused.json().error.rule, 'Rule 32');
  const blocked = await send(created, usa, { type: 'object-to-division', divisionId: 'x' });
  assert.deepEqual(
    blocked.json().events.map((e: { type: string }) => e.type),
    ['division-objected.v1', 'division-decided.v1'],
  );
  const state = (await server.call('GET', `/api/sessions/${created.sessionId}`)).json();
  assert.equal(state.state.divisions[0].status, 'blocked');
});

test("Third Committee: an objection, then the motion for division voted from the delegations' ballots", async () => {
  const created = await createSession(server, { body: 'ga-main-committee', committee: 3, date: '2014-11-18', title: 'Third Committee' });
  const chair = created.chair.token;
  const [jpn, cub, prk] = [await join(created, 'JPN'), await join(created, 'CUB'), await join(created, 'PRK')];
  assert.equal((await send(created, chair, { type: 'open-meeting' })).statusCode, 200);
  assert.equal((await send(created, jpn, { ...DRAFT, sponsors: ['JPN'] })).statusCode, 200);
  assert.equal(
    (await send(created, cub, { type: 'request-division', divisionId: 'x', draftId: 'd', parts: [{ part: 'operative', index: 0 }] }))
      .statusCode,
    200,
  );
  assert.equal((await send(created, jpn, { type: 'object-to-division', divisionId: 'x' })).statusCode, 200);
  const agreed = await send(created, chair, { type: 'agree-division', divisionId: 'x' });
  assert.equal(agreed.statusCode, 409);
  assert.deepEqual([agreed.json().error.code, agreed.json().error.rule], ['division-needs-vote', 'GA rule 129']);
  const opened = await send(created, chair, {
    type: 'open-vote',
    voteId: 'm',
    question: 'Motion for division',
    subject: { kind: 'division', divisionId: 'x' },
  });
  assert.equal(opened.statusCode, 200, opened.body);
  for (const [token, ballot] of [
    [cub, 'yes'],
    [prk, 'yes'],
    [jpn, 'no'],
  ] as const) {
    assert.equal((await send(created, token, { type: 'cast-ballot', ballot })).statusCode, 200);
  }
  const closed = await send(created, chair, { type: 'close-vote' });
  assert.equal(closed.statusCode, 200, closed.body);
  const decided = closed.json().events.find((e: { type: string }) => e.type === 'division-decided.v1');
  assert.deepEqual([decided.data.outcome, decided.data.method], ['agreed', 'vote']);
  const part = await send(created, chair, { type: 'open-vote', voteId: 'p', question: 'OP 1', subject: { kind: 'part', divisionId: 'x' } });
  assert.deepEqual(part.json().events[0].data.subject, { kind: 'part', divisionId: 'x', part: { part: 'operative', index: 0 } });
});
