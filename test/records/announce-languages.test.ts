/**
 * The President's announcement and the record's fixed headings in the six languages, from
 * structure: a motion by its closed kind (no English motion words in another language), a
 * separately voted paragraph "retained" / "not retained" as the UN says it, the adopted text's heading.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideGaVote } from '../../src/rules/general-assembly/decide-vote.js';
import { announcement } from '../../src/records/announce.js';
import { adoptedText } from '../../src/records/proceedings.js';
import { words, type Language } from '../../src/records/lang/index.js';
import type { MotionKind, VoteRecorded } from '../../src/sessions/events.js';
import { runCli } from '../../src/cli/run.js';
import { MOTIONS as ALL_MOTIONS } from '../../src/protocol/words.js';

const LANGS: readonly Language[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
/** Every motion kind the protocol knows, so a new kind is held to the same test. */
const MOTIONS: readonly MotionKind[] = ALL_MOTIONS;

function vote(subject: VoteRecorded['subject'], yes: number, no: number): VoteRecorded {
  const d = decideGaVote({ body: 'general-assembly', majority: 'simple', membership: 193, tally: { yes, no, abstain: 0 } });
  assert.ok(d.ok);
  return {
    voteId: 'v',
    question: 'q',
    subject,
    matter: 'procedural',
    tally: { yes, no, abstain: 0, nonParticipation: 0, absent: 0 },
    decision: d.value,
  };
}

const motionVote = (motion: MotionKind) => vote({ kind: 'motion', motion }, 100, 20);

test('a motion is announced by its kind in each language, never with the English words', () => {
  const expected: Record<Language, [MotionKind, string][]> = {
    en: [
      ['suspend', 'The motion to suspend the meeting has been adopted.'],
      ['adjourn-debate', 'The motion to adjourn the debate on the item has been adopted.'],
      ['moderated-caucus', 'The motion to hold a moderated caucus has been adopted.'],
    ],
    fr: [
      ['suspend', 'La motion tendant à suspendre la séance a été adoptée.'],
      ['close-debate', 'La motion tendant à clore le débat sur la question a été adoptée.'],
    ],
    es: [
      ['suspend', 'La moción de suspensión de la sesión queda aprobada.'],
      ['close-debate', 'La moción de cierre del debate sobre el tema queda aprobada.'],
    ],
    ru: [['adjourn-debate', 'Предложение об отсрочке прений по пункту принято.']],
    zh: [['suspend', '暂停会议的动议']],
    ar: [['suspend', 'الاقتراح الإجرائي بتعليق الجلسة']],
  };
  for (const lang of LANGS) {
    const w = words(lang);
    const seen = new Set<string>();
    for (const motion of MOTIONS) {
      const text = announcement(motionVote(motion), 'general-assembly', undefined, w);
      seen.add(text);
      if (lang !== 'en') {
        const english = announcement(motionVote(motion), 'general-assembly', undefined, words('en'));
        const object = english.replace(/^The motion to /, '').replace(/ has been adopted\.$/, '');
        assert.ok(!text.includes(object), `${lang} ${motion}: ${text}`);
        // Russian, Chinese and Arabic sentences have no Latin word at all.
        if (lang === 'ru' || lang === 'zh' || lang === 'ar') assert.doesNotMatch(text, /[a-z]{3,}/i, `${lang} ${motion}`);
      }
    }
    // Every kind reads differently (none falls through to the catalogue's "other").
    assert.equal(seen.size, MOTIONS.length, lang);
    for (const [motion, sentence] of expected[lang]) {
      const text = announcement(motionVote(motion), 'general-assembly', undefined, w);
      assert.ok(text.includes(sentence), `${lang}: ${text}`);
    }
  }
});

test('a separately voted paragraph is retained or not retained, in each language', () => {
  const part = (retained: boolean) =>
    vote(
      { kind: 'part', divisionId: 'x', part: { part: 'operative', index: 1 } } as VoteRecorded['subject'],
      retained ? 100 : 20,
      retained ? 20 : 100,
    );
  const expected: Record<Language, [string, string]> = {
    en: ['Operative paragraph 2 is retained.', 'Operative paragraph 2 is not retained.'],
    fr: ['Le paragraphe 2 du dispositif est maintenu.', 'Le paragraphe 2 du dispositif n’est pas maintenu.'],
    es: ['El párrafo 2 de la parte dispositiva se mantiene.', 'El párrafo 2 de la parte dispositiva no se mantiene.'],
    ru: ['Пункт 2 постановляющей части сохраняется.', 'Пункт 2 постановляющей части не сохраняется.'],
    zh: ['执行部分第2段获得保留。', '执行部分第2段未获保留。'],
    ar: ['أُبقي على الفقرة 2 من المنطوق.', 'لم يُبقَ على الفقرة 2 من المنطوق.'],
  };
  for (const lang of LANGS) {
    const w = words(lang);
    for (const body of ['general-assembly', 'ga-main-committee', 'security-council'] as const) {
      assert.equal(announcement(part(true), body, undefined, w), expected[lang][0], `${lang} ${body}`);
      assert.equal(announcement(part(false), body, undefined, w), expected[lang][1], `${lang} ${body}`);
    }
  }
});

test("the adopted text's heading is in the record's language", () => {
  const text = { title: 'Draft resolution', symbol: 'S/2014/916', operative: ['Decides to remain seized;'] };
  const expected: Record<Language, string> = {
    en: 'Text adopted (S/2014/916): ',
    fr: 'Texte adopté (S/2014/916) : ',
    es: 'Texto aprobado (S/2014/916): ',
    ru: 'Принятый текст (S/2014/916): ',
    zh: '通过的案文（S/2014/916）：',
    ar: 'النص المعتمد (S/2014/916): ',
  };
  for (const lang of LANGS) {
    const out = adoptedText(text, words(lang));
    assert.ok(out.startsWith(expected[lang]), `${lang}: ${out}`);
    assert.match(out, /\n1\. Decides to remain seized;$/);
    assert.equal(adoptedText({ title: 'T' }, words(lang)).includes('S/'), false);
  }
});

async function exportOut(argv: string[]) {
  let out = '';
  const code = await runCli(['export', ...argv], { out: (t) => void (out += t), err: () => {}, readStdin: async () => '' });
  assert.equal(code, 0);
  return out;
}

test('the JSON vote export with --lang adds what a reader sees in the language; the CSV and the English JSON do not change', async () => {
  const id = 'sc-2017-12-11-dprk';
  const english = await exportOut([id, '--format', 'json']);
  assert.equal(JSON.parse(english).votes[0].localized, undefined);
  assert.equal(await exportOut([id, '--format', 'csv', '--lang', 'fr']), await exportOut([id, '--format', 'csv']));
  for (const lang of ['fr', 'es', 'ru', 'zh', 'ar'] as const) {
    const x = JSON.parse(await exportOut([id, '--format', 'json', '--lang', lang])) as {
      votes: { explanation: string; localized: { lang: string; question: string; announcement: string; explanation: string } }[];
    };
    for (const v of x.votes) {
      assert.equal(v.localized.lang, lang);
      assert.notEqual(v.localized.explanation, v.explanation, lang);
      assert.equal(v.localized.announcement, v.localized.announcement.trim());
      if (lang !== 'fr' && lang !== 'es') assert.doesNotMatch(v.localized.explanation + v.localized.announcement, /[a-z]{4,}/u, lang);
    }
  }
});
