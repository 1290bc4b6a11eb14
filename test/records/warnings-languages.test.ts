/**
 * The engine's warnings carry a language-free code and arguments (src/rules RuleWarning) and
 * are rendered through the trace catalogues: `council decide --lang xx` prints no English
 * warning inside a translated "Warning:" prefix.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCaptured as run } from '../cli/capture.js';
import { LANGUAGES, warningText, type Language } from '../../src/records/explain/index.js';
import { TRACE_CATALOGUES } from '../../src/records/explain/trace/catalogue.js';
import { decide } from '../../src/library/decide.js';
import type { DecideInput } from '../../src/library/decide.js';

const SCRIPT: Record<Language, RegExp> = {
  en: /[A-Za-z]/u,
  fr: /[éèàç’]/u,
  es: /[áéíóúñ]/u,
  ru: /[\u0400-\u04FF]/u,
  zh: /[\u4E00-\u9FFF]/u,
  ar: /[\u0600-\u06FF]/u,
};
const PREFIX: Record<Language, string> = {
  en: 'Warning: ',
  fr: 'Avertissement : ',
  es: 'Advertencia: ',
  ru: 'Предупреждение: ',
  zh: '警告：',
  ar: 'تحذير: ',
};

const COUNCIL_2014 = ['CHN', 'FRA', 'RUS', 'GBR', 'USA', 'ARG', 'AUS', 'CHL', 'JOR', 'KOR', 'LTU', 'LUX', 'NGA', 'RWA', 'TCD'];
const sc = (extra: Record<string, unknown>, votes: Record<string, string>) => ({
  body: 'security-council',
  date: '2014-12-22',
  matter: 'non-procedural',
  votes: { ...Object.fromEntries(COUNCIL_2014.map((c) => [c, 'yes'])), ...votes },
  ...extra,
});

/** One input per warning the engine gives from `council decide`, and a name each language must show. */
const CASES: Record<string, { input: object; names?: Partial<Record<Language, string>> }> = {
  'committee-simple-majority': {
    input: { body: 'ga-main-committee', majority: 'two-thirds', tally: { yes: 60, no: 40, abstain: 80 } },
  },
  'art19-no-vote': {
    input: {
      body: 'general-assembly',
      majority: 'simple',
      votes: { FRA: 'yes', USA: 'no', SOM: 'yes' },
      options: { art19NoVote: ['SOM'] },
    },
    names: { fr: 'La Somalie', es: 'Somalia', ru: 'Сомали', zh: '索马里', en: 'Somalia' },
  },
  'obligatory-abstention-violation': {
    input: sc({ chapter: 'VI', dispute: { parties: ['GBR', 'MUS'] }, options: { obligatoryAbstentionMode: 'record-only' } }, { GBR: 'no' }),
    names: { fr: 'Royaume-Uni', es: 'Reino Unido', zh: '联合王国', en: 'United Kingdom' },
  },
  'chapter-unspecified': { input: sc({ dispute: { parties: ['GBR', 'MUS'] } }, {}) },
};

describe('engine warnings from their code, in each language', () => {
  it('every warning the cases raise has a code, arguments and a message in every catalogue', () => {
    for (const [code, c] of Object.entries(CASES)) {
      const d = decide(c.input as DecideInput);
      assert.ok(d.ok, code);
      const w = d.value.warnings.find((x) => x.code === code);
      assert.ok(w?.args, `${code}: ${JSON.stringify(d.value.warnings)}`);
      for (const lang of LANGUAGES) assert.ok(`warning.${code}` in TRACE_CATALOGUES[lang], `${lang} ${code}`);
    }
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: council decide --lang ${lang} prints each warning in the language`, async () => {
      for (const [code, c] of Object.entries(CASES)) {
        const d = decide(c.input as DecideInput);
        assert.ok(d.ok);
        const english = d.value.warnings.find((x) => x.code === code)!.message;
        const r = await run(['decide', '--lang', lang, '-'], JSON.stringify(c.input));
        assert.equal(r.code, 0, r.err);
        const line = r.out.split('\n').find((l) => l.startsWith(PREFIX[lang]));
        assert.ok(line, `${lang} ${code}: ${r.out}`);
        const text = line.slice(PREFIX[lang].length);
        assert.match(text, SCRIPT[lang], `${lang} ${code}: ${text}`);
        if (lang !== 'en') {
          assert.notEqual(text, english);
          // No three words running of the engine's English message survive (cognates like "obligation" may).
          const words = english.split(/\s+/u);
          for (let i = 0; i + 3 <= words.length; i++) {
            const run = words.slice(i, i + 3).join(' ');
            assert.ok(!text.includes(run), `${lang} ${code}: "${run}" in ${text}`);
          }
        }
        const name = c.names?.[lang];
        if (name) assert.ok(text.includes(name), `${lang} ${code}: ${text}`);
      }
    });
  }

  it('a warning without arguments (stored before codes rendered) keeps its English message, marked en', () => {
    const w = { code: 'seat-count-date-mismatch', message: 'a 11-member Council on 1970-01-01; thresholds follow the seat count' };
    assert.deepEqual(warningText(w, 'fr'), { text: w.message, lang: 'en' });
    const coded = { ...w, args: { seats: 11, date: '1970-01-01' } };
    assert.deepEqual(warningText(coded, 'ru'), { text: 'Совет из 11 членов на 1970-01-01: пороги следуют числу мест', lang: 'ru' });
  });
});
