/**
 * A state's name in any language the browser knows, from CLDR (Intl.DisplayNames) by its
 * ISO alpha-2 code: the fallback for states a catalogue does not name. CLDR's names are
 * common names ("Russie"), so the catalogues still carry the UN's official short names.
 */
import { memberState } from '../../../src/data/index.js';

const byLanguage = new Map<string, Intl.DisplayNames | null>();

function displayNames(lang: string): Intl.DisplayNames | null {
  if (!byLanguage.has(lang)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    byLanguage.set(lang, names);
  }
  return byLanguage.get(lang) ?? null;
}

export function regionName(code: string, lang: string): string | undefined {
  const alpha2 = memberState(code)?.alpha2;
  if (!alpha2) return undefined;
  try {
    return displayNames(lang)?.of(alpha2) ?? undefined;
  } catch {
    return undefined;
  }
}
