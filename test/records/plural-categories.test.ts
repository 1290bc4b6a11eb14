/**
 * Plurals in every catalogue (web interface, meeting records, explanations) use only the
 * categories the language has (CLDR, as Intl.PluralRules gives them: Arabic zero, one, two,
 * few, many, other; Russian one, few, many, other; Chinese other alone) or exact "=n" cases,
 * and always an "other". A Russian "two" or a Chinese "one" would never be chosen.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CATALOGUES, LANGUAGES } from '../../src/records/explain/index.js';
import { RECORD_CATALOGUES } from '../../src/records/lang/index.js';

const webDir = join(import.meta.dirname, '..', '..', 'web', 'src', 'i18n');
const web = (lang: string) => JSON.parse(readFileSync(join(webDir, `${lang}.json`), 'utf8')) as Record<string, string>;

/** Every plural in a message: its argument and the selectors it offers. */
function plurals(message: string): { arg: string; keys: string[] }[] {
  const found: { arg: string; keys: string[] }[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.plural && el.pluralType !== 'ordinal') found.push({ arg: el.value, keys: Object.keys(el.options) });
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) walk(o.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return found;
}

test('the web catalogues are the six languages', () => {
  assert.deepEqual(
    readdirSync(webDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, 2))
      .sort(),
    [...LANGUAGES].sort(),
  );
});

for (const lang of LANGUAGES) {
  test(`${lang}: every plural uses the language's own categories and has "other"`, () => {
    const allowed = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[]);
    const catalogues: [string, Record<string, string>][] = [
      ['web', web(lang)],
      ['record', RECORD_CATALOGUES[lang] as Record<string, string>],
      ['explanation', CATALOGUES[lang] as Record<string, string>],
    ];
    let seen = 0;
    for (const [where, catalogue] of catalogues) {
      for (const [id, message] of Object.entries(catalogue)) {
        for (const { arg, keys } of plurals(message)) {
          seen++;
          assert.ok(keys.includes('other'), `${where} ${lang} ${id} {${arg}}: no "other"`);
          const wrong = keys.filter((k) => !k.startsWith('=') && !allowed.has(k));
          assert.deepEqual(wrong, [], `${where} ${lang} ${id} {${arg}}: ${wrong.join(', ')} is not a ${lang} plural category`);
        }
      }
    }
    assert.ok(seen > 10, `${lang}: ${seen} plurals checked`);
  });
}

test('Russian and Arabic counts of members and votes name every category the language has', () => {
  // The messages that count things in the record and on the board, where "few" and "many" differ from "other".
  const full = (message: string, lang: string) => {
    const need = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
    return plurals(message).every(({ keys }) => need.every((c) => keys.includes(c) || (c === 'zero' && keys.includes('=0'))));
  };
  for (const id of [
    'home.councilPreview',
    'home.rosterPreview',
    'reason.proceduralMet',
    'flow.winnable',
    'analysis.mapSummary',
    'invite.objections',
  ]) {
    assert.ok(full(web('ru')[id]!, 'ru'), `ru ${id}`);
  }
  for (const id of ['home.councilPreview', 'reason.proceduralMet', 'flow.requestBy', 'analysis.mapSummary'])
    assert.ok(full(web('ar')[id]!, 'ar'), `ar ${id}`);
  assert.ok(full(CATALOGUES.ru.tally, 'ru'), 'ru tally');
});
