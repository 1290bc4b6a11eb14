/**
 * Record mastheads as the UN prints them in each language: the year (the Council) or the
 * session (the Assembly) spelled out, the meeting by its numeral with the language's ordinal mark.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { words } from '../../src/records/lang/index.js';
import { countedOrdinal } from '../../src/records/lang/ordinals.js';
import { LANGUAGES } from '../../src/records/explain/index.js';
import { runCli } from '../../src/cli/run.js';

const MASTHEAD: Record<string, { year: string; session: string }> = {
  en: { year: 'Seventy-second year, 8130th meeting', session: 'Sixty-ninth session' },
  fr: { year: 'Soixante-douzième année, 8130e séance', session: 'Soixante-neuvième session' },
  es: { year: 'Septuagésimo segundo año, 8130ª sesión', session: 'Sexagésimo noveno período de sesiones' },
  ru: { year: 'Семьдесят второй год, 8130-е заседание', session: 'Шестьдесят девятая сессия' },
  zh: { year: '第七十二年 第8130次会议', session: '第六十九届会议' },
  ar: { year: 'السنة الثانية والسبعون، الجلسة 8130', session: 'الدورة التاسعة والستون' },
};

describe('the masthead in each language', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: "${MASTHEAD[lang]!.year}" and "${MASTHEAD[lang]!.session}"`, () => {
      const w = words(lang);
      assert.equal(w.heading(72, 8130, 'year').full, MASTHEAD[lang]!.year);
      assert.equal(w.heading(69, undefined, 'session').full, MASTHEAD[lang]!.session);
    });
  }

  it('every year the UN has had, spelled out without a digit in every language', () => {
    for (const lang of LANGUAGES) {
      const seen = new Set<string>();
      for (let n = 1; n <= 100; n++) {
        const year = words(lang).heading(n, undefined, 'year').full;
        assert.doesNotMatch(year, /\d/u, `${lang} ${n}: ${year}`);
        seen.add(year);
      }
      assert.equal(seen.size, 100, `${lang}: a hundred different years`);
    }
  });

  it('the forms the languages need: agreement, apocope, ten, compound ordinals', () => {
    assert.equal(countedOrdinal(1, 'fr', 'year'), 'Première');
    assert.equal(countedOrdinal(21, 'es', 'year'), 'Vigésimo primer');
    assert.equal(countedOrdinal(31, 'es', 'session'), 'Trigésimo primer');
    // Spanish 11-19 as the UN writes them: one word ("undécimo período de sesiones"), never "Décimo primer".
    assert.equal(words('es').heading(11, undefined, 'session').full, 'Undécimo período de sesiones');
    assert.equal(countedOrdinal(12, 'es', 'year'), 'Duodécimo');
    assert.equal(countedOrdinal(13, 'es', 'session'), 'Decimotercer');
    assert.equal(countedOrdinal(18, 'es', 'session'), 'Decimoctavo');
    assert.equal(countedOrdinal(19, 'es', 'session'), 'Decimonoveno');
    for (let n = 11; n < 20; n++) assert.doesNotMatch(countedOrdinal(n, 'es', 'year'), /\s/u, `es ${n}`);
    assert.equal(countedOrdinal(72, 'ru', 'session'), 'Семьдесят вторая');
    assert.equal(countedOrdinal(73, 'ru', 'session'), 'Семьдесят третья');
    assert.equal(countedOrdinal(81, 'ru', 'year'), 'Восемьдесят первый');
    assert.equal(countedOrdinal(10, 'zh', 'year'), '十');
    assert.equal(countedOrdinal(15, 'zh', 'year'), '十五');
    assert.equal(countedOrdinal(11, 'ar', 'year'), 'الحادية عشرة');
    assert.equal(countedOrdinal(12, 'ar', 'year'), 'الثانية عشرة');
    assert.equal(countedOrdinal(21, 'ar', 'year'), 'الحادية والعشرون');
    assert.equal(countedOrdinal(80, 'ar', 'year'), 'الثمانون');
  });

  it('the exported record of S/PV.8130 carries the masthead in each language', async () => {
    for (const lang of LANGUAGES) {
      let out = '';
      const code = await runCli(['export', 'sc-2017-12-11-dprk', '--format', 'md', '--lang', lang], {
        out: (t) => {
          out += t;
        },
        err: () => {},
        readStdin: async () => '',
      });
      assert.equal(code, 0);
      assert.ok(out.includes(MASTHEAD[lang]!.year), `${lang}: ${out.slice(0, 200)}`);
    }
  });
});
