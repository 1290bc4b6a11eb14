/**
 * Which language a page opens in. `?lang=xx` in the address wins (a board opened by the
 * President carries the President's language, whatever the projector's browser prefers);
 * then the choice made on this device (localStorage); then the browser's languages — the
 * same list it sends as Accept-Language; then English.
 */
export const STORAGE_KEY = 'council.lang';

/** Right-to-left languages among ours. */
export const RTL = new Set(['ar']);

export function chooseLanguage(available: (lang: string) => boolean): string {
  const fromUrl = urlLanguage();
  if (fromUrl && available(fromUrl)) return fromUrl;
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && available(saved)) return saved;
  } catch {
    // storage refused: use the browser's preference
  }
  const wanted = navigator.languages?.map((l) => l.slice(0, 2).toLowerCase()) ?? [];
  return wanted.find(available) ?? 'en';
}

export function urlLanguage(): string | null {
  try {
    return new URLSearchParams(window.location.search).get('lang')?.toLowerCase().slice(0, 2) ?? null;
  } catch {
    return null;
  }
}

/** A link that opens `path` in `lang` (the board link from the President's console). */
export function withLanguage(path: string, lang: string): string {
  const [base, query = ''] = path.split('?') as [string, string?];
  const params = new URLSearchParams(query);
  params.set('lang', lang);
  return `${base}?${params.toString()}`;
}
