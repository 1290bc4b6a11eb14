import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { councilYear, documentToHtml, historicalDocuments, layoutDocument, UnDocumentSchema } from '../../src/records/documents/index.js';
import { documentToPdf } from '../../src/records/documents/pdf.js';
import { paragraph, registerFonts, type Canvas } from '../../src/records/pdf-text.js';
import PDFDocument from 'pdfkit';
import { capture } from '../cli/capture.js';

const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFFONTS = '/usr/bin/pdffonts';
const noPoppler =
  !(existsSync(PDFTOTEXT) && existsSync(PDFFONTS)) && !process.env.CI && 'pdftotext/pdffonts (poppler-utils) are not installed';
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

test("the document's ordinals come from the ordinals module the mastheads use (one spelling of every year)", () => {
  for (const [year, session, committee, expected] of [
    [1956, 11, 1, ['Eleventh session', 'First Committee', 'Eleventh year']],
    [2017, 72, 6, ['Seventy-second session', 'Sixth Committee', 'Seventy-second year']],
  ] as const) {
    const doc = UnDocumentSchema.parse({
      ...letter,
      organs: [
        { organ: 'general-assembly', session, committee, symbol: null, agendaItems: [] },
        { organ: 'security-council', year, symbol: null },
      ],
    });
    const lines = layoutDocument(doc).blocks.flatMap((b) => b.lines);
    assert.deepEqual(lines, [...expected], String(year));
  }
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

/** The fonts a PDF uses, one pdffonts row each (after the two header lines). */
function fontRows(file: string): string[] {
  return execFileSync(PDFFONTS, [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
}

test('the 2014 letter as PDF is set only in the shipped Noto fonts, embedded, and keeps its masthead', { skip: noPoppler }, async () => {
  const file = join(dir, 'letter-fonts.pdf');
  writeFileSync(file, await documentToPdf(letter));
  const rows = fontRows(file);
  assert.ok(rows.length >= 2, `a regular and a bold face: ${rows.join('\n')}`);
  for (const row of rows) {
    assert.match(row, /^[A-Z]{6}\+NotoSans/, `a shipped Noto face: ${row}`);
    assert.match(row, /\byes\s+yes\s+yes\b/, `embedded, subset, with a Unicode map: ${row}`);
  }
  assert.doesNotMatch(rows.join('\n'), /Times|Helvetica|Liberation|DejaVu/, 'no host or standard fonts');
  const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [
    'General Assembly',
    'Security Council',
    'Distr.: General',
    'Agenda item 68',
    'Sixty-ninth session',
    'Sixty-ninth year',
    '(Signed) Ja Song Nam',
  ]) {
    assert.ok(text.includes(expected), `${expected} in the PDF`);
  }
});

test('a document quoting a Croatian name, Russian and Arabic prints each script in the shipped fonts', { skip: noPoppler }, async () => {
  const quoting = UnDocumentSchema.parse({
    ...letter,
    paragraphs: [
      'The Assistant Secretary-General for Human Rights, Ivan Šimonović, briefed the Council.',
      'The representative of the Russian Federation said: «Совет Безопасности не является форумом для обсуждения прав человека».',
      'The delegation quoted the Charter in Arabic: نحن شعوب الأمم المتحدة وقد آلينا على أنفسنا.',
    ],
  });
  const file = join(dir, 'scripts.pdf');
  writeFileSync(file, await documentToPdf(quoting));
  const rows = fontRows(file);
  assert.ok(
    rows.some((r) => /NotoSansArabic/.test(r)),
    `the Arabic face is used: ${rows.join('\n')}`,
  );
  for (const row of rows) assert.match(row, /^[A-Z]{6}\+NotoSans/, `a shipped Noto face: ${row}`);
  const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  assert.match(text, /Šimonović/);
  assert.match(text, /Совет Безопасности/);
  // Arabic comes back shaped (presentation forms) and possibly reordered: ask for the script, then a word's letters.
  assert.match(text, /\p{Script=Arabic}{3}/u);
  const arabic = (text.match(/\p{Script=Arabic}/gu) ?? []).join('').normalize('NFKC');
  for (const letterOfWord of 'شعوب') assert.ok(arabic.includes(letterOfWord), `${letterOfWord} of شعوب in the PDF text`);
});

test('an Arabic quotation in an English paragraph reads right to left, its quotation marks and full stop stay in the line', () => {
  const doc = new PDFDocument({ size: 'A4', margin: 56 });
  const canvas = doc as unknown as Canvas;
  registerFonts(canvas);
  // Where each piece of text is drawn: the paragraph draws one call per font run, left to right.
  const drawn: { text: string; x: number }[] = [];
  const text = canvas.text.bind(canvas);
  canvas.text = (t, x, y, o) => (drawn.push({ text: t, x }), text(t, x, y, o));
  paragraph(canvas, 'In Arabic: «نحن شعوب الأمم». Then English.', { size: 11, rtl: false, lang: 'en' });
  doc.end();
  const at = (t: string) => {
    const hit = drawn.find((d) => d.text === t);
    assert.ok(hit, `${t} drawn: ${JSON.stringify(drawn)}`);
    return hit.x;
  };
  // Logical order: « نحن شعوب الأمم ». — drawn: « الأمم شعوب نحن ». with the first Arabic word rightmost.
  assert.ok(at('Arabic:') < at('«'));
  assert.ok(at('«') < at('الأمم') && at('الأمم') < at('شعوب') && at('شعوب') < at('نحن'), JSON.stringify(drawn));
  assert.ok(at('نحن') < at('».') && at('».') < at('Then'), JSON.stringify(drawn));
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
