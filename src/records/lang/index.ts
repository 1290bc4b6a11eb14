/**
 * The meeting record's words in the six official languages (ICU MessageFormat), with the
 * dates, times and ordinals each language's S/PV uses, and states named the UN's way.
 */
import type { IntlMessageFormat } from 'intl-messageformat';
import { compileMessage } from '../message-format.js';
import { countryList, countryName, joinIn, type NameForm } from '../../data/country-names/index.js';
import { clock as clockEn, dayAndDate as dayAndDateEn, longDate as longDateEn, ordinal } from '../format.js';
import { isLanguage, type Language } from '../explain/index.js';
import { withArticle } from '../../rules/explain.js';
import { ar } from './ar.js';
import { en, type RecordMessageId, type RecordMessages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ru } from './ru.js';
import { zh } from './zh.js';
import { agendaText } from '../agenda/index.js';
import { countedOrdinal } from './ordinals.js';

export type { RecordMessageId, RecordMessages, Language };
export { isLanguage };
export const RECORD_CATALOGUES: Readonly<Record<Language, RecordMessages>> = { ar, en, es, fr, ru, zh };

const compiled = new Map<string, IntlMessageFormat>();

export interface Words {
  lang: Language;
  t(id: RecordMessageId, params?: Record<string, string | number>): string;
  /** "Monday, 22 December 2014" / "Lundi 22 décembre 2014" / "2014年12月22日星期一". */
  dayAndDate(iso: string): string;
  /** "22 December 2014". */
  longDate(iso: string): string;
  /** "3.08 p.m." / "15 h 8" / "15.08 horas" / "15 ч. 08 м." / "下午3时08分" / "15:08". */
  clock(time: string): string;
  /** "Sixty-ninth year, 7353rd meeting" and its equivalents. */
  heading(year: number, meeting: number | undefined, kind: 'year' | 'session'): { full: string; meeting: string | null };
  /** A state's name: `label` for lists, `text` in running text, `of` after "of"; unknown ids as given. */
  state(id: string, form: NameForm, fallback?: string): string;
  states(ids: readonly string[], form: NameForm, fallback?: (id: string) => string): string;
  list(items: readonly string[]): string;
  /** "Label:" with the language's colon ("Votent pour :", "赞成："). */
  label(text: string): string;
  /** A standard English text from the data (agenda item, question) in the language, when known. */
  known(text: string): string;
  /** Names under a record's heading ("In favour: A, B, C"): the language's enumeration comma, no "and". */
  enumerate(items: readonly string[]): string;
  capitalise(s: string): string;
}

const LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr', es: 'es', ru: 'ru', zh: 'zh-CN', ar: 'ar-u-nu-latn' };
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const dateOf = (iso: string) => new Date(`${iso}T12:00:00Z`);

export function words(lang: Language = 'en'): Words {
  const catalogue = RECORD_CATALOGUES[lang];
  const t = (id: RecordMessageId, params: Record<string, string | number> = {}) => {
    const key = `${lang}\u0000${id}`;
    let format = compiled.get(key);
    if (!format) {
      format = compileMessage(catalogue[id], lang);
      compiled.set(key, format);
    }
    return String(format.format(params));
  };
  const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', ...options });
  // French writes the first of the month "1er".
  const premier = (s: string) => (lang === 'fr' ? s.replace(/(^|\s)1(?= )/u, '$11er') : s);
  const longDate = (iso: string) =>
    lang === 'en' ? longDateEn(iso) : premier(intl({ day: 'numeric', month: 'long', year: 'numeric' }).format(dateOf(iso)));
  const dayAndDate = (iso: string) =>
    lang === 'en'
      ? dayAndDateEn(iso)
      : capitalise(premier(intl({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(dateOf(iso))));
  const clock = (time: string) => {
    if (lang === 'en') return clockEn(time);
    const [h = 0, m = 0] = time.split(':').map(Number);
    const mm = String(m).padStart(2, '0');
    switch (lang) {
      case 'fr':
        return `${h} h ${mm}`;
      case 'es':
        return `${h}.${mm} horas`;
      case 'ru':
        return `${h} ч. ${mm} м.`;
      case 'zh':
        return `${h}时${mm}分`;
      default:
        return `${h}:${mm}`;
    }
  };
  const heading = (year: number, meeting: number | undefined, kind: 'year' | 'session') => {
    // Numbers as strings: a meeting number is a label ("8130"), never grouped ("8 130").
    // The year or session spelled out, as every language's record prints it; the meeting by its numeral.
    const yearText = t(kind === 'year' ? 'heading.year' : 'heading.session', {
      n: countedOrdinal(year, lang, kind),
      ord: year,
    });
    const meetingText = meeting ? t('heading.meeting', { n: lang === 'en' ? ordinal(meeting) : String(meeting), ord: meeting }) : null;
    return { full: meetingText ? t('heading', { year: yearText, meeting: meetingText }) : yearText, meeting: meetingText };
  };
  const state = (id: string, form: NameForm, fallback?: string) => {
    if (!/^[A-Z]{3}$/.test(id)) return fallback ?? id;
    // English keeps the session's own name (the official name on the date) with the article the UN gives it.
    if (lang === 'en') return form === 'label' ? (fallback ?? countryName(id, 'en', 'label') ?? id) : englishInText(id, fallback);
    return countryName(id, lang, form) ?? fallback ?? id;
  };
  const list = (items: readonly string[]) => (lang === 'en' ? joinEn(items) : joinIn(lang, items));
  const states = (ids: readonly string[], form: NameForm, fallback?: (id: string) => string) =>
    lang === 'en'
      ? joinEn(ids.map((id) => state(id, form, fallback?.(id))))
      : list(ids.map((id) => (/^[A-Z]{3}$/.test(id) ? state(id, form, fallback?.(id)) : (fallback?.(id) ?? id))));
  const enumerate = (items: readonly string[]) => items.join(lang === 'zh' ? '、' : lang === 'ar' ? '، ' : ', ');
  const label = (text: string) => (lang === 'fr' ? `${text} :` : lang === 'zh' ? `${text}：` : `${text}:`);
  const known = (text: string) => agendaText(text, lang);
  return { lang, t, dayAndDate, longDate, clock, heading, state, states, list, enumerate, capitalise, label, known };
}

/** "A, B and C" (UN English: no serial comma). */
function joinEn(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

// The session's own English name (historical names included) takes the article UN English gives it.
function englishInText(code: string, fallback?: string): string {
  return fallback ? withArticle(fallback) : (countryName(code, 'en', 'text') ?? code);
}

export function recordLanguage(lang: string | undefined): Language {
  return lang && isLanguage(lang) ? lang : 'en';
}

export { en as RECORD_ENGLISH, countryList };
