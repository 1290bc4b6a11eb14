/**
 * Which symbol a document issued in a session gets (spec R46-R50): the next number in each
 * series, the series a circulation request asks for, and the Rev./Add./Corr. of an issued
 * symbol. Pure: the session keeps the counters and the issued symbols, and asks here.
 */
import { err, ok, type Result, type RuleError } from '../../rules/result.js';
import { gaDocumentSymbol, scDocumentSymbol } from './build.js';

/** What numbering refuses: a closed list of stable codes. */
export const NUMBERING_ERRORS = ['invalid-series', 'symbol-taken', 'not-revisable'] as const;
export type NumberingError = RuleError<(typeof NUMBERING_ERRORS)[number]>;

/**
 * A numbering series: the Council's documents of a year (S/2014/N, R47), the Assembly's of a
 * session (A/69/N, R48), its plenary drafts (A/69/L.N) and a Main Committee's (A/C.3/69/L.N).
 */
export type Series = { organ: 'S'; year: number } | { organ: 'A'; session: number; committee?: number; limited: boolean };

/** The series as written in a counter: "S/2014", "A/69", "A/69/L", "A/C.3/69/L". */
export function seriesKey(s: Series): string {
  if (s.organ === 'S') return `S/${s.year}`;
  return `A/${s.committee ? `C.${s.committee}/` : ''}${s.session}${s.limited ? '/L' : ''}`;
}

const SERIES = /^(?:S\/(\d{4})|A\/(?:C\.([1-6])\/)?(\d{1,3})(\/L)?)$/;

/**
 * Read a series key (spec R47, R48). Council series by year since 1994 only: before that
 * documents were numbered serially without a year (S/18570), which a session does not model.
 */
export function parseSeries(text: string): Result<Series, NumberingError> {
  const m = text.trim().match(SERIES);
  const bad = (why: string) =>
    err({ code: 'invalid-series' as const, message: `"${text}" is not a document series: ${why}`, rule: 'spec R47, R48' });
  if (!m) return bad('expected S/YYYY, A/NN, A/NN/L or A/C.n/NN/L');
  if (m[1] !== undefined) {
    const year = Number(m[1]);
    if (year < 1994 || year > 2200) return bad('Council documents carry the year only since 1994 (spec R47)');
    return ok({ organ: 'S', year });
  }
  const session = Number(m[3]);
  // Symbols carry the session since the 31st (1976); earlier documents were A/NNNN (spec R48).
  if (session < 31) return bad('Assembly documents carry the session only since the thirty-first session (spec R48)');
  return ok({ organ: 'A', session, ...(m[2] ? { committee: Number(m[2]) } : {}), limited: m[4] !== undefined });
}

/** The n-th symbol of a series (the builders of build.ts for S/ and A/ documents). */
export function symbolInSeries(s: Series, n: number): string {
  if (s.organ === 'S') return scDocumentSymbol(s.year, n);
  if (!s.committee && !s.limited) return gaDocumentSymbol(s.session, n);
  return `${seriesKey(s).replace(/\/L$/, '')}/${s.limited ? 'L.' : ''}${n}`;
}

export interface Numbered {
  series: string;
  n: number;
  symbol: string;
}

/**
 * The next symbol of a series (spec R47: "numbered sequentially within the year"; R48 the same
 * within a session): the counter the chair set, or 1. One symbol names one document (R46), so a
 * counter set behind an issued symbol is refused rather than issuing the symbol twice.
 */
export function nextSymbol(
  series: Series,
  counters: Readonly<Record<string, number>>,
  issued: readonly string[],
): Result<Numbered, NumberingError> {
  const key = seriesKey(series);
  const n = counters[key] ?? 1;
  const symbol = symbolInSeries(series, n);
  if (issued.includes(symbol)) {
    return err({ code: 'symbol-taken', message: `${symbol} has already been issued: set the ${key} counter past it`, rule: 'spec R46' });
  }
  return ok({ series: key, n, symbol });
}

/** Setting a counter: refused when the number it starts from was already issued (spec R46). */
export function checkCounter(
  series: Series,
  next: number,
  issued: readonly string[],
): Result<{ series: string; next: number }, NumberingError> {
  const taken = issued.filter((s) => s === symbolInSeries(series, next));
  if (taken.length > 0)
    return err({ code: 'symbol-taken', message: `${taken[0]} has already been issued in this session`, rule: 'spec R46' });
  return ok({ series: seriesKey(series), next });
}

export type Modifier = 'Rev' | 'Add' | 'Corr';
const MODIFIED = /\/(Rev|Add|Corr|Amend)\.\d+$/;

/**
 * The Rev./Add./Corr. of a document (spec R46: a final component; a revision replaces the
 * earlier text, A/C.3/69/L.28 then /Rev.1): numbered on from those already issued for the
 * same base symbol. Only an original symbol is revised: the second revision of L.28 is
 * L.28/Rev.2, never L.28/Rev.1/Rev.1.
 */
export function modifiedSymbol(base: string, modifier: Modifier, issued: readonly string[]): Result<string, NumberingError> {
  const plain = base.replace(/\*$/, '');
  if (MODIFIED.test(plain)) {
    return err({
      code: 'not-revisable',
      message: `${base} is itself a revision, addendum or corrigendum: modify the original symbol`,
      rule: 'spec R46',
    });
  }
  const prefix = `${plain}/${modifier}.`;
  const taken = issued
    .filter((s) => s.startsWith(prefix))
    .map((s) => Number(s.slice(prefix.length)))
    .filter(Number.isInteger);
  return ok(`${prefix}${taken.length ? Math.max(...taken) + 1 : 1}`);
}

/**
 * The Assembly's regular session on a date (GA rule 1 [K]: it opens on the Tuesday of the third
 * week of September; the sixty-ninth opened on 16 September 2014). Taken as opening on
 * 15 September: a request for a date in the week of the opening should name its session.
 */
export function gaRegularSession(date: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '09-15' ? year - 1945 : year - 1946;
}

/** What a letter asks: circulation as a document of the Council, of the Assembly (with its session), or both. */
export interface CirculationRequest {
  council: boolean;
  assembly?: { session?: number };
}

/**
 * The series a circulation request puts a letter in (spec R49 `circulate`): the Assembly's
 * session series and the Council's year, in that order as the joint symbol prints them
 * (A/69/NNN–S/2014/NNN). A letter to the President of the Council alone is an S/ document.
 */
export function circulationSeries(request: CirculationRequest, date: string): Series[] {
  const out: Series[] = [];
  if (request.assembly) out.push({ organ: 'A', session: request.assembly.session ?? gaRegularSession(date), limited: false });
  if (request.council) out.push({ organ: 'S', year: Number(date.slice(0, 4)) });
  return out;
}

/** A document's symbols as one, joined by an en dash as the UN prints a joint symbol (spec R49). */
export const jointDisplay = (symbols: readonly string[]): string => symbols.join('\u2013');
