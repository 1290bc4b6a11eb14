/**
 * Agenda items and the titles council ships, by a language-free key, in six catalogues: every
 * title of the historical meetings (fixtures) is keyed and shows in the page's language; a
 * title someone typed stays as entered.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AGENDA_CATALOGUES, AGENDA_PROVENANCE, agendaKey, agendaText } from '../../src/records/agenda/index.js';
import { LANGUAGES, type Language } from '../../src/records/explain/index.js';
import { fixtures, runFixture } from '../../src/sessions/fixtures/index.js';

const SCRIPT: Record<Exclude<Language, 'en'>, RegExp> = {
  fr: /[éèàç’]|la |des |de /u,
  es: /[áéíóúñ]|la |de |los /u,
  ru: /[\u0400-\u04FF]/u,
  zh: /[\u4E00-\u9FFF]/u,
  ar: /[\u0600-\u06FF]/u,
};

/** Every English title and agenda item the fixtures carry: meeting titles, items, questions, drafts, briefers. */
function shippedTexts(): Set<string> {
  const texts = new Set<string>();
  for (const f of fixtures) {
    texts.add(f.title);
    const run = runFixture(f);
    if (!run.ok) throw new Error(run.error.message);
    for (const e of run.value.events) {
      const d = e.data as Record<string, unknown>;
      for (const k of ['title', 'item', 'question']) if (typeof d[k] === 'string') texts.add(d[k] as string);
      for (const it of (d.items as { title: string }[] | undefined) ?? []) texts.add(it.title);
    }
  }
  return texts;
}

describe('agenda items by key, in six catalogues', () => {
  it('every catalogue has every key of the English one, and every key its provenance', () => {
    const keys = Object.keys(AGENDA_CATALOGUES.en).sort();
    for (const lang of LANGUAGES) assert.deepEqual(Object.keys(AGENDA_CATALOGUES[lang]).sort(), keys, lang);
    assert.deepEqual(Object.keys(AGENDA_PROVENANCE).sort(), keys);
    // Titles not checked against a UN document say so.
    assert.equal(AGENDA_PROVENANCE['meeting.agendaVote'].wording, 'council');
    assert.deepEqual(AGENDA_PROVENANCE['text.dprkHumanRights'].confirmedIn, ['en', 'fr', 'es']);
  });

  const texts = shippedTexts();
  it('finds the fixtures’ titles', () => assert.ok(texts.size >= 20, `${texts.size} texts`));

  for (const text of texts) {
    it(`keyed and translated: ${text}`, () => {
      const keyed = agendaKey(text);
      assert.ok(keyed, 'has a key');
      assert.equal(agendaText(text, 'en'), text, 'the English catalogue gives the text back');
      for (const lang of LANGUAGES) {
        if (lang === 'en') continue;
        const shown = agendaText(text, lang);
        assert.notEqual(shown, text, `${lang}: still English`);
        if (lang === 'ru' || lang === 'zh' || lang === 'ar') assert.match(shown, SCRIPT[lang], `${lang}: ${shown}`);
        // Only symbols, numbers and dates may stay as they were; no English words.
        assert.doesNotMatch(
          shown,
          /\b(situation in|agenda vote|request withdrawn|open briefing|Committee|Council|Draft|Amendment|meeting)\b/u,
          `${lang}: ${shown}`,
        );
      }
    });
  }

  it('the Spanish history: the DPRK item and its agenda vote as the UN writes them', () => {
    assert.equal(
      agendaText("The situation in the Democratic People's Republic of Korea: agenda vote, 2017-12-11 (S/PV.8130)", 'es'),
      'La situación en la República Popular Democrática de Corea: votación sobre el orden del día, 11 de diciembre de 2017 (S/PV.8130)',
    );
    assert.equal(
      agendaText("Situation of human rights in the Democratic People's Republic of Korea", 'es'),
      'Situación de los derechos humanos en la República Popular Democrática de Corea',
    );
    assert.equal(
      agendaText("Situation of human rights in the Democratic People's Republic of Korea", 'fr'),
      'Situation des droits de l’homme en République populaire démocratique de Corée',
    );
    assert.equal(agendaText('Amendment A/C.3/69/L.63 (Cuba)', 'ru'), 'Поправка A/C.3/69/L.63 (Куба)');
  });

  it('a title someone typed stays as entered, in every language', () => {
    for (const lang of LANGUAGES) {
      assert.equal(agendaText('Our model UN crisis on water rights', lang), 'Our model UN crisis on water rights');
      assert.equal(agendaKey('Our model UN crisis on water rights'), null);
    }
  });
});
