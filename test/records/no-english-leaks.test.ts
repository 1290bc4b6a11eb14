/**
 * A guard against English leaking into the other five languages: the records (md, html) of
 * every fixture and `council decide --lang xx --details` for every kind of outcome, in French,
 * Spanish, Russian, Chinese and Arabic, must not contain verbatim any fixed English text of the
 * English catalogues (records, explanations, trace and warnings) longer than 15 characters: a
 * static fragment of a message, or a whole message filled with sample values. Proper names,
 * symbols and what a user (or the historical record) entered are not catalogue text: the
 * fixtures' own strings are removed from the output before the check.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { runCaptured as run } from '../cli/capture.js';
import { ENGLISH_MESSAGES } from '../../src/records/explain/index.js';
import { TRACE_CATALOGUES } from '../../src/records/explain/trace/catalogue.js';
import { RECORD_CATALOGUES, RECORD_ENGLISH } from '../../src/records/lang/index.js';
import { CATALOGUES } from '../../src/records/explain/index.js';
import { fixtures } from '../../src/sessions/fixtures/index.js';
import { renderSession } from '../../src/records/render.js';
import type { CommandInput } from '../../src/protocol/commands.js';
import type { SessionEvent } from '../../src/sessions/events.js';
import { initialState } from '../../src/sessions/reducer.js';
import { ballotsFor, by, chair, COUNCIL_2014, create, step } from '../sessions/helpers.js';
import { DECIDE_VOTES as VOTES } from './decide-votes.js';

const OTHERS = ['fr', 'es', 'ru', 'zh', 'ar'] as const;
const MIN = 16;

/** Every run of fixed text in a message, at any depth (each select or plural option on its own). */
function fragments(elements: MessageFormatElement[], out: string[] = []): string[] {
  let run = '';
  const flush = () => {
    if (run.trim()) out.push(run.trim());
    run = '';
  };
  for (const e of elements) {
    if (e.type === TYPE.literal) run += e.value;
    else {
      flush();
      if (e.type === TYPE.select || e.type === TYPE.plural) for (const o of Object.values(e.options)) fragments(o.value, out);
    }
  }
  flush();
  return out;
}

/** Sample values for a message's arguments: the first option of each select, "Sample" for text, 2 for numbers. */
function sampleParams(elements: MessageFormatElement[], params: Record<string, string | number> = {}): Record<string, string | number> {
  for (const e of elements) {
    if (e.type === TYPE.argument) params[e.value] ??= 'Sample';
    else if (e.type === TYPE.number || e.type === TYPE.plural) params[e.value] = 2;
    if (e.type === TYPE.select) {
      const first = Object.keys(e.options).find((k) => k !== 'other') ?? 'other';
      params[e.value] ??= first;
      for (const o of Object.values(e.options)) sampleParams(o.value, params);
    } else if (e.type === TYPE.plural) for (const o of Object.values(e.options)) sampleParams(o.value, params);
  }
  return params;
}

/** The English texts no other language's output may contain, each with the key it comes from. */
function englishTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  const catalogues: [string, Record<string, string>, Record<string, Record<string, string>>][] = [
    ['record', RECORD_ENGLISH, RECORD_CATALOGUES],
    ['explain', ENGLISH_MESSAGES, CATALOGUES],
    ['trace', TRACE_CATALOGUES.en, TRACE_CATALOGUES],
  ];
  for (const [name, english, all] of catalogues) {
    for (const [key, message] of Object.entries(english)) {
      const ast = parse(message, { ignoreTag: true });
      const candidates = [...fragments(ast)];
      if (ast.some((e) => e.type !== TYPE.literal)) {
        candidates.push(String(new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).format(sampleParams(ast))));
      }
      for (const text of candidates) {
        if (text.length < MIN || !/[a-z]{3}/iu.test(text)) continue;
        // Text a language keeps as English on purpose (a name such as "UN Web TV") is in its own catalogue too.
        if (OTHERS.some((lang) => all[lang]?.[key]?.includes(text))) continue;
        texts.set(text, `${name}:${key}`);
      }
    }
  }
  return texts;
}

/** Every string a fixture carries: titles, statements, names, symbols — the record's data, not catalogue text. */
function strings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (value.length >= 4) out.add(value);
  } else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

const decodeHtml = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/gu, '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;|&#x27;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');

function leaks(output: string, texts: Map<string, string>, data: ReadonlySet<string> = new Set()): string[] {
  let text = output;
  // Longest first, so a title is removed whole before a shorter string inside it.
  for (const s of [...data].sort((a, b) => b.length - a.length)) text = text.split(s).join('\u2063');
  const found: string[] = [];
  for (const [english, key] of texts) if (text.includes(english)) found.push(`${key}: "${english}"`);
  return found;
}

const TEXTS = englishTexts();

/** A Council meeting with what the fixtures lack: a Rule 33 motion, a caucus, a division with a vetoed part, an adopted text. */
const PLAYED: CommandInput[] = [
  create('public', { practice: 'mun' }),
  chair('open-meeting'),
  chair('propose-agenda', { items: [{ title: 'Item' }] }),
  chair('adopt-agenda'),
  by('FRA', 'move-motion', { motionId: 'm1', motion: 'postpone' }),
  chair('record-vote', {
    voteId: 'v1',
    question: 'Motion',
    subject: { kind: 'motion', motion: 'postpone', motionId: 'm1' },
    ballots: ballotsFor(['FRA']),
  }),
  by('FRA', 'move-motion', { motionId: 'm2', motion: 'moderated-caucus', totalSeconds: 600, speakingSeconds: 45, topic: 'Aid' }),
  chair('record-vote', {
    voteId: 'v2',
    question: 'Caucus',
    subject: { kind: 'motion', motion: 'moderated-caucus', motionId: 'm2' },
    ballots: ballotsFor(COUNCIL_2014),
  }),
  chair('end-caucus'),
  by('USA', 'submit-draft', {
    draftId: 'd1',
    title: 'Draft resolution',
    sponsors: ['USA'],
    preambular: ['Recalling its resolutions,'],
    operative: ['Decides to remain seized;', 'Requests a report;', 'Refers the situation;'],
  }),
  by('RUS', 'request-division', {
    divisionId: 'x',
    draftId: 'd1',
    parts: [
      { part: 'operative', index: 1 },
      { part: 'operative', index: 2 },
    ],
  }),
  chair('agree-division', { divisionId: 'x' }),
  chair('record-vote', {
    voteId: 'p1',
    question: 'OP 2',
    subject: { kind: 'part', divisionId: 'x' },
    ballots: ballotsFor(
      COUNCIL_2014.filter((c) => c !== 'RUS'),
      ['RUS'],
    ),
  }),
  chair('record-vote', { voteId: 'p2', question: 'OP 3', subject: { kind: 'part', divisionId: 'x' }, ballots: ballotsFor(COUNCIL_2014) }),
  chair('record-vote', { voteId: 'w', question: 'Draft', subject: { kind: 'draft', draftId: 'd1' }, ballots: ballotsFor(COUNCIL_2014) }),
];

function played(): SessionEvent[] {
  let state = initialState;
  const events: SessionEvent[] = [];
  for (const input of PLAYED) {
    const r = step(state, input);
    assert.equal(r.error, undefined, `${input.type}: ${r.error?.code} ${r.error?.message}`);
    events.push(...r.events);
    state = r.state;
  }
  return events.map((e, i) => ({ ...e, version: i + 1, sessionId: 's1', commandId: null, at: '2014-12-22T15:00:00Z' }));
}

describe('no English catalogue text in the other five languages', () => {
  it('the guard has something to guard: fragments and filled messages of the three catalogues', () => {
    assert.ok(TEXTS.size > 150, String(TEXTS.size));
    assert.ok([...TEXTS.keys()].some((t) => t.startsWith('The result of the voting is as follows')));
    // It would catch the English motion words it was written for, inside a translated sentence.
    assert.ok(
      leaks('Предложение (adjourn the debate on the item) принято.', TEXTS).some((l) => l.includes('"adjourn the debate on the item"')),
    );
  });

  for (const lang of OTHERS) {
    it(`${lang}: council decide --lang ${lang} --details, every kind of outcome and warning`, async () => {
      for (const [kind, input] of Object.entries(VOTES)) {
        const r = await run(['decide', '--lang', lang, '--details', '-'], input);
        assert.equal(r.code, 0, `${kind}: ${r.err}`);
        assert.deepEqual(leaks(r.out, TEXTS), [], `${lang} ${kind}: ${r.out}`);
      }
    });
  }

  it('a played meeting (motions, a caucus, a division, an adopted text): the record (md, html) in five languages', async () => {
    const events = played();
    const data = strings(PLAYED, new Set());
    const english = String(await renderSession(events, 'md', 'en'));
    // The English record has the texts the guard looks for: it is looking at the right words.
    assert.ok(leaks(english, TEXTS, data).length >= 10, leaks(english, TEXTS, data).join('\n'));
    for (const lang of OTHERS) {
      for (const format of ['md', 'html'] as const) {
        const out = String(await renderSession(events, format, lang));
        const text = format === 'html' ? decodeHtml(out) : out;
        assert.deepEqual(leaks(text, TEXTS, data), [], `${lang} ${format}`);
      }
    }
  });

  for (const fixture of fixtures) {
    it(`${fixture.id}: the record (md, html) in five languages`, async () => {
      const data = strings(fixture, new Set());
      for (const lang of OTHERS) {
        for (const format of ['md', 'html']) {
          const r = await run(['export', fixture.id, '--format', format, '--lang', lang]);
          assert.equal(r.code, 0, r.err);
          const text = format === 'html' ? decodeHtml(r.out) : r.out;
          assert.deepEqual(leaks(text, TEXTS, data), [], `${fixture.id} ${lang} ${format}`);
        }
      }
    });
  }
});
