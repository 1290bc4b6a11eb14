import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  countryName,
  countryList,
  NAME_LANGUAGES,
  type NameLanguage,
  nameRecord,
  namedCodes,
  UNTERM_SOURCE,
} from '../../src/data/country-names/index.js';
import { UNTERM_LANGUAGES, UNTERM_SNAPSHOT, UNTERM_SNAPSHOT_SOURCE } from '../../src/data/country-names/unterm-snapshot.js';
import { memberState } from '../../src/data/member-states.js';

// The tables write the typographic apostrophe (l’Iraq); the stored copy mostly the ASCII one.
const apos = (s: string) => s.replace(/'/gu, '’');

/** What the stored copy says a name is in running text: "Afghanistan (l')" → "l’Afghanistan", "Bahamas (the)" → "the Bahamas". */
function expectedText(short: string): string {
  const m = /^(.*) \((the|l'|le|la|les|el|los|las)\)$/u.exec(short);
  if (!m) return apos(short);
  const [, name, article] = m;
  return apos(article === "l'" ? `l’${name}` : `${article} ${name}`);
}

const snapshotName = (code: string, lang: NameLanguage): string | undefined => {
  const row = UNTERM_SNAPSHOT[code];
  return row ? row[UNTERM_LANGUAGES.indexOf(lang)] : undefined;
};

test('every name, in all six languages, is a record with a source and a certainty', () => {
  for (const lang of NAME_LANGUAGES) {
    for (const code of namedCodes()) {
      const r = nameRecord(code, lang);
      assert.ok(r, `${code} ${lang} has a record`);
      assert.ok(r.name.length > 0 && r.source.length > 0, `${code} ${lang}`);
      assert.ok(['confirmed', 'knowledge', 'uncertain'].includes(r.certainty), `${code} ${lang}`);
      if (r.certainty !== 'confirmed') assert.ok(r.note && r.note.length > 20, `${code} ${lang}: says why it is not confirmed`);
    }
  }
  assert.equal(nameRecord('XXX', 'fr'), undefined);
});

test('the confirmed source is the stored UNTERM copy, which names all 193 Members and the two observer States', () => {
  assert.equal(UNTERM_SOURCE, UNTERM_SNAPSHOT_SOURCE);
  assert.equal(Object.keys(UNTERM_SNAPSHOT).length, 195);
  for (const code of Object.keys(UNTERM_SNAPSHOT)) assert.ok(memberState(code), code);
});

test('every confirmed name is the stored UNTERM short name, article included', () => {
  for (const lang of NAME_LANGUAGES) {
    for (const code of namedCodes()) {
      const r = nameRecord(code, lang)!;
      if (r.certainty !== 'confirmed') continue;
      assert.equal(r.source, UNTERM_SOURCE);
      const short = snapshotName(code, lang);
      assert.ok(short, `${code} ${lang}: confirmed but not in the stored copy`);
      assert.equal(apos(r.name), expectedText(short), `${code} ${lang}`);
    }
  }
});

test('nearly every name is confirmed; what is not is the known, explained list', () => {
  const notConfirmed = (lang: NameLanguage) =>
    namedCodes()
      .filter((c) => nameRecord(c, lang)!.certainty !== 'confirmed')
      .sort();
  const dissolved = ['CSK', 'DDR', 'SUN', 'YMD', 'YUG'];
  const always = [...dissolved, 'GBR', 'NLD', 'TUR', 'USA'].sort();
  assert.deepEqual(notConfirmed('en'), always);
  assert.deepEqual(notConfirmed('fr'), [...always, 'BOL', 'FSM', 'IRN', 'VEN'].sort());
  assert.deepEqual(notConfirmed('es'), [...always, 'IRN'].sort());
  assert.deepEqual(notConfirmed('ru'), always);
  assert.deepEqual(notConfirmed('zh'), always);
  assert.deepEqual(notConfirmed('ar'), [...always, 'TLS'].sort());
});

test('a name the stored copy writes differently is not called confirmed (the test above would catch a wrong one)', () => {
  // Türkiye (2022) postdates the copy, which says Turquie / Turquía.
  assert.equal(snapshotName('TUR', 'fr'), 'Turquie (la)');
  assert.equal(nameRecord('TUR', 'fr')!.certainty, 'uncertain');
  assert.notEqual(apos(nameRecord('TUR', 'fr')!.name), expectedText(snapshotName('TUR', 'fr')!));
});

test('names fixed to the UN short names: Cabo Verde and Vanuatu take no article in French, 多米尼加, 罗马教廷, Тимор-Лешти; no "the" for Maldives or Solomon Islands', () => {
  assert.equal(countryName('CPV', 'fr', 'of'), 'de Cabo Verde');
  assert.equal(countryName('VUT', 'fr', 'of'), 'de Vanuatu');
  assert.equal(countryName('DOM', 'zh'), '多米尼加');
  assert.equal(countryName('VAT', 'zh'), '罗马教廷');
  assert.equal(countryName('TLS', 'ru'), 'Тимор-Лешти');
  assert.equal(countryName('MDV', 'en', 'text'), 'Maldives');
  assert.equal(countryName('SLB', 'en', 'of'), 'Solomon Islands');
  assert.equal(countryName('GMB', 'en', 'text'), 'the Gambia');
});

test('Russian records carry the genitive as grammar (knowledge), apart from the confirmed nominative', () => {
  const r = nameRecord('CHN', 'ru')!;
  assert.equal(r.certainty, 'confirmed');
  assert.deepEqual(r.genitive, { name: 'Китая', certainty: 'knowledge' });
  assert.equal(countryList(['CHN', 'RUS'], 'ru', 'of'), 'Китая и Российской Федерации');
});
