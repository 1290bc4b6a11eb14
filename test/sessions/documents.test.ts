/**
 * Documents in a live session (spec R46-R50): a delegation submits a letter asking circulation,
 * the chair issues it under the next symbol of each series (joint A/–S/ symbols, R49), counters
 * set so a replay matches the real record, drafts with Rev./Add./Corr., and the refusals.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { by, chair, create, openMeeting, run, step } from './helpers.js';
import { replay } from '../../src/sessions/reducer.js';
import { meetingRecord } from '../../src/records/meeting-record.js';
import { sessionDocument } from '../../src/records/documents/index.js';
import {
  checkCounter,
  circulationSeries,
  gaRegularSession,
  modifiedSymbol,
  nextSymbol,
  parseSeries,
  symbolInSeries,
} from '../../src/records/symbols/index.js';
import type { SessionEvent } from '../../src/sessions/events.js';

const ITEM_68 = { number: '68', title: 'Promotion and protection of human rights' };
const letter = (id: string, circulation: Record<string, unknown>) => ({
  communicationId: id,
  addressee: 'secretary-general',
  title:
    'Letter dated 22 December 2014 from the Permanent Representative of Australia to the United Nations addressed to the Secretary-General',
  paragraphs: ['I have the honour to transmit herewith a statement.', 'I should be grateful if the present letter could be circulated.'],
  annexes: [{ paragraphs: ['The statement.'] }],
  signature: { name: 'Gary Quinlan', titles: ['Permanent Representative'] },
  circulation,
});

test('a letter asking circulation under a GA agenda item and to the Council is issued under one joint symbol (R49, T52)', () => {
  let s = run([
    create(),
    chair('set-symbol-counter', { series: 'A/69', next: 624 }),
    chair('set-symbol-counter', { series: 'S/2014', next: 873 }),
    by('AUS', 'submit-communication', letter('l1', { council: true, assembly: { agendaItems: [ITEM_68] } })),
  ]);
  const submitted = s.documents.communications[0]!;
  assert.equal(submitted.from, 'AUS');
  assert.equal(submitted.circulation.assembly?.session, 69, '22 Dec 2014 falls in the sixty-ninth session (GA rule 1)');
  assert.equal(submitted.issuedAs, null);
  const issued = step(s, chair('issue-document', { documentId: 'doc1', of: { kind: 'communication', communicationId: 'l1' } }));
  assert.equal(issued.error, undefined);
  s = issued.state;
  const doc = s.documents.issued[0]!;
  assert.equal(doc.symbol, 'A/69/624\u2013S/2014/873');
  assert.deepEqual(
    doc.organs.map((o) => o.organ),
    ['general-assembly', 'security-council'],
  );
  assert.equal(doc.distribution, 'general');
  assert.equal(doc.date, '2014-12-22');
  assert.equal(doc.original, 'English');
  assert.deepEqual(s.documents.counters, { 'A/69': 625, 'S/2014': 874 });
  assert.equal(s.documents.communications[0]!.issuedAs, 'doc1');
  // The next letter, to the Council only, takes the next S/ number and no A/ one.
  s = run(
    [
      by('FRA', 'submit-communication', { ...letter('l2', { council: true }), addressee: 'president-of-the-council' }),
      chair('issue-document', {
        documentId: 'doc2',
        of: { kind: 'communication', communicationId: 'l2' },
        date: '2014-12-23',
        original: 'French',
      }),
    ],
    s,
  );
  assert.equal(s.documents.issued[1]!.symbol, 'S/2014/874');
  assert.equal(s.documents.issued[1]!.original, 'French');
  assert.deepEqual(s.documents.counters, { 'A/69': 625, 'S/2014': 875 });
  // As a UN document for the printers: both organs, the agenda item, the signature and the annex.
  const un = sessionDocument(s, 'doc1')!;
  assert.deepEqual(
    un.organs.map((o) => o.symbol),
    ['A/69/624', 'S/2014/873'],
  );
  assert.deepEqual(un.organs[0]!.organ === 'general-assembly' && un.organs[0]!.agendaItems, [ITEM_68]);
  assert.equal(un.signature?.name, 'Gary Quinlan');
  assert.equal(un.annexes.length, 1);
  assert.equal(sessionDocument(s, 'nope'), null);
});

test('refusals: a non-participant submitting, the chair submitting, a delegation issuing, issuing twice, unknown ids', () => {
  let s = run([create(), by('AUS', 'submit-communication', letter('l1', { council: true }))]);
  const outsider = step(s, by('PRK', 'submit-communication', letter('l2', { council: true })));
  assert.equal(outsider.error?.code, 'not-a-participant');
  assert.equal(outsider.events.length, 0);
  assert.equal(step(s, chair('submit-communication', letter('l3', { council: true }))).error?.code, 'not-your-ballot');
  assert.equal(step(s, by('AUS', 'submit-communication', letter('l1', { council: true }))).error?.code, 'communication-exists');
  assert.equal(
    step(s, by('AUS', 'submit-communication', letter('l4', { council: false }))).error?.code,
    'invalid-command',
    'a letter asks circulation somewhere',
  );
  const byDelegation = step(s, by('AUS', 'issue-document', { documentId: 'd', of: { kind: 'communication', communicationId: 'l1' } }));
  assert.equal(byDelegation.error?.code, 'not-chair');
  assert.equal(byDelegation.error?.rule, 'spec R49');
  assert.equal(step(s, by('AUS', 'set-symbol-counter', { series: 'S/2014', next: 5 })).error?.code, 'not-chair');
  assert.equal(
    step(s, chair('issue-document', { documentId: 'd', of: { kind: 'communication', communicationId: 'zz' } })).error?.code,
    'unknown-communication',
  );
  s = run([chair('issue-document', { documentId: 'd1', of: { kind: 'communication', communicationId: 'l1' } })], s);
  assert.equal(s.documents.issued[0]!.symbol, 'S/2014/1', 'a series without a counter starts at 1');
  const twice = step(s, chair('issue-document', { documentId: 'd2', of: { kind: 'communication', communicationId: 'l1' } }));
  assert.equal(twice.error?.code, 'already-issued');
  assert.equal(twice.error?.rule, 'spec R46');
  assert.equal(
    step(s, chair('issue-document', { documentId: 'd1', of: { kind: 'communication', communicationId: 'l1' } })).error?.code,
    'document-exists',
  );
  // A counter set back onto an issued symbol would issue it twice (R46).
  const behind = step(s, chair('set-symbol-counter', { series: 'S/2014', next: 1 }));
  assert.equal(behind.error?.code, 'symbol-taken');
  assert.equal(step(s, chair('set-symbol-counter', { series: 'S/1987', next: 1 })).error?.code, 'invalid-series');
  assert.equal(step(s, chair('set-symbol-counter', { series: 'X/2014', next: 1 })).error?.code, 'invalid-series');
  assert.equal(
    step(
      s,
      chair('issue-document', { documentId: 'd3', of: { kind: 'communication', communicationId: 'l1' }, series: ['S/2014', 'S/2015'] }),
    ).error?.code,
    'already-issued',
  );
});

test('an invited state may circulate a letter in the meeting (Rule 37)', () => {
  let s = run(
    [
      chair('propose-invitation', { invitee: 'PRK', name: "Democratic People's Republic of Korea", rule: '37' }),
      chair('decide-invitations'),
    ],
    openMeeting(),
  );
  s = run([by('PRK', 'submit-communication', letter('l1', { council: true, assembly: { session: 69, agendaItems: [ITEM_68] } }))], s);
  assert.equal(s.documents.communications[0]!.from, 'PRK');
});

test('drafts are issued in their series: S/2017/1060; A/C.3/69/L.28 (Limited), then /Rev.1 and /Rev.2; a Corr. of a joint letter carries both', () => {
  let s = run(
    [
      by('USA', 'submit-draft', { draftId: 'sc', title: 'Draft resolution on the DPRK', sponsors: ['USA', 'FRA'] }),
      chair('set-symbol-counter', { series: 'S/2017', next: 1060 }),
      chair('issue-document', { documentId: 'sc1', of: { kind: 'draft', draftId: 'sc' }, series: ['S/2017'], date: '2017-12-22' }),
    ],
    openMeeting(),
  );
  assert.equal(s.documents.issued[0]!.symbol, 'S/2017/1060');
  assert.equal(s.drafts[0]!.symbol, 'S/2017/1060', 'the draft carries its symbol into the record');
  const draftDoc = sessionDocument(s, 'sc1')!;
  assert.equal(draftDoc.kind, 'draft-resolution');
  assert.deepEqual(draftDoc.sponsors, ['United States of America', 'France']);
  assert.equal(
    step(s, chair('issue-document', { documentId: 'x', of: { kind: 'draft', draftId: 'sc' }, series: ['S/2017'] })).error?.code,
    'already-issued',
  );
  assert.equal(
    step(s, chair('issue-document', { documentId: 'x', of: { kind: 'draft', draftId: 'zz' }, series: ['S/2017'] })).error?.code,
    'unknown-draft',
  );
  const another = run([by('USA', 'submit-draft', { draftId: 'sc2', title: 'Another', sponsors: ['USA'] })], s);
  assert.equal(
    step(another, chair('issue-document', { documentId: 'x', of: { kind: 'draft', draftId: 'sc2' } })).error?.code,
    'invalid-command',
    'a draft names its series',
  );

  s = run(
    [
      by('GBR', 'submit-draft', { draftId: 'c3', title: 'Situation of human rights in the DPRK', sponsors: ['GBR', 'FRA'] }),
      chair('set-symbol-counter', { series: 'A/C.3/69/L', next: 28 }),
      chair('issue-document', {
        documentId: 'l28',
        of: { kind: 'draft', draftId: 'c3' },
        series: ['A/C.3/69/L'],
        agendaItems: [{ number: '68 (c)', title: 'Human rights situations' }],
      }),
    ],
    s,
  );
  const l28 = s.documents.issued.find((d) => d.documentId === 'l28')!;
  assert.equal(l28.symbol, 'A/C.3/69/L.28');
  assert.equal(l28.distribution, 'limited', 'R50: L. documents are of limited distribution');
  s = run(
    [
      chair('issue-document', {
        documentId: 'rev1',
        of: { kind: 'draft', draftId: 'c3' },
        modifies: { documentId: 'l28', modifier: 'Rev' },
      }),
    ],
    s,
  );
  s = run(
    [
      chair('issue-document', {
        documentId: 'rev2',
        of: { kind: 'draft', draftId: 'c3' },
        modifies: { documentId: 'l28', modifier: 'Rev' },
      }),
    ],
    s,
  );
  assert.deepEqual(
    s.documents.issued.slice(-2).map((d) => d.symbol),
    ['A/C.3/69/L.28/Rev.1', 'A/C.3/69/L.28/Rev.2'],
  );
  assert.equal(s.drafts.find((d) => d.draftId === 'c3')!.symbol, 'A/C.3/69/L.28/Rev.2', 'the draft voted on is the latest revision');
  assert.equal(s.documents.counters['A/C.3/69/L'], 29, 'a revision takes no new L. number');
  const revOfRev = step(
    s,
    chair('issue-document', { documentId: 'bad', of: { kind: 'draft', draftId: 'c3' }, modifies: { documentId: 'rev1', modifier: 'Rev' } }),
  );
  assert.equal(revOfRev.error?.code, 'not-revisable');
  assert.equal(
    step(
      s,
      chair('issue-document', {
        documentId: 'bad',
        of: { kind: 'draft', draftId: 'c3' },
        modifies: { documentId: 'none', modifier: 'Corr' },
      }),
    ).error?.code,
    'unknown-document',
  );

  s = run(
    [
      by('AUS', 'submit-communication', letter('l1', { council: true, assembly: { session: 69, agendaItems: [ITEM_68] } })),
      chair('set-symbol-counter', { series: 'A/69', next: 624 }),
      chair('set-symbol-counter', { series: 'S/2014', next: 873 }),
      chair('issue-document', { documentId: 'joint', of: { kind: 'communication', communicationId: 'l1' } }),
      chair('issue-document', {
        documentId: 'corr',
        of: { kind: 'communication', communicationId: 'l1' },
        modifies: { documentId: 'joint', modifier: 'Corr' },
      }),
    ],
    s,
  );
  assert.equal(s.documents.issued.at(-1)!.symbol, 'A/69/624/Corr.1\u2013S/2014/873/Corr.1');
});

test('the meeting record cites the issued documents and the draft voted on by its symbol', () => {
  const events: SessionEvent[] = [];
  let s = openMeeting();
  const push = (input: Parameters<typeof step>[1]) => {
    const r = step(s, input);
    assert.equal(r.error, undefined, JSON.stringify(r.error));
    events.push(...r.events);
    s = r.state;
  };
  // The record is built from the whole log: start it from the same commands.
  const log: SessionEvent[] = [];
  let t = replay([]);
  for (const input of [create(), chair('open-meeting'), chair('propose-agenda', { items: [{ title: 'Item' }] }), chair('adopt-agenda')]) {
    const r = step(t, input);
    log.push(...r.events);
    t = r.state;
  }
  s = t;
  push(by('AUS', 'submit-communication', letter('l1', { council: true, assembly: { agendaItems: [ITEM_68] } })));
  push(chair('set-symbol-counter', { series: 'S/2014', next: 873 }));
  push(chair('set-symbol-counter', { series: 'A/69', next: 624 }));
  push(chair('issue-document', { documentId: 'doc1', of: { kind: 'communication', communicationId: 'l1' } }));
  push(by('USA', 'submit-draft', { draftId: 'd1', title: 'Draft resolution', sponsors: ['USA'] }));
  push(chair('issue-document', { documentId: 'doc2', of: { kind: 'draft', draftId: 'd1' }, series: ['S/2014'] }));
  const all = [...log, ...events];
  assert.deepEqual(replay(all).documents, s.documents, 'replaying the log gives the same documents');
  const ballots = Object.fromEntries(s.session!.members.map((m) => [m.code, 'yes']));
  push(chair('record-vote', { voteId: 'v1', question: 'Draft resolution S/2014/874', subject: { kind: 'draft', draftId: 'd1' }, ballots }));
  const record = meetingRecord([...log, ...events])!;
  assert.deepEqual(
    record.documents.map((d) => d.symbol),
    ['A/69/624\u2013S/2014/873', 'S/2014/874'],
  );
  assert.match(record.documents[0]!.title, /^Letter dated 22 December 2014/);
  assert.ok(record.entries.some((e) => e.text.startsWith('Document A/69/624\u2013S/2014/873 was issued')));
  assert.ok(
    record.entries.some((e) => /Australia wrote to the Secretary-General .*agenda item 68 and of the Security Council/.test(e.text)),
  );
  assert.match(record.votes[0]!.announcement, /contained in document S\/2014\/874/);
});

test('numbering rule: series keys, the next symbol, modifiers, the GA session of a date (spec R46-R49)', () => {
  const a69 = parseSeries('A/69');
  assert.ok(a69.ok);
  assert.equal(symbolInSeries(a69.value, 624), 'A/69/624');
  const c3 = parseSeries('A/C.3/69/L');
  assert.ok(c3.ok && c3.value.organ === 'A' && c3.value.committee === 3 && c3.value.limited);
  assert.equal(c3.ok && symbolInSeries(c3.value, 28), 'A/C.3/69/L.28');
  const l = parseSeries('A/69/L');
  assert.equal(l.ok && symbolInSeries(l.value, 5), 'A/69/L.5');
  assert.equal(parseSeries('A/30').ok, false, 'A/NN/N only since the 31st session');
  assert.equal(parseSeries('S/1993').ok, false);
  const sc = parseSeries('S/2014');
  assert.ok(sc.ok);
  assert.deepEqual(nextSymbol(sc.value, { 'S/2014': 873 }, []), { ok: true, value: { series: 'S/2014', n: 873, symbol: 'S/2014/873' } });
  assert.equal(nextSymbol(sc.value, { 'S/2014': 873 }, ['S/2014/873']).ok, false);
  assert.equal(checkCounter(sc.value, 2, ['S/2014/2']).ok, false);
  assert.deepEqual(modifiedSymbol('A/C.3/69/L.28', 'Rev', ['A/C.3/69/L.28', 'A/C.3/69/L.28/Rev.1']), {
    ok: true,
    value: 'A/C.3/69/L.28/Rev.2',
  });
  assert.deepEqual(modifiedSymbol('S/2014/873', 'Add', []), { ok: true, value: 'S/2014/873/Add.1' });
  assert.equal(gaRegularSession('2014-11-24'), 69);
  assert.equal(gaRegularSession('2015-03-01'), 69);
  assert.equal(gaRegularSession('2015-09-20'), 70);
  assert.deepEqual(
    circulationSeries({ council: true, assembly: {} }, '2014-11-24').map((x) => (x.organ === 'S' ? x.year : x.session)),
    [69, 2014],
  );
});
