/**
 * Model UN caucuses through the server (issue 10 item 2): a phone moves a moderated caucus in a
 * MUN session, the delegations vote from their phones, the caucus runs as public state with the
 * server's start time, a speaker gets its speaking time, an extension carries, the chair ends it.
 * A UN session refuses the same motion, citing the practice.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { commandId, createSession, joinAll, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function opened(practice?: 'mun') {
  const created = await createSession(server, { date: '2017-12-11', title: 'MUN', ...(practice ? { practice } : {}) });
  const url = `/api/sessions/${created.sessionId}/commands`;
  const send = (token: string, body: object) => server.call('POST', url, { token, body: { id: commandId(), ...body } });
  for (const body of [{ type: 'open-meeting' }, { type: 'propose-agenda', items: [{ title: 'Item' }] }, { type: 'adopt-agenda' }])
    assert.equal((await send(created.chair.token, body)).statusCode, 200);
  return { created, send, tokens: await joinAll(server, created) };
}

test('a UN session refuses a caucus motion from a phone, citing the practice', async () => {
  const { send, tokens } = await opened();
  const r = await send(tokens.get('FRA')!, { type: 'move-motion', motionId: 'm', motion: 'unmoderated-caucus', totalSeconds: 600 });
  assert.equal(r.statusCode, 409);
  assert.equal(r.json().error.code, 'practice-not-enabled');
  assert.equal(r.json().error.rule, 'practice: Model UN');
});

test('a MUN session: moved from a phone, voted, the caucus runs, extends and ends', async () => {
  const { created, send, tokens } = await opened('mun');
  const state = async () => (await server.call('GET', `/api/sessions/${created.sessionId}`)).json().state;
  const chair = created.chair.token;
  const moved = await send(tokens.get('FRA')!, {
    type: 'move-motion',
    motionId: 'mod',
    motion: 'moderated-caucus',
    totalSeconds: 600,
    speakingSeconds: 45,
    topic: 'Humanitarian access',
  });
  assert.equal(moved.statusCode, 200, moved.body);
  const bad = await send(tokens.get('CHN')!, {
    type: 'move-motion',
    motionId: 'bad',
    motion: 'moderated-caucus',
    totalSeconds: 30,
    speakingSeconds: 45,
  });
  assert.equal(bad.statusCode, 409);
  assert.equal(bad.json().error.code, 'invalid-caucus-time');

  const voteOn = async (motionId: string, motion: string, yes: number) => {
    assert.equal(
      (await send(chair, { type: 'open-vote', voteId: `v-${motionId}`, question: 'Q', subject: { kind: 'motion', motion, motionId } }))
        .statusCode,
      200,
    );
    let i = 0;
    for (const [, token] of tokens)
      assert.equal((await send(token, { type: 'cast-ballot', ballot: i++ < yes ? 'yes' : 'no' })).statusCode, 200);
    const closed = await send(chair, { type: 'close-vote' });
    assert.equal(closed.statusCode, 200, closed.body);
    return closed.json().events as { type: string; data: Record<string, unknown> }[];
  };
  const before = Date.now();
  const events = await voteOn('mod', 'moderated-caucus', 8);
  assert.deepEqual(
    events.map((e) => e.type),
    ['vote-recorded.v1', 'motion-decided.v1', 'caucus-started.v1'],
  );
  let s = await state();
  assert.equal(s.caucus.kind, 'moderated');
  assert.equal(s.caucus.totalSeconds, 600);
  assert.equal(s.caucus.speakingSeconds, 45);
  assert.equal(s.caucus.topic, 'Humanitarian access');
  const started = Date.parse(s.caucus.startedAt);
  assert.ok(started >= before - 1000 && started <= Date.now() + 1000, 'the server clock starts it');

  // The chair gives the floor: the caucus's speaking time, without naming it.
  assert.equal((await send(chair, { type: 'give-floor', member: 'RUS' })).statusCode, 200);
  s = await state();
  assert.equal(s.floor.member, 'RUS');
  assert.equal(s.floor.limitSeconds, 45);
  assert.equal((await send(tokens.get('RUS')!, { type: 'end-statement' })).statusCode, 200);

  assert.equal(
    (await send(tokens.get('GBR')!, { type: 'move-motion', motionId: 'ext', motion: 'extend-caucus', seconds: 300 })).statusCode,
    200,
  );
  await voteOn('ext', 'extend-caucus', 15);
  assert.equal((await state()).caucus.totalSeconds, 900);

  assert.equal((await send(tokens.get('FRA')!, { type: 'end-caucus' })).statusCode, 403);
  const ended = await send(chair, { type: 'end-caucus' });
  assert.equal(ended.statusCode, 200);
  assert.equal((await state()).caucus, null);
});
