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
import { skipWithoutGaData } from '../ga-data.js';

describe('exports and history', () => {
  let server: TestServer;
  let created: Created;
  before(async () => {
    server = await startTestServer();
    created = await createSession(server);
    const tokens = await joinAll(server, created);
    await openAgendaVote(server, created);
    for (const [code, ballot] of Object.entries(BALLOTS_2017_12_11)) {
      await server.call('POST', `/api/sessions/${created.sessionId}/commands`, {
        token: tokens.get(code)!,
        body: { id: commandId(), type: 'cast-ballot', ballot },
      });
    }
    await server.call('POST', `/api/sessions/${created.sessionId}/commands`, {
      token: created.chair.token,
      body: { id: commandId(), type: 'close-vote' },
    });
  });
  after(() => server.close());

  test('CSV: one row per member, with the real ballots', async () => {
    const r = await server.call('GET', `/api/sessions/${created.sessionId}/export.csv`);
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /text\/csv/);
    assert.match(String(r.headers['content-disposition']), /attachment; filename="council-.*\.csv"/);
    const lines = r.body.trim().split(/\r?\n/);
    assert.equal(lines.length, 1 + 15);
    const header = lines[0]!.split(',');
    const code = header.indexOf('ms_code');
    const vote = header.indexOf('ms_vote');
    const votes = Object.fromEntries(
      lines
        .slice(1)
        .map((l) => l.split(','))
        .map((cells) => [cells[code], cells[vote]]),
    );
    assert.equal(votes.CHN, 'N');
    assert.equal(votes.EGY, 'A');
    assert.equal(votes.USA, 'Y');
  });

  test('Markdown, HTML, JSON and PDF records are served, without credentials', async () => {
    const md = await server.call('GET', `/api/sessions/${created.sessionId}/export.md`);
    assert.equal(md.statusCode, 200);
    assert.match(md.body, /In favour/);
    assert.match(md.body, /Bolivia/);
    const html = await server.call('GET', `/api/sessions/${created.sessionId}/export.html`);
    assert.match(String(html.headers['content-type']), /text\/html/);
    const json = await server.call('GET', `/api/sessions/${created.sessionId}/export.json`);
    assert.equal(json.statusCode, 200);
    JSON.parse(json.body);
    const pdf = await server.app.inject({ method: 'GET', url: `/api/sessions/${created.sessionId}/export.pdf` });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    for (const body of [md.body, html.body, json.body]) assert.ok(!body.includes('credentials') && !body.includes('sealed:'));
    assert.equal((await server.call('GET', `/api/sessions/${created.sessionId}/export.docx`)).statusCode, 400);
    assert.equal((await server.call('GET', '/api/sessions/none/export.csv')).statusCode, 404);
  });

  test('fixtures: the list, and a replay as stored events', async () => {
    const list = await server.call('GET', '/api/fixtures');
    assert.equal(list.statusCode, 200);
    const ids = (list.json() as { fixtures: { id: string }[] }).fixtures.map((f) => f.id);
    assert.ok(ids.includes('sc-2017-12-11-dprk'));
    const one = await server.call('GET', '/api/fixtures/sc-2017-12-11-dprk');
    assert.equal(one.statusCode, 200);
    const body = one.json() as { meta: { id: string; date: string }; events: { version: number; type: string; data: any }[] };
    assert.equal(body.meta.date, '2017-12-11');
    assert.deepEqual(
      body.events.map((e) => e.version),
      body.events.map((_, i) => i + 1),
    );
    const vote = body.events.find((e) => e.type === 'vote-recorded.v1');
    assert.ok(vote);
    assert.deepEqual([vote.data.tally.yes, vote.data.tally.no, vote.data.tally.abstain], [10, 3, 2]);
    assert.equal((await server.call('GET', '/api/fixtures/nope')).statusCode, 404);
  });

  test('forecast: bad queries are 400 before any data is loaded', async () => {
    assert.equal((await server.call('GET', '/api/forecast?date=2017-12-11')).statusCode, 400);
    assert.equal((await server.call('GET', '/api/forecast?date=x&requestedBy=USA')).statusCode, 400);
    assert.equal((await server.call('GET', '/api/forecast?date=2017-12-11&requestedBy=US')).statusCode, 400);
  });

  test('forecast: the analysis module answers for the 2017 agenda vote', { skip: skipWithoutGaData }, async () => {
    const r = await server.call(
      'GET',
      '/api/forecast?date=2017-12-11&requestedBy=USA,GBR,FRA&opposedBy=CHN,RUS&subject=PRK&matter=procedural',
    );
    assert.equal(r.statusCode, 200, r.body.slice(0, 300));
    const body = r.json() as { passProbability: number; members: { code: string; role: string }[]; required: number };
    assert.ok(body.passProbability >= 0 && body.passProbability <= 1);
    assert.equal(body.members.length, 15);
    assert.equal(body.required, 9);
    assert.equal(body.members.find((m) => m.code === 'CHN')?.role, 'opposer');
  });

  test('forecast: a GA whip count on a resolution series, and refusals of bad GA queries', async () => {
    assert.equal((await server.call('GET', '/api/forecast?body=general-assembly&date=2019-12-01&series=mars')).statusCode, 400);
    assert.equal((await server.call('GET', '/api/forecast?body=ga-main-committee&date=2019-12-01')).statusCode, 400);
    if (skipWithoutGaData) return;
    const r = await server.call('GET', '/api/forecast?body=general-assembly&date=2019-12-01&series=dprk-human-rights&majority=simple');
    assert.equal(r.statusCode, 200, r.body.slice(0, 300));
    const body = r.json() as { passProbability: number; members: { code: string; p: { yes: number } }[]; expected: { yes: number } };
    assert.ok(body.members.length >= 190 && body.members.some((m) => m.code === 'PRK'));
    assert.ok(body.passProbability >= 0 && body.passProbability <= 1 && body.expected.yes > 0);
    const committee = await server.call(
      'GET',
      '/api/forecast?body=ga-main-committee&date=2019-12-01&series=dprk-human-rights&majority=two-thirds',
    );
    assert.equal(committee.statusCode, 422);
  });
});
