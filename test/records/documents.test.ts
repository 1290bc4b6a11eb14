import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { councilYear, documentToHtml, historicalDocuments, layoutDocument, UnDocumentSchema } from '../../src/records/documents/index.js';
import { capture } from '../cli/capture.js';

const PDFTOTEXT = '/usr/bin/pdftotext';
const dir = mkdtempSync(join(tmpdir(), 'council-documents-'));
const letter = historicalDocuments().get('dprk-letter-2014-11-24')!;

/** The masthead of the 24 November 2014 letter as the UN printed it: both organs, one text (spec R49). */
const PUBLISHED_MASTHEAD = [
  'General Assembly',
  'Security Council',
  'Distr.: General',
  'Original: English',
  'Sixty-ninth session',
  'Agenda item 68',
  'Promotion and protection of human rights',
  'Sixty-ninth year',
];

test('the Council counts its years from 1946: 2014 is its sixty-ninth', () => {
  assert.equal(councilYear(1946), 1);
  assert.equal(councilYear(2014), 69);
  assert.deepEqual(
    layoutDocument(letter).blocks.map((b) => b.lines[0]),
    ['Sixty-ninth session', 'Sixty-ninth year'],
  );
});

test('the 2014 letter is one text of both organs: a joint symbol, the agenda item, the annex under its own heading', () => {
  const l = layoutDocument(letter);
  assert.deepEqual(l.organs, ['General Assembly', 'Security Council']);
  // Unknown symbols are printed as their series, never guessed.
  assert.equal(l.symbol, 'A/69/\u2026\u2013S/2014/\u2026');
  assert.match(l.colophon.join(' '), /Symbol not confirmed/);
  assert.equal(l.annexes.length, 1);
  assert.match(l.annexes[0]!.heading, /^Annex to the letter dated 24 November 2014 from the Permanent Representative/);
  assert.deepEqual(l.signature, { name: 'Ja Song Nam', titles: ['Ambassador', 'Permanent Representative'] });
});

test('a revised draft prints its sponsors as the UN lists them, "Limited", the committee and the reissue mark', () => {
  const l = layoutDocument(historicalDocuments().get('a-c3-69-l28-rev1')!);
  assert.equal(l.symbol, 'A/C.3/69/L.28/Rev.1*');
  assert.equal(l.distribution, 'Distr.: Limited');
  assert.deepEqual(l.blocks[0]!.lines.slice(0, 3), ['Sixty-ninth session', 'Third Committee', 'Agenda item 68 (c)']);
  assert.match(l.sponsorsLine!, /^Albania, Andorra, .* Uruguay and Vanuatu: revised draft resolution$/);
});

test('the request letters in the data are Council documents titled as the UN titles them', () => {
  const l872 = layoutDocument(historicalDocuments().get('s-2014-872')!);
  assert.deepEqual(l872.organs, ['Security Council']);
  assert.equal(l872.symbol, 'S/2014/872');
  assert.match(
    l872.title,
    /^Letter dated 5 December 2014 from the representatives of Australia, .*the Republic of Korea, .* and the United States of America to the United Nations addressed to the President of the Security Council$/,
  );
});

test('HTML has the masthead of both organs and escapes what a delegation wrote', () => {
  const html = documentToHtml(letter);
  for (const text of PUBLISHED_MASTHEAD) assert.ok(html.includes(text), text);
  const hostile = UnDocumentSchema.parse({ ...letter, title: '<script>alert(1)</script>' });
  assert.ok(!documentToHtml(hostile).includes('<script>alert'));
});

test('council document render: the 2014 fixture as PDF has both organ names, Distr.: General, agenda item 68 and both years', {
  skip: !existsSync(PDFTOTEXT) && !process.env.CI && 'pdftotext (poppler-utils) is not installed',
}, async () => {
  const out = join(dir, 'letter.pdf');
  const io = capture();
  assert.equal(
    await runCli(['document', 'render', '--historical', 'dprk-letter-2014-11-24', '--format', 'pdf', '--out', out], io),
    0,
    io.stderr,
  );
  const text = execFileSync(PDFTOTEXT, [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of PUBLISHED_MASTHEAD) assert.ok(text.includes(expected), `${expected} in the PDF`);
  assert.ok(text.includes('Annex to the letter dated 24 November 2014'));
});

test('council document render FILE.json prints HTML from a JSON description; bad input is one line and exit 2', async () => {
  const file = join(dir, 'letter.json');
  writeFileSync(file, JSON.stringify(letter));
  const io = capture();
  assert.equal(await runCli(['document', 'render', file, '--format', 'html'], io), 0, io.stderr);
  assert.match(io.stdout, /<p class="symbol">A\/69\/…–S\/2014\/…<\/p>/);

  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ ...letter, date: '2014-02-30' }));
  const e1 = capture();
  assert.equal(await runCli(['document', 'render', bad, '--format', 'html'], e1), 2);
  assert.match(e1.stderr, /^council document: .*date: a real calendar date\n$/);

  writeFileSync(bad, JSON.stringify({ ...letter, organs: [letter.organs[1], letter.organs[1]] }));
  const e2 = capture();
  assert.equal(await runCli(['document', 'render', bad, '--format', 'html'], e2), 2);
  assert.match(e2.stderr, /each organ at most once/);

  const e3 = capture();
  assert.equal(await runCli(['document', 'render', join(dir, 'missing.json'), '--format', 'html'], e3), 2);
  assert.equal(e3.stderr.split('\n').length, 2);

  const e4 = capture();
  assert.equal(await runCli(['document', 'render', file, '--format', 'pdf'], e4), 2);
  assert.match(e4.stderr, /--out FILE is required for pdf/);
  assert.equal(readFileSync(file, 'utf8'), JSON.stringify(letter));
});
