/**
 * Explanations rendered from the engine's structure (src/records/explain) in the six
 * official languages: complete catalogues, every message parses, every kind of outcome
 * renders in the language's script, and spec identifiers never reach the sentence.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { RECORD_CATALOGUES } from '../../src/records/lang/index.js';
import { decideGeneralAssembly, decideSecurityCouncil } from '../../src/rules/decide.js';
import type { Ballot, Decision } from '../../src/rules/types.js';
import { CATALOGUES, citation, explain, LANGUAGES, type Language } from '../../src/records/explain/index.js';

const SCRIPT: Record<Language, RegExp> = {
  en: /^[\p{Script=Latin}\p{P}\p{N}\p{Zs}\p{S}]+$/u,
  fr: /\p{Script=Latin}/u,
  es: /\p{Script=Latin}/u,
  ru: /\p{Script=Cyrillic}/u,
  zh: /\p{Script=Han}/u,
  ar: /\p{Script=Arabic}/u,
};

test('every catalogue has exactly the English messages, and each parses', () => {
  const keys = Object.keys(CATALOGUES.en).sort();
  for (const lang of LANGUAGES) {
    assert.deepEqual(Object.keys(CATALOGUES[lang]).sort(), keys, lang);
    for (const [id, text] of Object.entries(CATALOGUES[lang])) assert.doesNotThrow(() => parse(text, { ignoreTag: true }), `${lang} ${id}`);
  }
});

const P5 = ['CHN', 'FRA', 'RUS', 'GBR', 'USA'];
const E10 = ['BOL', 'EGY', 'ETH', 'ITA', 'JPN', 'KAZ', 'SEN', 'SWE', 'UKR', 'URY'];
const seats = [...P5.map((code) => ({ code, permanent: true })), ...E10.map((code) => ({ code, permanent: false }))];

function sc(matter: 'procedural' | 'non-procedural' | 'icj-election', ballots: Record<string, Ballot>): Decision {
  const r = decideSecurityCouncil({ composition: { date: '2017-12-18', seats }, matter, ballots });
  assert.ok(r.ok);
  return r.value;
}
const all = (b: Ballot) => Object.fromEntries([...P5, ...E10].map((c) => [c, b])) as Record<string, Ballot>;

const CASES: [string, Decision][] = [
  ['veto', sc('non-procedural', { ...all('yes'), USA: 'no' })],
  ['double veto', sc('non-procedural', { ...all('yes'), CHN: 'no', RUS: 'no' })],
  ['procedural, P5 against', sc('procedural', { ...all('yes'), CHN: 'no', RUS: 'no', BOL: 'no', EGY: 'abstain', ETH: 'abstain' })],
  ['procedural short', sc('procedural', { ...all('abstain'), FRA: 'yes', GBR: 'yes', USA: 'yes' })],
  ['insufficient with a P5 no', sc('non-procedural', { ...all('abstain'), FRA: 'yes', RUS: 'no' })],
  ['adopted with an abstaining P5', sc('non-procedural', { ...all('yes'), CHN: 'abstain' })],
  ['ICJ election', sc('icj-election', { ...all('yes') })],
];
for (const [kind, majority] of [
  ['GA simple', 'simple'],
  ['GA two-thirds', 'two-thirds'],
] as const) {
  const r = decideGeneralAssembly({ body: 'general-assembly', majority, tally: { yes: 93, no: 24, abstain: 58 } });
  assert.ok(r.ok);
  CASES.push([kind, r.value]);
}
const tie = decideGeneralAssembly({ body: 'general-assembly', majority: 'simple', tally: { yes: 50, no: 50, abstain: 3 } });
assert.ok(tie.ok);
CASES.push(['GA tie', tie.value]);

for (const lang of LANGUAGES) {
  test(`${lang}: every kind of outcome renders in the language, without spec identifiers`, () => {
    for (const [kind, decision] of CASES) {
      const { sentence, details } = explain({ decision }, lang);
      assert.match(sentence, SCRIPT[lang], `${lang} ${kind}: ${sentence}`);
      assert.doesNotMatch(sentence, /[{}]|\bspec\b|\bR\d{1,2}\b|\bQ\d\b/u, `${lang} ${kind}: ${sentence}`);
      assert.ok(details.length > 0 && details.some((d) => /R\d+/.test(d)), `${lang} ${kind} details`);
      assert.ok(sentence.includes(String(decision.tally.yes)), `${lang} ${kind} names the votes in favour`);
    }
  });
}

test('the renderer follows the structure, not the English text: a decision without facts (old records)', () => {
  const { facts: _facts, ...old } = CASES[0]![1];
  const withoutFacts = { ...old, explanation: 'IGNORED' };
  assert.match(
    explain({ decision: withoutFacts, matter: 'non-procedural' }, 'fr').sentence,
    /un membre permanent, les États-Unis, a voté contre/,
  );
  assert.doesNotMatch(explain({ decision: withoutFacts }, 'en').sentence, /IGNORED/);
});

test('grammar: articles, contractions and cases in running text', () => {
  const proc = CASES[2]![1];
  assert.match(
    explain({ decision: proc }, 'fr').sentence,
    /Les votes négatifs de la Chine et de la Fédération de Russie ne constituent pas des veto/,
  );
  assert.match(explain({ decision: proc }, 'es').sentence, /Los votos en contra de China y de la Federación de Rusia no constituyen veto/);
  assert.match(explain({ decision: proc }, 'ru').sentence, /Голоса «против» Китая и Российской Федерации не являются вето/);
  assert.match(explain({ decision: proc }, 'en').sentence, /by China and the Russian Federation are not vetoes/);
  const abst = CASES[5]![1];
  assert.match(explain({ decision: abst }, 'fr').sentence, /L’abstention de la Chine ne constitue pas un veto/);
});

test('citations are put in the language; unknown ones stay as written', () => {
  assert.equal(citation('Charter Art. 27(3)', 'fr'), 'Charte, Article 27, paragraphe 3');
  assert.equal(citation('Charter Art. 27(3)', 'ru'), 'пункт 3 статьи 27 Устава');
  assert.equal(citation('GA rule 95', 'es'), 'Reglamento de la Asamblea General, artículo 95');
  assert.equal(citation('Namibia AO para. 22', 'zh'), 'Namibia AO para. 22');
});

/** The arguments a message takes. */
function args(message: string): Set<string> {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.argument || e.type === TYPE.number) names.add(e.value);
      if (e.type === TYPE.plural || e.type === TYPE.select) {
        names.add(e.value);
        for (const option of Object.values(e.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return names;
}

test('record catalogues: complete, parse, and ask only for what the code gives', () => {
  // Beyond English's own arguments, the code always passes these forms of names and the subject.
  const given = new Set(['names', 'Names', 'ofNames', 'name', 'Name', 'ofName', 'count', 'subject', 'ord']);
  for (const [catalogues, label] of [
    [RECORD_CATALOGUES, 'record'],
    [CATALOGUES, 'explanation'],
  ] as const) {
    const english = (catalogues as Record<string, Record<string, string>>).en!;
    for (const lang of LANGUAGES) {
      const catalogue = (catalogues as Record<string, Record<string, string>>)[lang]!;
      assert.deepEqual(Object.keys(catalogue).sort(), Object.keys(english).sort(), `${label} ${lang}`);
      for (const [id, message] of Object.entries(catalogue)) {
        const extra = [...args(message)].filter((a) => !args(english[id]!).has(a) && !given.has(a));
        assert.deepEqual(extra, [], `${label} ${lang} ${id} asks for ${extra.join(', ')}`);
      }
    }
  }
});
