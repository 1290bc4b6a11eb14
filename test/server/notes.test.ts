/**
 * A note between a delegation and the chair is private. It is stored in the session's log
 * as a restricted event; a public reader cannot see its content by any route — the HTTP
 * state, the HTTP event list, the WebSocket stream (live and on resume), or any export —
 * and among tokens only the chair's and that delegation's read it. The live stream also
 * carries the server's time, for the floor's countdown.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { EXPORT_FORMATS } from '../../src/records/render.js';
import { createSession, startTestServer, type Created, type TestServer } from './helpers.js';
import { TestSocket } from './ws-client.js';

const SECRET = 'Our capital will abstain — please keep this between us';
let server: TestServer;
let created: Created;
let url = '';
const tokens = new Map<string, string>();

before(async () => {
  server = await startTestServer();
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const address = server.app.server.address();
  url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/ws`;
  created = await createSession(server);
  for (const code of ['FRA', 'CHN']) {
    const joinCode = created.delegations.find((d) => d.code === code)!.joinCode;
    tokens.set(code, (await server.call('POST', '/api/join', { body: { joinCode } })).json().token);
  }
});
after(() => server.close());

const commands = () => `/api/sessions/${created.sessionId}/commands`;

test('a note reaches the chair and its author; the public, and other delegations, see only a placeholder', async () => {
  const live = await TestSocket.open(`${url}?session=${created.sessionId}&after=0`);
  try {
    assert.equal(
      (await server.call('POST', commands(), { token: created.chair.token, body: { id: 'open', type: 'open-meeting' } })).statusCode,
      200,
    );
    const sent = await server.call('POST', commands(), {
      token: tokens.get('FRA'),
      body: { id: 'note-1', type: 'send-note', noteId: 'n1', text: SECRET },
    });
    assert.equal(sent.statusCode, 200, sent.body);
    assert.equal(sent.json().events[0].type, 'note-sent.v1', 'the author gets its own note back');
    const version = sent.json().version as number;

    // WebSocket, live: the version arrives, as a placeholder.
    const placeholder = await live.until(
      (ms) => ms.flatMap((m) => (m.type === 'events' ? m.events : [])).find((e: { version: number }) => e.version === version),
      "the note's version",
    );
    assert.deepEqual(
      { type: placeholder.type, data: placeholder.data, commandId: placeholder.commandId },
      { type: 'restricted', data: {}, commandId: null },
    );
    const frames = live.messages.filter((m) => m.type === 'events');
    assert.ok(
      frames.every((m) => typeof m.serverTime === 'number' && Math.abs(m.serverTime - Date.now()) < 10_000),
      'each frame carries the server time',
    );
    // WebSocket, resumed from 0 by a late reader.
    const late = await TestSocket.open(`${url}?session=${created.sessionId}&after=0`);
    await late.until((ms) => late.versions().includes(version) && ms, 'a resume');
    assert.ok(!JSON.stringify(late.messages).includes(SECRET));
    await late.close();
    assert.ok(!JSON.stringify(live.messages).includes(SECRET));
  } finally {
    await live.close();
  }

  // HTTP: the public state and event list.
  const state = await server.call('GET', `/api/sessions/${created.sessionId}`);
  const events = await server.call('GET', `/api/sessions/${created.sessionId}/events?after=0`);
  for (const body of [state.body, events.body]) {
    assert.ok(!body.includes(SECRET));
    assert.ok(!body.includes('note-sent'));
  }
  assert.ok(events.json().events.some((e: { type: string }) => e.type === 'restricted'));
  // Every text export (the PDF's text streams are compressed; it is rendered from the same filtered events).
  for (const format of EXPORT_FORMATS.filter((f) => f !== 'pdf')) {
    const exported = await server.call('GET', `/api/sessions/${created.sessionId}/export.${format}`);
    assert.equal(exported.statusCode, 200, `export.${format}`);
    assert.ok(!exported.body.includes(SECRET) && !exported.body.includes('note-sent'), `export.${format}`);
  }

  // The notes route: the chair and France read it; China and the public cannot.
  const notes = `/api/sessions/${created.sessionId}/notes`;
  const forChair = await server.call('GET', notes, { token: created.chair.token });
  assert.equal(forChair.statusCode, 200);
  assert.equal(forChair.json().notes[0].text, SECRET);
  assert.equal((await server.call('GET', notes, { token: tokens.get('FRA') })).json().notes[0].text, SECRET);
  const forChina = await server.call('GET', notes, { token: tokens.get('CHN') });
  assert.deepEqual(forChina.json().notes, []);
  assert.equal((await server.call('GET', notes)).statusCode, 401);
  assert.equal((await server.call('GET', notes, { token: 'not-a-token' })).statusCode, 401);

  // The chair answers France; China still sees nothing, France sees both.
  const answer = await server.call('POST', commands(), {
    token: created.chair.token,
    body: { id: 'note-2', type: 'send-note', noteId: 'n2', to: 'FRA', text: 'Noted.' },
  });
  assert.equal(answer.statusCode, 200, answer.body);
  assert.deepEqual(
    (await server.call('GET', notes, { token: tokens.get('FRA') })).json().notes.map((n: { text: string }) => n.text),
    [SECRET, 'Noted.'],
  );
  assert.deepEqual((await server.call('GET', notes, { token: tokens.get('CHN') })).json().notes, []);
});
