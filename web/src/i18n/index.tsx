/**
 * Message catalogues: every user-visible string lives in i18n/<lang>.json, in ICU
 * MessageFormat. Adding a language means adding a file; English is the reference every
 * other file must match. States' names come from src/data/country-names in all six.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import en from './en.json';
import { formatMessage } from './format.js';
import { chooseLanguage, RTL, STORAGE_KEY, urlLanguage } from './language.js';
import { regionName } from './regionName.js';
import { agendaText, countryList, countryName, isNameLanguage, joinIn, type NameForm } from '../../../src/records/explain/index.js';

import type { MessageKey, Translate } from './types.js';

export type { MessageKey, Translate };
type Catalogue = Record<string, string>;

const modules = import.meta.glob<{ default: Catalogue }>('./*.json', { eager: true });
export const catalogues: Record<string, Catalogue> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [path.replace(/^\.\/(.*)\.json$/, '$1'), module.default]),
);
export const languages = Object.keys(catalogues).sort();

interface I18n {
  lang: string;
  dir: 'ltr' | 'rtl';
  setLang(lang: string): void;
  t: Translate;
  /** A state's name in the current language; `fallback` is the server's English name. */
  stateName(code: string, fallback?: string): string;
  /** A short form for a seat's name plate ("United Kingdom"), else the name without its parenthetical. */
  plateName(code: string, fallback?: string): string;
  /** Names joined as a list the language's way ("A, B and C"). */
  list(items: string[]): string;
  /** States named in running text: "la Chine et la Fédération de Russie"; `of` for "veto of" ("de la Chine"). */
  states(codes: readonly string[], form?: NameForm): string;
  /** An agenda item or title council ships, in this language (by its key); anything typed stays as entered. */
  known(text: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState(() => chooseLanguage((l) => Boolean(catalogues[l])));
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = RTL.has(lang) ? 'rtl' : 'ltr';
  }, [lang]);
  const setLang = useCallback((next: string) => {
    if (!catalogues[next]) return;
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered across reloads; fine
    }
    // A page opened with ?lang= follows the new choice too, so a reload keeps it.
    if (urlLanguage()) {
      const url = new URL(window.location.href);
      url.searchParams.set('lang', next);
      window.history.replaceState(window.history.state, '', url);
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const messages: Catalogue = catalogues[lang] ?? en;
    const t: Translate = (key, params) => {
      const own = messages[key];
      return own !== undefined ? formatMessage(lang, own, params) : formatMessage('en', (en as Catalogue)[key] ?? key, params);
    };
    // The UN's name in this language; else CLDR's name; else the server's English name.
    // English: the server's name (the UN's official short name on the date, "United States of America").
    const stateName = (code: string, fallback?: string) =>
      (lang === 'en' ? fallback : undefined) ??
      (isNameLanguage(lang) ? countryName(code, lang, 'label') : undefined) ??
      regionName(code, lang) ??
      fallback ??
      code;
    const list = (items: string[]) => (isNameLanguage(lang) ? joinIn(lang, items) : items.join(', '));
    const plateName = (code: string, fallback?: string) =>
      messages[`plate.${code}`] ?? stateName(code, fallback).replace(/\s*\([^)]*\)\s*$/u, '');
    const states = (codes: readonly string[], form: NameForm = 'text') =>
      isNameLanguage(lang) ? countryList(codes, lang, form) : list(codes.map((c) => stateName(c)));
    const known = (text: string) => (isNameLanguage(lang) ? agendaText(text, lang) : text);
    return { lang, dir: RTL.has(lang) ? 'rtl' : 'ltr', setLang, t, stateName, plateName, list, states, known };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
