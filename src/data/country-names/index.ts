/**
 * States' names in the six official languages, with what running text needs: the article
 * (English "the Russian Federation", French "la Chine", Spanish "los Estados Unidos"), the
 * French and Spanish contractions after "de" ("des États-Unis", "del Brasil") and the
 * Russian genitive ("вето Китая"). English names come from member-states.ts.
 */
import { allStates, memberState } from '../member-states.js';
import { AR, AR_NOTES } from './ar.js';
import { ES, ES_NOTES } from './es.js';
import { FR, FR_NOTES } from './fr.js';
import { DISSOLVED, NETHERLANDS_2022, type NameCertainty, type NameNote } from './notes.js';
import { RU, RU_GENITIVE, RU_NOTES } from './ru.js';
import { ZH, ZH_NOTES } from './zh.js';

export type { NameCertainty } from './notes.js';

export const NAME_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

/**
 * - label: as in a list of members or on a name plate ("Chine", "Соединенные Штаты");
 * - text: in running text, with the article the language gives it ("la Chine", "the United States");
 * - of: after "veto" in that language ("de la Chine", "des États-Unis", "Китая"; English "the United States").
 */
export type NameForm = 'label' | 'text' | 'of';

/** Source of the names the stored UNTERM copy does not confirm (each carries a note saying why). */
export const SOURCE: Readonly<Record<NameLanguage, string>> = {
  en: 'UN English usage as known (Security Council records); not confirmed by the stored UNTERM copy',
  fr: 'UN French usage as known (Security Council records); not confirmed by the stored UNTERM copy',
  es: 'UN Spanish usage as known (Security Council records); not confirmed by the stored UNTERM copy',
  ru: 'UN Russian usage as known (Security Council records); not confirmed by the stored UNTERM copy',
  zh: 'UN Chinese usage as known (S/PV 中文本: 美国, 联合王国); not confirmed by the stored UNTERM copy',
  ar: 'UN Arabic usage as known (Security Council records); not confirmed by the stored UNTERM copy',
};

const TABLES: Record<
  Exclude<NameLanguage, 'en'>,
  { names: Readonly<Record<string, string>>; notes: Readonly<Record<string, NameNote>> }
> = {
  fr: { names: FR, notes: FR_NOTES },
  es: { names: ES, notes: ES_NOTES },
  ru: { names: RU, notes: RU_NOTES },
  zh: { names: ZH, notes: ZH_NOTES },
  ar: { names: AR, notes: AR_NOTES },
};

/** English names not confirmed by the stored UNTERM copy (member-states.ts holds the names). */
const EN_NOTES: Readonly<Record<string, NameNote>> = {
  GBR: {
    certainty: 'knowledge',
    note: 'Short form of the Council’s records (S/PV); UNTERM’s short name is the sort name (United Kingdom of Great Britain and Northern Ireland).',
  },
  USA: {
    certainty: 'knowledge',
    note: 'Short form of the Council’s records (S/PV); UNTERM’s short name is the sort name (United States of America).',
  },
  TUR: {
    certainty: 'knowledge',
    note: 'Türkiye since 1 June 2022 (UN Secretariat, on Türkiye’s request); the stored UNTERM copy predates it (Turkey).',
  },
  NLD: NETHERLANDS_2022,
  ...DISSOLVED,
};

/** Where a confirmed name comes from: UNTERM, as stored in unterm-snapshot.ts. */
export const UNTERM_SOURCE =
  'UNTERM short name (UN Multilingual Terminology Database; stored copy: datasets/country-codes data/unterm_names.csv, commit a09b84a, 2019–2022)';

// States UN English writes with "the" in running text.
const EN_THE = new Set([
  'BHS',
  'CAF',
  'COM',
  'COG',
  'PRK',
  'COD',
  'DOM',
  'GMB',
  'LAO',
  'MHL',
  'NLD',
  'NER',
  'PHL',
  'KOR',
  'MDA',
  'RUS',
  'SDN',
  'SYR',
  'ARE',
  'GBR',
  'TZA',
  'USA',
  'VAT',
  'PSE',
  'SUN',
  'DDR',
]);

export const isNameLanguage = (lang: string): lang is NameLanguage => (NAME_LANGUAGES as readonly string[]).includes(lang);

/**
 * A name as a data record: the running-text form, where it comes from and how sure it is.
 * `confirmed`: matches the stored UNTERM copy (unterm-snapshot.ts), article included;
 * otherwise the note says why not. Russian genitives are grammar, not UNTERM: `genitive`.
 */
export interface NameRecord {
  code: string;
  lang: NameLanguage;
  name: string;
  source: string;
  certainty: NameCertainty;
  note?: string;
  genitive?: { name: string; certainty: 'knowledge' };
}

export function nameRecord(code: string, lang: NameLanguage): NameRecord | undefined {
  const name = countryName(code, lang, 'text');
  if (!name) return undefined;
  const note = (lang === 'en' ? EN_NOTES : TABLES[lang].notes)[code];
  const record: NameRecord = note
    ? { code, lang, name, source: SOURCE[lang], certainty: note.certainty, note: note.note }
    : { code, lang, name, source: UNTERM_SOURCE, certainty: 'confirmed' };
  if (lang === 'ru' && RU_GENITIVE[code]) record.genitive = { name: RU_GENITIVE[code], certainty: 'knowledge' };
  return record;
}

/** How sure a name is; undefined for a code the language's table does not name. */
export const nameCertainty = (code: string, lang: NameLanguage): NameCertainty | undefined => nameRecord(code, lang)?.certainty;

const FR_ARTICLE = /^(le |la |les |l’)/u;
const ES_ARTICLE = /^(el |la |los |las )/u;
const VOWEL = /^[AEIOUYÉÈÊÎÏÔHaeiouyéèêîïôh]/u;

function frOf(text: string): string {
  if (text.startsWith('le ')) return `du ${text.slice(3)}`;
  if (text.startsWith('les ')) return `des ${text.slice(4)}`;
  if (text.startsWith('la ') || text.startsWith('l’')) return `de ${text}`;
  return VOWEL.test(text) ? `d’${text}` : `de ${text}`;
}

function esOf(text: string): string {
  return text.startsWith('el ') ? `del ${text.slice(3)}` : `de ${text}`;
}

/** A state's name in `lang` and `form`; undefined for a code no table knows. */
export function countryName(code: string, lang: NameLanguage, form: NameForm = 'label'): string | undefined {
  if (lang === 'en') {
    const name = memberState(code)?.name;
    if (!name) return undefined;
    return form !== 'label' && EN_THE.has(code) ? `the ${name}` : name;
  }
  const text = TABLES[lang].names[code];
  if (!text) return undefined;
  switch (lang) {
    case 'fr': {
      if (form === 'label') return capitalise(text.replace(FR_ARTICLE, ''));
      return form === 'text' ? text : frOf(text);
    }
    case 'es': {
      if (form === 'label') return capitalise(text.replace(ES_ARTICLE, ''));
      return form === 'text' ? text : esOf(text);
    }
    case 'ru':
      return form === 'of' ? (RU_GENITIVE[code] ?? text) : text;
    default:
      return text;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Locale for list formatting: UN English is British ("A, B and C", no serial comma). */
const LIST_LOCALE: Record<NameLanguage, string> = { en: 'en-GB', fr: 'fr', es: 'es', ru: 'ru', zh: 'zh', ar: 'ar' };

const listFormats = new Map<NameLanguage, Intl.ListFormat>();

/** Items joined the language's way ("A, B et C", "A y B", "A和B", "A وB"). */
export function joinIn(lang: NameLanguage, items: readonly string[]): string {
  // One item needs no list: Node builds its list data on the first Intl.ListFormat (about 14 ms of a CLI start).
  if (items.length <= 1) return items[0] ?? '';
  let f = listFormats.get(lang);
  if (!f) listFormats.set(lang, (f = new Intl.ListFormat(LIST_LOCALE[lang], { style: 'long', type: 'conjunction' })));
  return f.format(items);
}

/** Several states' names joined: "la Chine et la Fédération de Russie", "Китая и Российской Федерации". */
export function countryList(codes: readonly string[], lang: NameLanguage, form: NameForm = 'text'): string {
  return joinIn(
    lang,
    codes.map((c) => countryName(c, lang, form) ?? c),
  );
}

/** Codes every language table names (for the completeness test). */
export const namedCodes = (): string[] => allStates.map((s) => s.code);
