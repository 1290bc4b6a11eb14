/**
 * Message catalogues: every user-visible string lives in i18n/<lang>.json. Adding a
 * language means adding a file; English is the reference every other file must match.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import en from './en.json';
import { interpolate } from './interpolate.js';
import { regionName } from './regionName.js';

export { interpolate };

import type { MessageKey, Translate } from './types.js';

export type { MessageKey, Translate };
type Catalogue = Record<string, string>;

const modules = import.meta.glob<{ default: Catalogue }>('./*.json', { eager: true });
export const catalogues: Record<string, Catalogue> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [path.replace(/^\.\/(.*)\.json$/, '$1'), module.default]),
);
export const languages = Object.keys(catalogues).sort();

const STORAGE_KEY = 'council.lang';

function initialLanguage(): string {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && catalogues[saved]) return saved;
  } catch {
    // storage refused: use the browser's preference
  }
  const wanted = navigator.languages?.map((l) => l.slice(0, 2).toLowerCase()) ?? [];
  return wanted.find((l) => catalogues[l]) ?? 'en';
}

interface I18n {
  lang: string;
  setLang(lang: string): void;
  t: Translate;
  /** A state's name in the current language; `fallback` is the server's English name. */
  stateName(code: string, fallback?: string): string;
  /** A short form for a seat's name plate ("United Kingdom"), else the name without its parenthetical. */
  plateName(code: string, fallback?: string): string;
  /** Names joined as a list the language's way ("A, B and C"). */
  list(items: string[]): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: string) => {
    if (!catalogues[next]) return;
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered across reloads; fine
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const messages: Catalogue = catalogues[lang] ?? en;
    const t: Translate = (key, params) => interpolate(messages[key] ?? (en as Catalogue)[key] ?? key, params);
    // The catalogue's UN name; in English the server's UN name; else CLDR's name; else whatever we have.
    const stateName = (code: string, fallback?: string) =>
      messages[`state.${code}`] ?? (lang === 'en' ? fallback : regionName(code, lang)) ?? fallback ?? code;
    // UN English is British English: "A, B and C", no serial comma.
    const format = new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { style: 'long', type: 'conjunction' });
    const plateName = (code: string, fallback?: string) =>
      messages[`plate.${code}`] ?? stateName(code, fallback).replace(/\s*\([^)]*\)\s*$/u, '');
    return { lang, setLang, t, stateName, plateName, list: (items) => format.format(items) };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
