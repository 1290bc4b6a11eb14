/**
 * `council decide --lang`: the explanation rendered from the decision's structure in each of
 * the six official languages. The 18 Dec 2017 draft on Jerusalem (S/2017/1060), 14 in
 * favour and the United States against, is the veto case (S/PV.8139).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/command.js';

async function run(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readStdin: async () => stdin,
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

const MEMBERS_2017 = ['CHN', 'FRA', 'RUS', 'GBR', 'BOL', 'EGY', 'ETH', 'ITA', 'JPN', 'KAZ', 'SEN', 'SWE', 'UKR', 'URY'];
const JERUSALEM_2017 = JSON.stringify({
  body: 'security-council',
  date: '2017-12-18',
  matter: 'non-procedural',
  votes: { ...Object.fromEntries(MEMBERS_2017.map((c) => [c, 'yes'])), USA: 'no' },
});

/** Each language: the exact sentence's key words and a character of its script. */
const EXPECTED: Record<string, { words: RegExp[]; script: RegExp }> = {
  en: {
    words: [
      /^Not adopted: 14 votes in favour, 1 against and no abstentions\./,
      /a permanent member, the United States, voted against/,
      /: veto\.$/m,
    ],
    script: /[A-Za-z]/,
  },
  fr: {
    words: [
      /^Non adopté : 14 voix pour, 1 voix contre et aucune abstention\./,
      /mais un membre permanent, les États-Unis, a voté contre \(Article 27, paragraphe 3, de la Charte\) : veto\./,
    ],
    script: /[éèà]/,
  },
  es: {
    words: [
      /^No aprobado: 14 votos a favor, 1 en contra y ninguna abstención\./,
      /un miembro permanente, los Estados Unidos, votó en contra/,
    ],
    script: /[áéíóúñ]/,
  },
  ru: {
    words: [/^Не принято: 14 голосов «за», 1 голос «против»/, /постоянный член — Соединенные Штаты — проголосовал против/, /вето\.$/m],
    script: /[\u0400-\u04FF]/,
  },
  zh: { words: [/^未通过：14票赞成，1票反对，0票弃权。/, /常任理事国美国投了反对票/, /否决。$/m], script: /[\u4E00-\u9FFF]/ },
  ar: { words: [/^لم يُعتمد:/, /الولايات المتحدة/, /نقض/], script: /[\u0600-\u06FF]/ },
};

describe('council decide --lang', () => {
  for (const [lang, expected] of Object.entries(EXPECTED)) {
    it(`${lang}: the vetoed draft of 18 December 2017, explained from structure`, async () => {
      const r = await run(['decide', '--lang', lang, '--details', '-'], JERUSALEM_2017);
      assert.equal(r.code, 0, r.err);
      const [sentence, details] = r.out.trimEnd().split('\n');
      for (const w of expected.words) assert.match(r.out, w, `${lang}: ${r.out}`);
      assert.match(sentence!, expected.script);
      // Spec identifiers only in the details line, never in the sentence.
      assert.doesNotMatch(sentence!, /\bR\d+\b|\bspec\b|\(R\d|T\d \[/);
      assert.match(details!, /R21/);
    });
  }

  it('the English rendering names "the Russian Federation" with its article in a double veto', async () => {
    const votes = { ...Object.fromEntries(MEMBERS_2017.map((c) => [c, 'yes'])), USA: 'yes', CHN: 'no', RUS: 'no' };
    const r = await run(
      ['decide', '--lang', 'en', '-'],
      JSON.stringify({ body: 'security-council', date: '2017-12-18', matter: 'non-procedural', votes }),
    );
    assert.match(r.out, /2 permanent members, China and the Russian Federation, voted against/);
    const ru = await run(
      ['decide', '--lang', 'ru', '-'],
      JSON.stringify({ body: 'security-council', date: '2017-12-18', matter: 'non-procedural', votes }),
    );
    assert.match(ru.out, /2 постоянных члена — Китай и Российская Федерация — проголосовали против/);
  });

  it('--json keeps the language-free decision and adds the localized rendering', async () => {
    const r = await run(['decide', '--json', '--lang', 'fr', '-'], JERUSALEM_2017);
    const j = JSON.parse(r.out);
    assert.deepEqual(j.vetoedBy, ['USA']);
    assert.equal(j.facts.matter, 'non-procedural');
    assert.equal(j.facts.vetoHow, 'voted-against');
    assert.equal(j.localized.lang, 'fr');
    assert.match(j.localized.sentence, /les États-Unis/);
  });

  it('an unknown language is a usage error: exit 2, one line', async () => {
    const r = await run(['decide', '--lang', 'pt', '-'], JERUSALEM_2017);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /--lang: one of ar, en, es, fr, ru, zh/);
    assert.equal(r.err.trim().split('\n').length, 1);
  });
});
