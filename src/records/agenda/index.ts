/**
 * Agenda items and the titles of what council ships, by a language-free key, in the six
 * languages. Stored events and fixtures carry the English text (it is what the record of the
 * meeting says); `agendaKey` finds its key (the English catalogue is the index), `agendaText`
 * renders it in a language. A title nobody keyed — anything a chair or delegate typed — is
 * returned as entered.
 */
import type { IntlMessageFormat } from 'intl-messageformat';
import { compileMessage } from '../message-format.js';
import { countryName, namedCodes, type NameLanguage } from '../../data/country-names/index.js';
import { ar } from './ar.js';
import { type AgendaKey, type AgendaMessages, en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ru } from './ru.js';
import { zh } from './zh.js';

export type { AgendaKey, AgendaMessages };
export const AGENDA_CATALOGUES: Readonly<Record<NameLanguage, AgendaMessages>> = { ar, en, es, fr, ru, zh };

/**
 * Whose wording a key is, and how sure the translations are. `un`: the UN's own title (agenda
 * item, resolution, post); `council`: council's description of a replay or text, translated by
 * council (not verified against any UN document). `confirmedIn`: the languages whose wording was
 * checked against a UN document (named in `source`); the rest are knowledge (UN usage).
 */
export interface AgendaProvenance {
  wording: 'un' | 'council';
  certainty: 'confirmed' | 'knowledge' | 'uncertain';
  confirmedIn: readonly NameLanguage[];
  source: string;
}

const UN_KNOWLEDGE: AgendaProvenance = {
  wording: 'un',
  certainty: 'knowledge',
  confirmedIn: ['en'],
  source: 'the item as listed in the Council’s or the Assembly’s records in each language (UN usage; not checked per language)',
};
const COUNCIL_WORDING: AgendaProvenance = {
  wording: 'council',
  certainty: 'uncertain',
  confirmedIn: ['en'],
  source: 'council’s own title for a replay or text; the translations are council’s, not verified',
};

export const AGENDA_PROVENANCE: Readonly<Record<AgendaKey, AgendaProvenance>> = {
  'item.adoptionOfAgenda': UN_KNOWLEDGE,
  'item.adoptionOfProvisionalAgenda': UN_KNOWLEDGE,
  'item.dprk': UN_KNOWLEDGE,
  'item.middleEast': UN_KNOWLEDGE,
  'item.humanRights': UN_KNOWLEDGE,
  'text.dprkHumanRights': {
    wording: 'un',
    certainty: 'knowledge',
    confirmedIn: ['en', 'fr', 'es'],
    source: 'French: A/HRC/40/L.18 (OHCHR); Spanish: A/RES/67/181; the others UN usage, not checked',
  },
  'text.iccAmendment': COUNCIL_WORDING,
  'arria.dprk': COUNCIL_WORDING,
  'title.highCommissioner': UN_KNOWLEDGE,
  'title.specialRapporteurDprk': UN_KNOWLEDGE,
  'title.asgHumanRights': UN_KNOWLEDGE,
  'title.asgPoliticalAffairs': UN_KNOWLEDGE,
  'meeting.agendaVote': COUNCIL_WORDING,
  'meeting.requestWithdrawn': COUNCIL_WORDING,
  'meeting.openBriefing': COUNCIL_WORDING,
  'meeting.arriaDprk': COUNCIL_WORDING,
  'meeting.thirdCommitteeDprk': COUNCIL_WORDING,
  'meeting.plenaryResolution': COUNCIL_WORDING,
  'meeting.hrcResolutionDprk': COUNCIL_WORDING,
  'session.thirdCommittee': COUNCIL_WORDING,
  'session.hrc': COUNCIL_WORDING,
  'draft.recommended': COUNCIL_WORDING,
  'question.draftTitled': COUNCIL_WORDING,
  'question.draftSymbol': COUNCIL_WORDING,
  'question.amendment': COUNCIL_WORDING,
};

/** A keyed text: its key and its arguments (texts, dates as written in English, symbols). */
export interface KeyedText {
  key: AgendaKey;
  params: Readonly<Record<string, string>>;
}

// The English catalogue is the index: a plain title maps to its key.
const PLAIN = new Map<string, AgendaKey>(
  (Object.entries(en) as [AgendaKey, string][]).filter(([, text]) => !text.includes('{')).map(([key, text]) => [text, key]),
);
const DATE = String.raw`(\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]+ \d{4})`;
const PATTERNS: readonly [RegExp, AgendaKey, (m: RegExpMatchArray) => Record<string, string>][] = [
  [
    new RegExp(`^(.+): agenda vote, ${DATE}(?: \\((S/PV\\.\\d+)\\))?$`),
    'meeting.agendaVote',
    (m) => ({ item: m[1]!, date: m[2]!, symbol: m[3] ?? '' }),
  ],
  [/^(.+): request withdrawn, ([A-Z][a-z]+ \d{4})$/, 'meeting.requestWithdrawn', (m) => ({ item: m[1]!, month: m[2]! })],
  [new RegExp(`^(.+): open briefing, ${DATE}$`), 'meeting.openBriefing', (m) => ({ item: m[1]!, date: m[2]! })],
  [
    new RegExp(`^Arria-formula meeting on human rights in the DPRK, ${DATE} \\(webcast blocked\\)$`),
    'meeting.arriaDprk',
    (m) => ({ date: m[1]! }),
  ],
  [
    new RegExp(`^Third Committee, ${DATE}: DPRK human-rights draft and the Cuban amendment$`),
    'meeting.thirdCommitteeDprk',
    (m) => ({ date: m[1]! }),
  ],
  [
    new RegExp(`^General Assembly plenary, ${DATE}: resolution (\\d+/\\d+)$`),
    'meeting.plenaryResolution',
    (m) => ({ date: m[1]!, resolution: m[2]! }),
  ],
  [
    new RegExp(`^Human Rights Council, ${DATE}: resolution (\\d+/\\d+) on the DPRK$`),
    'meeting.hrcResolutionDprk',
    (m) => ({ date: m[1]!, resolution: m[2]! }),
  ],
  [/^Third Committee: (.+)$/, 'session.thirdCommittee', (m) => ({ item: m[1]! })],
  [/^Human Rights Council, (\d+)th session: (.+)$/, 'session.hrc', (m) => ({ n: m[1]!, item: m[2]! })],
  [/^(.+) \(recommended by the Third Committee\)$/, 'draft.recommended', (m) => ({ item: m[1]! })],
  [/^Draft resolution: (.+)$/, 'question.draftTitled', (m) => ({ item: m[1]! })],
  [/^Draft resolution (\S+)$/, 'question.draftSymbol', (m) => ({ symbol: m[1]! })],
  [/^Amendment (\S+) \(([^)]+)\)$/, 'question.amendment', (m) => ({ symbol: m[1]!, name: m[2]! })],
];

/** The key of an English title council ships, or null for a title it does not know (one typed by a user). */
export function agendaKey(text: string): KeyedText | null {
  const plain = PLAIN.get(text);
  if (plain) return { key: plain, params: {} };
  for (const [pattern, key, params] of PATTERNS) {
    const m = text.match(pattern);
    if (m) return { key, params: params(m) };
  }
  return null;
}

const LOCALE: Record<NameLanguage, string> = { en: 'en-GB', fr: 'fr', es: 'es', ru: 'ru', zh: 'zh-CN', ar: 'ar-u-nu-latn' };
const compiled = new Map<string, IntlMessageFormat>();

function format(lang: NameLanguage, key: AgendaKey, params: Record<string, string>): string {
  const id = `${lang}\u0000${key}`;
  let f = compiled.get(id);
  if (!f) {
    f = compileMessage(AGENDA_CATALOGUES[lang][key], lang);
    compiled.set(id, f);
  }
  return String(f.format(params));
}

// "2017-12-11", "17 August 2023" or "December 2018" as the language writes dates; English keeps its own.
function dateIn(text: string, lang: NameLanguage, withDay: boolean): string {
  if (lang === 'en') return text;
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T12:00:00Z` : `${withDay ? text : `1 ${text}`} 12:00 UTC`);
  if (Number.isNaN(time)) return text;
  const options: Intl.DateTimeFormatOptions = withDay
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : { month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', ...options }).format(time);
}

// A state's English name ("Cuba") in the language, through its code.
function stateIn(name: string, lang: NameLanguage): string {
  if (lang === 'en') return name;
  const code = namedCodes().find((c) => countryName(c, 'en', 'label') === name);
  return (code && countryName(code, lang, 'label')) ?? name;
}

/** A keyed text in a language. */
export function renderKeyed(keyed: KeyedText, lang: NameLanguage): string {
  const p: Record<string, string> = { ...keyed.params };
  if (p.item !== undefined) p.item = agendaText(p.item, lang);
  if (p.date !== undefined) p.date = dateIn(p.date, lang, true);
  if (p.month !== undefined) p.month = dateIn(p.month, lang, false);
  if (p.name !== undefined) p.name = stateIn(p.name, lang);
  if (p.symbol !== undefined) p.hasSymbol = p.symbol ? 'yes' : 'no';
  return format(lang, keyed.key, p);
}

/** An English text from the data in a language when council knows it (by its key); any other text as entered. */
export function agendaText(text: string, lang: NameLanguage): string {
  const keyed = agendaKey(text);
  return keyed ? renderKeyed(keyed, lang) : text;
}
