/**
 * Wording helpers for explanations: how a President would say the numbers, and state
 * names with the article UN English usage gives them ("the Russian Federation").
 */
import type { StateCode, Tally } from './types.js';

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
];

export function numberWord(n: number): string {
  return WORDS[n] ?? String(n);
}

// Names the UN writes with "the" in running text; codes (the default nameOf) never match.
const TAKES_ARTICLE =
  /^(United |Russian Federation|Republic of|Democratic |Dominican Republic|Central African Republic|Czech|Syrian Arab Republic|Islamic Republic|Lao |Netherlands|Philippines|Bahamas|Gambia|Comoros|Maldives|Marshall Islands|Solomon Islands|Niger$|Sudan$|Congo|Holy See|State of |Federal Republic|German Democratic|Union of|Byelorussian|Ukrainian Soviet|Libyan Arab|Plurinational|Bolivarian)/;

export function withArticle(name: string): string {
  return TAKES_ARTICLE.test(name) ? `the ${name}` : name;
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function namesOf(codes: readonly StateCode[], nameOf: (code: StateCode) => string): string {
  return joinNames(codes.map((c) => withArticle(nameOf(c))));
}

/** "10 in favour, 3 against, 2 abstentions" (zero abstentions, absences etc. are left out). */
export function tallyPhrase(t: Pick<Tally, 'yes' | 'no' | 'abstain'> & Partial<Tally>): string {
  const parts = [`${t.yes} in favour`, `${t.no} against`];
  if (t.abstain > 0) parts.push(`${t.abstain} ${t.abstain === 1 ? 'abstention' : 'abstentions'}`);
  if (t.nonParticipation) parts.push(`${t.nonParticipation} not participating`);
  if (t.absent) parts.push(`${t.absent} absent`);
  return parts.join(', ');
}

/** "8 is one short". */
export function shortBy(cast: number, needed: number): string {
  return `${cast} is ${numberWord(needed - cast)} short`;
}
