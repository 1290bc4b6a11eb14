/**
 * The board's own logic, without a browser: where each member sits on the horseshoe, and
 * the outcome in words, built from the rules engine's real decisions.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decideScVote } from '../../src/rules/security-council/decide-vote.js';
import type { Ballot, Decision } from '../../src/rules/types.js';
import { horseshoePositions, seatOrder } from '../../web/src/components/seating.js';
import { formatMessage } from '../../web/src/i18n/format.js';
import { countryList, type NameLanguage } from '../../src/data/country-names/index.js';
import type { Translate } from '../../web/src/i18n/types.js';
import { outcomeWords } from '../../web/src/session/outcome.js';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };

const translator =
  (catalogue: Record<string, string>, lang = 'en'): Translate =>
  (key, params) =>
    formatMessage(lang, catalogue[key] ?? key, params);
/** Right-to-left catalogues wrap tallies in bidi isolation marks (U+2066 … U+2069). */
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

const MEMBERS_2017 = [
  ['CHN', 'China', true],
  ['FRA', 'France', true],
  ['RUS', 'Russian Federation', true],
  ['GBR', 'United Kingdom of Great Britain and Northern Ireland', true],
  ['USA', 'United States of America', true],
  ['BOL', 'Bolivia (Plurinational State of)', false],
  ['EGY', 'Egypt', false],
  ['ETH', 'Ethiopia', false],
  ['ITA', 'Italy', false],
  ['JPN', 'Japan', false],
  ['KAZ', 'Kazakhstan', false],
  ['SEN', 'Senegal', false],
  ['SWE', 'Sweden', false],
  ['UKR', 'Ukraine', false],
  ['URY', 'Uruguay', false],
] as const;
const members = MEMBERS_2017.map(([code, name, permanent]) => ({ code, name, permanent }));

function decide(matter: 'procedural' | 'non-procedural', ballots: Record<string, Ballot>): Decision {
  const result = decideScVote({
    composition: { date: '2017-12-11', seats: members.map((m) => ({ code: m.code, permanent: m.permanent })) },
    matter,
    ballots,
  });
  assert.ok(result.ok, 'the rules engine decides');
  return result.value;
}

const ballotsOf = (yes: string[], no: string[], abstain: string[]): Record<string, Ballot> =>
  Object.fromEntries(
    members.map((m) => [
      m.code,
      yes.includes(m.code) ? 'yes' : no.includes(m.code) ? 'no' : abstain.includes(m.code) ? 'abstain' : 'absent',
    ]),
  );

test('spec T4: "Adopted 10-3-2, procedural" and "no veto applies", in English and French', () => {
  const decision = decide(
    'procedural',
    ballotsOf(['FRA', 'ITA', 'JPN', 'KAZ', 'SEN', 'SWE', 'UKR', 'GBR', 'USA', 'URY'], ['BOL', 'CHN', 'RUS'], ['EGY', 'ETH']),
  );
  const names = (codes: string[]) => codes.join(', ');
  const english = outcomeWords(decision, 'procedural', translator(en), names);
  assert.equal(plain(english.headline), 'Adopted 10-3-2, procedural');
  assert.match(english.reason, /^procedural, no veto applies/);
  const french = outcomeWords(decision, 'procedural', translator(fr, 'fr'), names);
  assert.equal(plain(french.headline), 'Adopté 10-3-2, question de procédure');
});

test('a permanent member\'s no on a substantive question: "vetoed by China"', () => {
  const yes = members.map((m) => m.code).filter((c) => c !== 'CHN' && c !== 'EGY');
  const decision = decide('non-procedural', ballotsOf(yes, ['CHN'], ['EGY']));
  const words = outcomeWords(decision, 'non-procedural', translator(en), (codes) =>
    codes.map((c) => (c === 'CHN' ? 'China' : c)).join(', '),
  );
  assert.equal(plain(words.headline), 'Not adopted 13-1-1, substantive');
  assert.equal(words.reason, 'not adopted: vetoed by China');
});

test('eight votes on a procedural question (spec T5): "8 of 9 votes"', () => {
  const decision = decide(
    'procedural',
    ballotsOf(['FRA', 'ITA', 'JPN', 'SWE', 'UKR', 'GBR', 'USA', 'URY'], ['BOL', 'CHN', 'RUS', 'KAZ'], ['EGY', 'ETH', 'SEN']),
  );
  const words = outcomeWords(decision, 'procedural', translator(en), (c) => c.join());
  assert.equal(plain(words.headline), 'Not adopted 8-4-3, procedural');
  assert.equal(words.reason, 'not adopted: 8 of 9 votes');
});

test('the President sits at the head of the table; the others follow in Rule 18 order', () => {
  const order = seatOrder(members, 'JPN');
  assert.equal(order.length, 15);
  assert.equal(order[7]!.code, 'JPN', 'the middle seat');
  // Going round from the President: Kazakhstan, Russian Federation, Senegal, ... wrapping to Bolivia.
  const fromPresident = [...order.slice(7), ...order.slice(0, 7)].map((m) => m.code);
  assert.deepEqual(fromPresident, [
    'JPN',
    'KAZ',
    'RUS',
    'SEN',
    'SWE',
    'UKR',
    'GBR',
    'USA',
    'URY',
    'BOL',
    'CHN',
    'EGY',
    'ETH',
    'FRA',
    'ITA',
  ]);
});

test('seats are evenly spaced along the horseshoe and mirror each other', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 30 }), (n) => {
      const seats = horseshoePositions(n, 500, 300, 290, 230);
      assert.equal(seats.length, n);
      for (let i = 0; i < n; i++) {
        const a = seats[i]!;
        const b = seats[n - 1 - i]!;
        assert.ok(Math.abs(a.x - 500 - (500 - b.x)) < 1e-6 && Math.abs(a.y - b.y) < 1e-6, 'mirror image');
        assert.ok(Math.abs(Math.hypot(a.nx, a.ny) - 1) < 1e-9, 'unit normal');
      }
      const gaps = seats.slice(1).map((s, i) => Math.hypot(s.x - seats[i]!.x, s.y - seats[i]!.y));
      // Chords on the curve are a little shorter than the arc; never more than a few percent.
      const longest = Math.max(...gaps);
      assert.ok(Math.min(...gaps) > longest * 0.9, 'evenly spaced');
      assert.ok(
        seats.every((s) => s.y <= 300 + 230 + 1e-6 && s.y >= 300 - 290 - 1e-6),
        'on the table',
      );
    }),
  );
});

test('a state the catalogue does not name gets its CLDR name by its alpha-2 code', async () => {
  const { regionName } = await import('../../web/src/i18n/regionName.js');
  assert.equal(regionName('DEU', 'fr'), 'Allemagne');
  assert.equal(regionName('MNG', 'fr'), 'Mongolie');
  assert.equal(regionName('XXX', 'fr'), undefined);
});

test('a double veto reads grammatically in all six languages', async () => {
  const yes = members.map((m) => m.code).filter((c) => c !== 'CHN' && c !== 'RUS' && c !== 'EGY');
  const decision = decide('non-procedural', ballotsOf(yes, ['CHN', 'RUS'], ['EGY']));
  assert.deepEqual(decision.vetoedBy, ['CHN', 'RUS']);
  const expected: Record<NameLanguage, string> = {
    en: 'not adopted: vetoed by China and the Russian Federation',
    fr: 'non adopté : veto de la Chine et de la Fédération de Russie',
    es: 'no aprobado: veto de China y de la Federación de Rusia',
    ru: 'не принято: вето Китая и Российской Федерации',
    zh: '未通过：中国和俄罗斯联邦投了否决票',
    ar: 'لم يُعتمد: استخدم الصين والاتحاد الروسي حق النقض',
  };
  for (const [lang, sentence] of Object.entries(expected) as [NameLanguage, string][]) {
    const catalogue = (await import(`../../web/src/i18n/${lang}.json`, { with: { type: 'json' } })).default as Record<string, string>;
    const words = outcomeWords(decision, 'non-procedural', translator(catalogue, lang), (codes) => countryList(codes, lang, 'of'));
    assert.equal(words.reason, sentence, lang);
  }
});

test('Arabic keeps the tally one left-to-right unit (isolated, unbreakable)', async () => {
  const ar = (await import('../../web/src/i18n/ar.json', { with: { type: 'json' } })).default as Record<string, string>;
  const decision = decide(
    'procedural',
    ballotsOf(['FRA', 'ITA', 'JPN', 'KAZ', 'SEN', 'SWE', 'UKR', 'GBR', 'USA', 'URY'], ['BOL', 'CHN', 'RUS'], ['EGY', 'ETH']),
  );
  const words = outcomeWords(decision, 'procedural', translator(ar, 'ar'), (c) => c.join());
  // Isolated, and held together by word joiners (no line break, and invisible to the bidi algorithm,
  // so "10-3-2" stays one number run: a non-breaking hyphen there is a neutral and drew it "2-3-10").
  assert.equal(words.headline, 'اعتُمد \u206610\u2060-\u20603\u2060-\u20602\u2069، مسألة إجرائية');
});
