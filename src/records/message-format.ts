/**
 * One way to compile the catalogues' ICU messages (intl-messageformat), for records, explanations, traces and
 * agenda titles alike. Why not plain `new IntlMessageFormat(…)`: Node builds its number-format data on the
 * first `Intl.NumberFormat` (about 11 ms, a sixth of what `council decide` costs over `node -e 0`), and the
 * library asks for it on every message (locale resolution) and for every `#`. Our messages only print
 * whole numbers under 1000 that way (tallies, members, seats), which every one of the six languages writes
 * as plain Latin digits — so those skip it; anything else goes to the real `Intl.NumberFormat`, unchanged.
 */
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';

const SIX = new Set(['ar', 'en', 'es', 'fr', 'ru', 'zh']);

// The six tags are all in Node's ICU, so `supportedLocalesOf` (which builds the number data) returns them as given.
const resolveLocale = IntlMessageFormat.resolveLocale;
IntlMessageFormat.resolveLocale = (locales) =>
  typeof locales === 'string' && SIX.has(locales) ? new Intl.Locale(locales) : resolveLocale(locales);

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormat = (locales?: string | string[], options?: Intl.NumberFormatOptions): Intl.NumberFormat => {
  const key = JSON.stringify([locales, options]);
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locales, options)));
  return f;
};

const formatters: Formatters = {
  getNumberFormat: (locales, options) =>
    ({
      format: (n: number | bigint) =>
        options === undefined && typeof n === 'number' && Number.isInteger(n) && Math.abs(n) < 1000
          ? String(n)
          : numberFormat(locales, options as Intl.NumberFormatOptions | undefined).format(n),
    }) as Intl.NumberFormat,
  getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
  getPluralRules: (locales, options) => {
    const key = JSON.stringify([locales, options]);
    let r = pluralRules.get(key);
    if (!r) pluralRules.set(key, (r = new Intl.PluralRules(locales, options)));
    return r;
  },
};

/** A catalogue message compiled for `lang` (tags are text, not markup). */
export const compileMessage = (message: string, lang: string): IntlMessageFormat =>
  new IntlMessageFormat(message, lang, undefined, { ignoreTag: true, formatters });
