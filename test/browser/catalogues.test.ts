/**
 * The message catalogues (web/src/i18n/*.json): every language has every key English
 * has, with the same placeholders, and every key the app's source asks for exists.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { repoRoot } from './paths.js';

const dir = join(repoRoot, 'web', 'src', 'i18n');
const load = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
const en = load('en.json');
const languages = readdirSync(dir).filter((f) => f.endsWith('.json'));
/** The arguments an ICU message takes ({name}, {n, plural, …}, {g, select, …}), sorted. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        names.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...names].sort();
}

function sources(path: string): string[] {
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    const full = join(path, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [readFileSync(full, 'utf8')] : [];
  });
}

test('the six official languages, each naming itself', () => {
  assert.deepEqual(languages.sort(), ['ar.json', 'en.json', 'es.json', 'fr.json', 'ru.json', 'zh.json']);
  for (const file of languages) assert.ok(load(file)['language.name'], `${file} has language.name`);
  assert.equal(load('fr.json')['language.name'], 'Français');
});

for (const file of languages) {
  test(`${file}: every message parses as ICU MessageFormat and formats`, () => {
    const lang = file.replace('.json', '');
    for (const [key, message] of Object.entries(load(file))) {
      assert.doesNotThrow(() => parse(message, { ignoreTag: true }), `${file} ${key} does not parse`);
      const params = Object.fromEntries(placeholders(message).map((p) => [p, 2]));
      const out = String(new IntlMessageFormat(message, lang, undefined, { ignoreTag: true }).format(params));
      assert.ok(out.length > 0 && !out.includes('{'), `${file} ${key} formats to "${out}"`);
    }
  });
}

test('plurals: English says "1 member" and "2 members"', () => {
  const en = load('en.json');
  const fmt = (n: number) => String(new IntlMessageFormat(en['flow.requestBy']!, 'en').format({ count: n, symbol: 'S/2017/1' }));
  assert.equal(fmt(1), 'Requested by 1 member in S/2017/1.');
  assert.equal(fmt(2), 'Requested by 2 members in S/2017/1.');
  const ru = load('ru.json');
  const ruFmt = (n: number) => String(new IntlMessageFormat(ru['flow.requestBy']!, 'ru').format({ count: n, symbol: 'S' }));
  assert.match(ruFmt(1), /1 член[а ]/u);
  assert.match(ruFmt(5), /5 членов/u);
});

for (const file of languages.filter((f) => f !== 'en.json')) {
  test(`${file} has exactly the English keys, the same placeholders, and no empty message`, () => {
    const other = load(file);
    assert.deepEqual(Object.keys(other).sort(), Object.keys(en).sort());
    for (const [key, message] of Object.entries(other)) {
      assert.ok(message.trim().length > 0, `${file} ${key} is empty`);
      assert.deepEqual(placeholders(message), placeholders(en[key]!), `${file} ${key} placeholders`);
    }
  });
}

test('every literal key the app uses exists in English', () => {
  const code = sources(join(repoRoot, 'web', 'src')).join('\n');
  const used = new Set([...code.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)].map((m) => m[1]!));
  for (const m of code.matchAll(/\bword: '([\w.]+)'/g)) used.add(m[1]!);
  // Keys chosen in a ternary or a table: any quoted string under a catalogue prefix.
  const prefixes = new Set(Object.keys(en).map((k) => k.split('.')[0]));
  for (const m of code.matchAll(/'([a-z]+)\.([a-zA-Z][\w-]*)'/g)) if (prefixes.has(m[1])) used.add(`${m[1]}.${m[2]}`);
  assert.ok(used.size > 150, `found ${used.size} keys in the source`);
  const missing = [...used].filter((key) => !(key in en));
  assert.deepEqual(missing, []);
});

test('keys built from engine values exist for every value', () => {
  const families: Record<string, readonly string[]> = {
    format: ['public', 'private', 'consultations', 'arria'],
    phase: ['pending', 'scheduled', 'withdrawn', 'open', 'suspended', 'adjourned', 'closed'],
    agenda: ['none', 'proposed', 'adopted', 'not-adopted'],
    statement: ['statement', 'briefing', 'explanation-before-vote', 'explanation-after-vote', 'national-capacity'],
    'invite.status': ['proposed', 'invited', 'not-invited', 'declined'],
    exports: ['pdf', 'html', 'md', 'csv', 'json'],
    ballot: ['yes', 'no', 'abstain', 'nonParticipation', 'absent', 'pending'],
    body: ['security-council', 'general-assembly', 'ga-third-committee', 'ga-main-committee', 'human-rights-council'],
    'draft.status': ['adopted', 'not-adopted', 'lapsed'],
  };
  const missing = Object.entries(families).flatMap(([prefix, values]) => values.map((v) => `${prefix}.${v}`).filter((key) => !(key in en)));
  assert.deepEqual(missing, []);
});
