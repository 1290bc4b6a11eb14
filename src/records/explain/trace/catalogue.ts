/** The trace catalogues of the six languages, and one formatter over them (ICU MessageFormat). */
import type { IntlMessageFormat } from 'intl-messageformat';
import { compileMessage } from '../../message-format.js';
import type { NameLanguage } from '../../../data/country-names/index.js';
import { ar } from './ar.js';
import { en, type TraceMessageId, type TraceMessages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ru } from './ru.js';
import { zh } from './zh.js';

export type { TraceMessageId, TraceMessages };
export const TRACE_CATALOGUES: Readonly<Record<NameLanguage, TraceMessages>> = { ar, en, es, fr, ru, zh };

const compiled = new Map<string, IntlMessageFormat>();

export function traceMessage(lang: NameLanguage, id: TraceMessageId, params: Record<string, string | number> = {}): string {
  const key = `${lang}\u0000${id}`;
  let format = compiled.get(key);
  if (!format) {
    format = compileMessage(TRACE_CATALOGUES[lang][id], lang);
    compiled.set(key, format);
  }
  return String(format.format(params));
}
