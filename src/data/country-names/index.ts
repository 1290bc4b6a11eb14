/**
 * States' names in the six official languages, with what running text needs: the article
 * (English "the Russian Federation", French "la Chine", Spanish "los Estados Unidos"), the
 * French and Spanish contractions after "de" ("des États-Unis", "del Brasil") and the
 * Russian genitive ("вето Китая"). English names come from member-states.ts.
 */
import { allStates, memberState } from '../member-states.js';
import { AR, AR_UNCERTAIN } from './ar.js';
import { ES, ES_UNCERTAIN } from './es.js';
import { FR, FR_UNCERTAIN } from './fr.js';
import { RU, RU_GENITIVE, RU_UNCERTAIN } from './ru.js';
import { ZH, ZH_UNCERTAIN } from './zh.js';

export const NAME_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

/**
 * - label: as in a list of members or on a name plate ("Chine", "Соединенные Штаты");
 * - text: in running text, with the article the language gives it ("la Chine", "the United States");
 * - of: after "veto" in that language ("de la Chine", "des États-Unis", "Китая"; English "the United States").
 */
export type NameForm = 'label' | 'text' | 'of';

export const SOURCE: Readonly<Record<NameLanguage, string>> = {
  en: 'UN, "Member States" (un.org/en/about-us/member-states); UNTERM short names',
  fr: 'ONU, « États Membres » (un.org/fr/about-us/member-states); UNTERM, nom court et article',
  es: 'ONU, «Estados Miembros» (un.org/es/about-us/member-states); UNTERM, nombre corto y artículo',
  ru: 'ООН, «Государства-члены» (un.org/ru/about-us/member-states); UNTERM; genitive from Russian grammar',
  zh: '联合国"会员国"页面 (un.org/zh/about-us/member-states); UNTERM; S/PV 中文本用法 (美国, 联合王国)',
  ar: 'الأمم المتحدة، "الدول الأعضاء" (un.org/ar/about-us/member-states)؛ UNTERM',
};

const TABLES: Record<Exclude<NameLanguage, 'en'>, { names: Readonly<Record<string, string>>; uncertain: ReadonlySet<string> }> = {
  fr: { names: FR, uncertain: FR_UNCERTAIN },
  es: { names: ES, uncertain: ES_UNCERTAIN },
  ru: { names: RU, uncertain: RU_UNCERTAIN },
  zh: { names: ZH, uncertain: ZH_UNCERTAIN },
  ar: { names: AR, uncertain: AR_UNCERTAIN },
};

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
  'MDV',
  'MHL',
  'NLD',
  'NER',
  'PHL',
  'KOR',
  'MDA',
  'RUS',
  'SLB',
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

/** How sure a name is: every table is from the UN's usage as known ('knowledge'); some entries are flagged. */
export function nameCertainty(code: string, lang: NameLanguage): 'knowledge' | 'uncertain' | undefined {
  if (lang === 'en') return memberState(code) ? 'knowledge' : undefined;
  const table = TABLES[lang];
  if (!table.names[code]) return undefined;
  if (lang === 'ru' && !RU_GENITIVE[code]) return 'uncertain';
  return table.uncertain.has(code) ? 'uncertain' : 'knowledge';
}

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

/** Items joined the language's way ("A, B et C", "A y B", "A和B", "A وB"). */
export function joinIn(lang: NameLanguage, items: readonly string[]): string {
  return new Intl.ListFormat(LIST_LOCALE[lang], { style: 'long', type: 'conjunction' }).format(items);
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
