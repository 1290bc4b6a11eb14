/**
 * The meeting record in each of the six official languages, on a vetoed draft: the draft on
 * Jerusalem of 18 December 2017 (S/2017/1060; S/PV.8139), 14 in favour, the United States
 * against. Markdown and HTML read in the language; the PDF embeds the shipped fonts and its
 * extracted text (pdftotext, Debian poppler-utils) contains the language's script.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { meetingRecord } from '../../src/records/meeting-record.js';
import { toMarkdown } from '../../src/records/markdown.js';
import { toHtml } from '../../src/records/html.js';
import { renderSession } from '../../src/records/render.js';
import { LANGUAGES, type Language } from '../../src/records/explain/index.js';
import { seats } from '../../src/sessions/fixtures/script.js';
import { initialState, reduce } from '../../src/sessions/reducer.js';
import type { SessionEvent } from '../../src/sessions/events.js';
import { chair, step } from '../sessions/helpers.js';

const COUNCIL_2017 = ['BOL', 'CHN', 'EGY', 'ETH', 'FRA', 'ITA', 'JPN', 'KAZ', 'RUS', 'SEN', 'SWE', 'UKR', 'GBR', 'USA', 'URY'];

function vetoedDraft(): SessionEvent[] {
  const inputs = [
    chair('create-session', {
      sessionId: 's-jerusalem',
      body: 'security-council',
      format: 'public',
      date: '2017-12-18',
      meetingNumber: 8139,
      title: 'The situation in the Middle East, including the Palestinian question',
      members: seats(COUNCIL_2017, '2017-12-18'),
      president: 'JPN',
    }),
    chair('open-meeting'),
    chair('propose-agenda', { items: [{ title: 'The situation in the Middle East, including the Palestinian question' }] }),
    chair('adopt-agenda'),
    chair('submit-draft', {
      draftId: 'd1',
      symbol: 'S/2017/1060',
      title: 'Draft resolution S/2017/1060',
      sponsors: ['EGY'],
      matter: 'non-procedural',
    }),
    chair('record-vote', {
      voteId: 'v1',
      question: 'Draft resolution S/2017/1060',
      subject: { kind: 'draft', draftId: 'd1' },
      matter: 'non-procedural',
      ballots: Object.fromEntries(COUNCIL_2017.map((c) => [c, c === 'USA' ? 'no' : 'yes'])),
    }),
    chair('close-meeting'),
  ];
  let state = initialState;
  const events: SessionEvent[] = [];
  for (const input of inputs) {
    const r = step(state, input);
    if (r.error) throw new Error(`${input.type}: ${r.error.code} ${r.error.message}`);
    state = r.state;
    events.push(...r.events);
  }
  for (const e of events) reduce(initialState, e);
  return events;
}

const SCRIPT: Record<Language, RegExp> = {
  en: /United Nations/,
  fr: /[éèàç]/u,
  es: /[áéíóúñ]/u,
  ru: /\p{Script=Cyrillic}{4}/u,
  zh: /\p{Script=Han}{2}/u,
  ar: /\p{Script=Arabic}{3}/u,
};

/** What the President announces, and who vetoed, in each language. */
const VETO: Record<Language, RegExp[]> = {
  en: [
    /has not been adopted, owing to the negative vote of a permanent member of the Council\./,
    /a permanent member, the United States, voted against/,
  ],
  fr: [
    /n’a pas été adopté, en raison du vote négatif d’un membre permanent du Conseil\./,
    /un membre permanent, les États-Unis, a voté contre/,
    /Votent contre :\*\* États-Unis/,
  ],
  es: [
    /no ha sido aprobado por haber votado en contra un miembro permanente del Consejo\./,
    /un miembro permanente, los Estados Unidos, votó en contra/,
  ],
  ru: [
    /не принят в связи с тем, что против проголосовал постоянный член Совета\./,
    /постоянный член — Соединенные Штаты — проголосовал против/,
  ],
  zh: [/由于1个常任理事国投了反对票，S\/2017\/1060号文件所载决议草案未获通过。/, /常任理事国美国投了反对票/],
  ar: [/لم يُعتمد مشروع القرار الوارد في الوثيقة S\/2017\/1060 بسبب تصويت عضو دائم في المجلس ضده\./, /الولايات المتحدة/],
};

const events = vetoedDraft();
const dir = mkdtempSync(join(tmpdir(), 'council-records-'));

for (const lang of LANGUAGES) {
  test(`${lang}: the record of a vetoed draft (Markdown, HTML) reads in the language`, () => {
    const record = meetingRecord(events, lang)!;
    assert.equal(record.symbol, 'S/PV.8139');
    const md = toMarkdown(record);
    for (const pattern of VETO[lang]) assert.match(md, pattern, `${lang}:\n${md}`);
    assert.match(md, SCRIPT[lang]);
    assert.doesNotMatch(md, /\bspec [A-Z]\d|\(R\d+\)/u, 'no spec identifiers in the record');
    const html = toHtml(record);
    assert.match(html, new RegExp(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`));
  });

  test(`${lang}: the PDF record embeds the shipped fonts and its text is in the language's script`, async () => {
    const pdf = (await renderSession(events, 'pdf', lang)) as Buffer;
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const file = join(dir, `${lang}.pdf`);
    writeFileSync(file, pdf);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    assert.match(fonts, /NotoSans/);
    assert.doesNotMatch(fonts, /Times|Helvetica|DejaVu/, 'no host or standard fonts');
    for (const line of fonts.split('\n').slice(2).filter(Boolean))
      assert.match(line, /\byes\s+yes\s+yes\b/, `embedded, subset, with a Unicode map: ${line}`);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    assert.match(text, SCRIPT[lang], `${lang} PDF text:\n${text.slice(0, 400)}`);
    assert.match(text, /S\/PV\.8139/);
    if (lang === 'ar') assert.match(text, /\p{Script=Arabic}/u);
    if (lang === 'zh') assert.match(text, /美国/);
    if (lang === 'ru') assert.match(text, /Соединенные/);
    if (lang === 'fr') assert.match(text, /États-Unis/);
  });
}
