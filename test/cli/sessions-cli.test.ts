import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/command.js';

async function cli(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t), readStdin: async () => stdin };
  const code = await runCli(args, io);
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'council-sessions-cli-'));
const db = `sqlite:${join(dir, 'council.sqlite')}`;
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('council replay prints the meeting as time-ordered lines with the vote by name', async () => {
  const r = await cli(['replay', 'sc-2014-12-22-dprk']);
  assert.equal(r.code, 0);
  assert.match(r.out, /3\.08 p\.m\. +The meeting was called to order\./);
  assert.match(r.out, /Against \(2\): China, Russian Federation/);
  assert.match(r.out, /The provisional agenda has been adopted\./);
  const json = JSON.parse((await cli(['replay', 'arria-2023-03-17-dprk', '--json'])).out);
  assert.equal(json.origin, 'fixture');
  assert.ok(json.entries.some((e: { text: string }) => /not webcast/.test(e.text)));
});

test('council sessions lists the fixtures and creates no store file', async () => {
  const r = await cli(['sessions', '--database', `sqlite:${join(dir, 'absent.sqlite')}`, '--json']);
  assert.equal(r.code, 0);
  const json = JSON.parse(r.out);
  assert.equal(json.fixtures.length, 11);
  assert.ok(
    json.fixtures.some((f: { id: string }) => f.id === 'hrc-2014-03-28-dprk'),
    'the HRC vote of 28 Mar 2014',
  );
  assert.deepEqual(json.stored, []);
  assert.equal(existsSync(join(dir, 'absent.sqlite')), false);
});

test('council meeting new / do / fixture against a sqlite store, with typed refusals', async () => {
  const created = await cli(['meeting', 'new', '--date', '2015-12-10', '--item', 'Test item', '--id', 'm1', '--database', db]);
  assert.equal(created.code, 0, created.err);
  assert.equal(created.out.split('\n')[0], 'm1');
  assert.equal((await cli(['meeting', 'do', 'm1', '{"type":"open-meeting"}', '--database', db])).code, 0);
  const refused = await cli(['meeting', 'do', 'm1', '{"type":"close-meeting"}', '--as', 'USA', '--database', db]);
  assert.equal(refused.code, 2);
  assert.match(refused.err, /^council meeting: not-chair: /);
  assert.equal(refused.err.trim().split('\n').length, 1);
  const asJson = await cli(
    ['meeting', 'do', 'm1', '-', '--as', 'CHN', '--json', '--database', db],
    '{"id":"c1","type":"cast-ballot","ballot":"no"}',
  );
  assert.equal(asJson.code, 2);
  assert.equal(JSON.parse(asJson.out).error.code, 'no-vote-open');
  const retry = async () =>
    JSON.parse(
      (
        await cli([
          'meeting',
          'do',
          'm1',
          '{"id":"p1","type":"propose-agenda","items":[{"title":"Test item"}]}',
          '--json',
          '--database',
          db,
        ])
      ).out,
    );
  const first = await retry();
  const second = await retry();
  assert.deepEqual([first.duplicate, second.duplicate, second.version], [false, true, first.version]);
  const stored = await cli(['meeting', 'fixture', 'sc-2015-12-10-dprk', '--database', db]);
  assert.equal(stored.code, 0, stored.err);
  const list = JSON.parse((await cli(['sessions', '--database', db, '--json'])).out);
  assert.deepEqual(list.stored.map((s: { sessionId: string }) => s.sessionId).sort(), ['m1', 'sc-2015-12-10-dprk']);
  assert.equal((await cli(['meeting', 'do', 'm1', '{bad json', '--database', db])).code, 2);
  assert.equal((await cli(['meeting', 'fly'])).code, 2);
});

test('council export: csv rows = members x votes; pdf written whole; bad input exits 2', async () => {
  const csv = await cli(['export', 'sc-2016-12-09-dprk', '--format', 'csv']);
  assert.equal(csv.code, 0);
  assert.equal(csv.out.trimEnd().split('\r\n').length, 1 + 15);
  const md = await cli(['export', 'sc-2016-12-09-dprk', '--format', 'md']);
  assert.match(md.out, /\*\*Abstaining:\*\* Senegal/);
  const pdfPath = join(dir, 'record.pdf');
  const pdf = await cli(['export', 'sc-2016-12-09-dprk', '--format', 'pdf', '--out', pdfPath]);
  assert.equal(pdf.code, 0, pdf.err);
  assert.equal(readFileSync(pdfPath).subarray(0, 5).toString(), '%PDF-');
  assert.equal((await cli(['export', 'sc-2016-12-09-dprk', '--format', 'pdf'])).code, 2);
  assert.equal((await cli(['export', 'no-such-meeting', '--format', 'md'])).code, 2);
  assert.equal((await cli(['export', 'sc-2016-12-09-dprk', '--format', 'docx'])).code, 2);
  const stored = await cli(['export', 'sc-2015-12-10-dprk', '--format', 'json', '--database', db]);
  assert.equal(JSON.parse(stored.out).votes[0].tally.yes, 9);
});

test('council replay reads a stored session from the database', async () => {
  const r = await cli(['replay', 'sc-2015-12-10-dprk', '--database', db, '--json']);
  assert.equal(r.code, 0, r.err);
  // The fixture id wins over the stored copy; a stored-only id reads the store.
  assert.equal(JSON.parse(r.out).origin, 'fixture');
  const stored = await cli(['replay', 'm1', '--database', db]);
  assert.equal(stored.code, 0, stored.err);
  assert.match(stored.out, /The meeting was called to order\./);
  assert.match(stored.out, /Provisional agenda: 1\. Adoption of the agenda\. 2\. Test item\./);
});
