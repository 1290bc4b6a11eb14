/**
 * Documents over HTTP: a delegation submits a letter, the chair issues it under a joint
 * symbol, and the issued document is served as HTML and PDF in the UN layout; refusals carry
 * their code, rule and HTTP status; a communication not yet issued is not served.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { commandId, createSession, joinAll, startTestServer, type Created, type TestServer } from './helpers.js';

const ITEM = { number: '68', title: 'Promotion and protection of human rights' };

describe('documents over HTTP', () => {
  let server: TestServer;
  let created: Created;
  let tokens: Map<string, string>;
  const send = (token: string, body: object) =>
    server.call('POST', `/api/sessions/${created.sessionId}/commands`, { token, body: { id: commandId(), ...body } });
  before(async () => {
    server = await startTestServer();
    created = await createSession(server, { date: '2014-11-25', title: 'The situation in the DPRK' });
    tokens = await joinAll(server, created);
  });
  after(() => server.close());

  test('submit, issue with a joint symbol, then read it as HTML and PDF', async () => {
    const submitted = await send(tokens.get('AUS')!, {
      type: 'submit-communication',
      communicationId: 'l1',
      addressee: 'secretary-general',
      title:
        'Letter dated 24 November 2014 from the Permanent Representative of Australia to the United Nations addressed to the Secretary-General',
      paragraphs: ['I have the honour to transmit the annexed statement.'],
      annexes: [{ paragraphs: ['Statement.'] }],
      signature: { name: 'Gary Quinlan', titles: ['Permanent Representative'] },
      circulation: { council: true, assembly: { agendaItems: [ITEM] } },
    });
    assert.equal(submitted.statusCode, 200, submitted.body);
    // Not issued yet: not a document.
    assert.equal((await server.call('GET', `/api/sessions/${created.sessionId}/documents/doc1.html`)).statusCode, 404);

    const byDelegation = await send(tokens.get('AUS')!, {
      type: 'issue-document',
      documentId: 'doc1',
      of: { kind: 'communication', communicationId: 'l1' },
    });
    assert.equal(byDelegation.statusCode, 403);
    assert.equal(byDelegation.json().error.code, 'not-chair');
    assert.equal(byDelegation.json().error.rule, 'spec R49');

    for (const [series, next] of [
      ['A/69', 624],
      ['S/2014', 873],
    ] as const) {
      assert.equal((await send(created.chair.token, { type: 'set-symbol-counter', series, next })).statusCode, 200);
    }
    const badSeries = await send(created.chair.token, { type: 'set-symbol-counter', series: 'Q/1', next: 1 });
    assert.equal(badSeries.statusCode, 409);
    assert.equal(badSeries.json().error.code, 'invalid-series');
    const issued = await send(created.chair.token, {
      type: 'issue-document',
      documentId: 'doc1',
      of: { kind: 'communication', communicationId: 'l1' },
    });
    assert.equal(issued.statusCode, 200, issued.body);
    const twice = await send(created.chair.token, {
      type: 'issue-document',
      documentId: 'doc2',
      of: { kind: 'communication', communicationId: 'l1' },
    });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().error.code, 'already-issued');

    const state = (await server.call('GET', `/api/sessions/${created.sessionId}`)).json().state;
    assert.equal(state.documents.issued[0].symbol, 'A/69/624\u2013S/2014/873');

    const html = await server.call('GET', `/api/sessions/${created.sessionId}/documents/doc1.html`);
    assert.equal(html.statusCode, 200);
    assert.match(String(html.headers['content-type']), /text\/html/);
    for (const text of [
      'A/69/624\u2013S/2014/873',
      'General Assembly',
      'Security Council',
      'Distr.: General',
      'Agenda item 68',
      'Sixty-ninth session',
      'Sixty-ninth year',
      'Gary Quinlan',
    ]) {
      assert.ok(html.body.includes(text), `the HTML has ${text}`);
    }
    assert.ok(!html.body.includes('sealed:'));
    const pdf = await server.app.inject({ method: 'GET', url: `/api/sessions/${created.sessionId}/documents/doc1.pdf` });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    if (existsSync('/usr/bin/pdftotext')) {
      const file = join(mkdtempSync(join(tmpdir(), 'council-doc-')), 'doc1.pdf');
      writeFileSync(file, pdf.rawPayload);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const s of ['A/69/624', 'S/2014/873', 'Agenda item 68', 'Sixty-ninth year'])
        assert.ok(text.includes(s), `the PDF text has ${s}`);
    }
    // The record of the meeting lists it.
    const md = await server.call('GET', `/api/sessions/${created.sessionId}/export.md`);
    assert.match(md.body, /## Documents\n\n- A\/69\/624\u2013S\/2014\/873: Letter dated 24 November 2014/);
  });

  test('unknown documents, bad names and unknown sessions', async () => {
    assert.equal((await server.call('GET', `/api/sessions/${created.sessionId}/documents/nope.pdf`)).statusCode, 404);
    assert.equal((await server.call('GET', `/api/sessions/${created.sessionId}/documents/doc1.docx`)).statusCode, 400);
    assert.equal((await server.call('GET', `/api/sessions/${created.sessionId}/documents/..%2Fx.html`)).statusCode, 400);
    assert.equal((await server.call('GET', '/api/sessions/none/documents/doc1.html')).statusCode, 404);
  });
});
