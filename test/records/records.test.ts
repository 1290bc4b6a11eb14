import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtures, findFixture, runFixture } from '../../src/sessions/fixtures/index.js';
import { meetingRecord } from '../../src/records/meeting-record.js';
import { toMarkdown } from '../../src/records/markdown.js';
import { toHtml } from '../../src/records/html.js';
import { renderSession } from '../../src/records/render.js';
import { CSV_COLUMNS, exportVotes, votesToCsv } from '../../src/records/votes-export.js';
import { letterDocument } from '../../src/records/letter.js';
import { by, chair, create, ctx } from '../sessions/helpers.js';
import { parseCommand } from '../../src/protocol/commands.js';
import { handle as decide } from '../../src/sessions/handle.js';
import { initialState, reduce } from '../../src/sessions/reducer.js';
import type { SessionEvent } from '../../src/sessions/events.js';

function replayEvents(inputs: unknown[]): SessionEvent[] {
  let state = initialState;
  const out: SessionEvent[] = [];
  for (const input of inputs) {
    const p = parseCommand(input);
    assert.ok(p.ok);
    const r = decide(state, p.value, ctx);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    for (const e of r.value) {
      state = reduce(state, e);
      out.push(e);
    }
  }
  return out;
}

function eventsOf(id: string): SessionEvent[] {
  const r = runFixture(findFixture(id)!);
  assert.ok(r.ok);
  return r.value.events;
}

/** The names listed after a heading such as "**Against:**" in the Markdown record. */
function listed(md: string, heading: string): string[] {
  const line = md.split('\n').find((l) => l.startsWith(`**${heading}:**`));
  assert.ok(line, `no ${heading} line`);
  return line
    .slice(heading.length + 6)
    .split(', ')
    .map((s) => s.trim());
}

test('S/PV.7353: masthead, agenda and names under In favour / Against / Abstaining', () => {
  const md = toMarkdown(meetingRecord(eventsOf('sc-2014-12-22-dprk'))!);
  assert.match(md, /^United Nations — S\/PV\.7353/);
  assert.match(md, /Sixty-ninth year, 7353rd meeting/);
  assert.match(md, /Monday, 22 December 2014, 3\.08 p\.m\./);
  assert.match(md, /President: Chad/);
  assert.deepEqual(listed(md, 'Against'), ['China', 'Russian Federation']);
  assert.deepEqual(listed(md, 'Abstaining'), ['Chad', 'Nigeria']);
  assert.equal(listed(md, 'In favour').length, 11);
  assert.ok(listed(md, 'In favour').includes('United Kingdom of Great Britain and Northern Ireland'));
  assert.match(md, /11 votes in favour, 2 against and 2 abstentions\. The provisional agenda has been adopted\./);
  assert.match(md, /not vetoes/);
  assert.match(md, /Democratic People's Republic of Korea: declined to participate/);
  assert.match(md, /Ivan Šimonović, Assistant Secretary-General for Human Rights: invited under rule 39/);
});

test('every Council fixture with votes lists each member exactly once per vote', () => {
  for (const f of fixtures.filter((x) => x.id.startsWith('sc-') && x.expected.votes.length > 0)) {
    const md = toMarkdown(meetingRecord(eventsOf(f.id))!);
    const names = [...listed(md, 'In favour'), ...listed(md, 'Against'), ...listed(md, 'Abstaining')].filter((n) => n !== 'none');
    assert.equal(names.length, 15, f.id);
    assert.equal(new Set(names).size, 15, f.id);
    const real = f.expected.votes[0]!;
    assert.deepEqual([listed(md, 'In favour').length, listed(md, 'Against').length], [real.yes, real.no], f.id);
  }
});

test('CSV: one row per member per vote, DHL columns, Y/N/A/X letters', () => {
  let total = 0;
  for (const f of fixtures.filter((x) => x.id.startsWith('sc-'))) {
    const x = exportVotes(eventsOf(f.id))!;
    const lines = votesToCsv(x).trimEnd().split('\r\n');
    assert.equal(lines[0], CSV_COLUMNS.join(','));
    assert.equal(lines.length - 1, 15 * f.expected.votes.length, f.id);
    total += lines.length - 1;
  }
  assert.equal(total, 15 * 5);
  const rows = votesToCsv(exportVotes(eventsOf('sc-2015-12-10-dprk'))!)
    .trimEnd()
    .split('\r\n')
    .slice(1)
    .map((l) => l.split(','));
  const vote = (code: string) => rows.find((r) => r[8] === code)?.[10];
  assert.deepEqual([vote('VEN'), vote('MYS'), vote('NGA')], ['N', 'Y', 'A']);
  assert.ok(rows.every((r) => r[2] === 'S/PV.7575' && r[3] === 'S/Agenda/7575'));
});

test('CSV marks non-participation and absence as X and quotes awkward text', () => {
  const events = replayEvents([
    create(),
    chair('open-meeting'),
    chair('propose-agenda', { items: [{ title: 'Item' }] }),
    chair('adopt-agenda'),
    chair('record-vote', {
      voteId: 'v',
      question: 'Draft, "as revised"',
      subject: { kind: 'other' },
      matter: 'procedural',
      ballots: { USA: 'yes', FRA: 'non-participation' },
    }),
  ]);
  const csv = votesToCsv(exportVotes(events)!);
  assert.match(csv, /,FRA,France,X\r\n/);
  assert.match(csv, /,CHN,China,X\r\n/, 'a member who cast nothing was absent');
  assert.match(csv, /"Draft, ""as revised"""/);
});

test('a private meeting yields a Rule 55 communiqué, not a verbatim record', () => {
  const events = replayEvents([
    create('private', { meetingNumber: 4475 }),
    chair('open-meeting'),
    chair('propose-agenda', { items: [{ title: 'Item X' }] }),
    chair('adopt-agenda'),
    chair('close-meeting'),
  ]);
  const md = toMarkdown(meetingRecord(events)!);
  assert.match(md, /communiqué/);
  assert.match(
    md,
    /At its 4475th meeting, held in private on 22 December 2014, the Security Council considered the item entitled "Test meeting"\./,
  );
  assert.doesNotMatch(md, /## Proceedings/);
});

test('Arria: no S/PV, marked as not an official record; consultations and withdrawn requests: no record', () => {
  const arria = meetingRecord(eventsOf('arria-2023-03-17-dprk'))!;
  assert.equal(arria.kind, 'conveners-summary');
  assert.equal(arria.symbol, null);
  assert.match(toMarkdown(arria), /not an official record/);
  assert.match(toMarkdown(arria), /Convened by Albania, United States of America, Japan and Republic of Korea/);
  assert.equal(meetingRecord(eventsOf('sc-2018-12-dprk-withdrawn'))!.kind, 'none');
  const consult = meetingRecord(replayEvents([create('consultations'), chair('open-meeting')]))!;
  assert.equal(consult.kind, 'none');
  assert.doesNotMatch(toMarkdown(consult), /Proceedings/);
});

test('credentials never reach a record or an export', async () => {
  const events = replayEvents([
    create('public'),
    chair('open-meeting'),
    chair('propose-agenda', { items: [{ title: 'I' }] }),
    chair('adopt-agenda'),
    chair('record-vote', { voteId: 'v', question: 'Q', subject: { kind: 'other' }, matter: 'procedural', ballots: { USA: 'yes' } }),
  ]);
  // A log from before the identity store carried them in session-created (a migrated database no longer does).
  (events[0]!.data as Record<string, unknown>).credentials = { chair: 'SECRET-HASH' };
  for (const format of ['md', 'html', 'csv', 'json'] as const) {
    const out = await renderSession(events, format);
    assert.equal(typeof out, 'string');
    assert.doesNotMatch(out as string, /SECRET-HASH|credentials/, format);
  }
  const pdf = (await renderSession(events, 'pdf')) as Buffer;
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.equal(pdf.includes('SECRET-HASH'), false);
});

test('HTML escapes text and keeps the vote lists in a table', () => {
  const events = replayEvents([
    create('public', { title: '<script>alert(1)</script>' }),
    chair('open-meeting'),
    chair('propose-agenda', { items: [{ title: 'I' }] }),
    chair('adopt-agenda'),
    by('USA', 'make-statement', { summary: 'A & B' }),
  ]);
  const html = toHtml(meetingRecord(events)!);
  assert.doesNotMatch(html, /<script>/);
  assert.match(html, /&lt;script&gt;/);
  assert.match(html, /A &amp; B/);
  const real = toHtml(meetingRecord(eventsOf('sc-2016-12-09-dprk'))!);
  assert.match(
    real,
    /<th scope="row">Against<\/th><td>Angola, China, Egypt, Russian Federation, Venezuela \(Bolivarian Republic of\)<\/td>/,
  );
});

test('GA records: the committee Chair announces approval; the plenary names the resolution', async () => {
  const committee = toMarkdown(meetingRecord(eventsOf('ga-2014-11-18-third-committee-dprk'))!);
  assert.match(
    committee,
    /\*The Chair:\* The result of the voting is as follows: 40 votes in favour, 77 against and 50 abstentions\. The amendment contained in document A\/C\.3\/69\/L\.63 was rejected\./,
  );
  assert.match(committee, /A\/C\.3\/69\/L\.28\/Rev\.1 was approved/);
  assert.match(committee, /Sixty-ninth session/);
  const plenary = toMarkdown(meetingRecord(eventsOf('ga-2014-12-18-plenary-dprk'))!);
  assert.match(
    plenary,
    /116 votes in favour, 20 against and 53 abstentions\. The draft resolution has been adopted as resolution 69\/188\./,
  );
  const json = JSON.parse((await renderSession(eventsOf('ga-2014-12-18-plenary-dprk'), 'json')) as string);
  assert.deepEqual([json.votes[0].tally.yes, json.votes[0].resolution, json.votes[0].ballots.length], [116, 'A/RES/69/188', 193]);
  const csv = (await renderSession(eventsOf('ga-2014-12-18-plenary-dprk'), 'csv')) as string;
  const letters = csv
    .trimEnd()
    .split('\r\n')
    .slice(1)
    .map((l) => l.split(',').pop());
  assert.deepEqual(
    ['Y', 'N', 'A', 'X'].map((x) => letters.filter((l) => l === x).length),
    [116, 20, 53, 4],
  );
  const committeeCsv = (await renderSession(eventsOf('ga-2014-11-18-third-committee-dprk'), 'csv')) as string;
  assert.equal(committeeCsv.trimEnd().split('\r\n').length, 1, 'votes known only by totals have no per-member rows');
});

test('R49: a letter of both organs carries the joint symbol; an SC-only letter does not', () => {
  // Hypothetical numbers (spec T52): a letter under GA agenda item 68 and as an SC document.
  const joint = letterDocument({ symbol: 'S/2014/900', gaSymbol: 'A/69/700', gaAgendaItems: [68] });
  assert.equal(joint.symbol, 'A/69/700\u2013S/2014/900');
  assert.deepEqual(joint.organs, ['General Assembly', 'Security Council']);
  assert.match(joint.display, /GA agenda item 68/);
  const sc = letterDocument({ symbol: 'S/2014/872' });
  assert.deepEqual([sc.symbol, sc.organs], ['S/2014/872', ['Security Council']]);
  const events = replayEvents([
    create(),
    by('USA', 'request-meeting', {
      basis: 'rule-2',
      requesters: ['USA'],
      letter: { symbol: 'S/2014/900', gaSymbol: 'A/69/700', gaAgendaItems: [68] },
    }),
    chair('open-meeting'),
  ]);
  assert.match(
    toMarkdown(meetingRecord(events)!),
    /Request: letter A\/69\/700–S\/2014\/900 \(GA agenda item 68\) \(a document of the General Assembly and Security Council\)/,
  );
});
