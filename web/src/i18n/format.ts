/**
 * ICU MessageFormat (plurals, select) through intl-messageformat: one compiled formatter
 * per language and message, kept for the page's life.
 */
import { IntlMessageFormat } from 'intl-messageformat';

const cache = new Map<string, IntlMessageFormat>();

export type Params = Record<string, string | number>;

export function formatMessage(lang: string, message: string, params?: Params): string {
  const id = `${lang}\u0000${message}`;
  let compiled = cache.get(id);
  if (!compiled) {
    try {
      compiled = new IntlMessageFormat(message, lang, undefined, { ignoreTag: true });
    } catch {
      return message; // a catalogue test guards against this; show the raw text rather than nothing
    }
    cache.set(id, compiled);
  }
  try {
    return String(compiled.format(params ?? {}));
  } catch {
    return message;
  }
}
