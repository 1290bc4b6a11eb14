/**
 * Documents as a page reads them: which series a letter's request puts it in, and the symbol
 * each series would give next. The numbering itself is the rule's (src/records/symbols/numbering.ts).
 */
import { circulationSeries, nextSymbol, parseSeries, seriesKey } from '../records/symbols/numbering.js';
import { issuedSymbols, type Communication, type SessionState } from './state.js';

/** The series keys a communication's request asks for (spec R49): ["A/69", "S/2014"]. */
export function requestedSeries(state: SessionState, c: Communication): string[] {
  return circulationSeries(c.circulation, c.date ?? state.scheduledDate ?? state.session?.date ?? '1994-01-01').map(seriesKey);
}

/** The symbol the series would give next ("S/2014/873"), or null when the key is not a series or the symbol is taken. */
export function previewSymbol(state: SessionState, key: string): string | null {
  const series = parseSeries(key);
  if (!series.ok) return null;
  const next = nextSymbol(series.value, state.documents.counters, issuedSymbols(state));
  return next.ok ? next.value.symbol : null;
}
