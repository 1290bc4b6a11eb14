/**
 * The message catalogues (web/src/i18n/*.json): every language has every key English
 * has, with the same placeholders, and every key the app's source asks for exists.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './paths.js';

const dir = join(repoRoot, 'web', 'src', 'i18n');
const load = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
const en = load('en.json');
const languages = readdirSync(dir).filter((f) => f.endsWith('.json'));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(path: string): string[] {
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    const full = join(path, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [readFileSync(full, 'utf8')] : [];
  });
}

test('English and French at least, each naming itself', () => {
  assert.ok(languages.includes('en.json') && languages.includes('fr.json'));
  for (const file of languages) assert.ok(load(file)['language.name'], `${file} has language.name`);
  assert.equal(load('fr.json')['language.name'], 'Français');
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
  const missing = Object.entries(families).flatMap(([prefix, values]) =>
    values.map((v) => `${prefix}.${v}`).filter((key) => !(key in en)),
  );
  assert.deepEqual(missing, []);
});
