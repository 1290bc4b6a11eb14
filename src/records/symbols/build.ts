/**
 * Builders for the symbols the Council's records use most (spec R47-R48). Each returns the
 * canonical text; parseSymbol reads it back.
 */

/** S/RES/N (YYYY): resolution numbers run on from 1946 and do not restart each year. */
export const scResolutionSymbol = (n: number, year: number): string => `S/RES/${n} (${year})`;

/** S/PV.N, with "(Resumption k)" for a resumed meeting. */
export const verbatimRecordSymbol = (meeting: number, resumption?: number): string =>
  `S/PV.${meeting}${resumption ? ` (Resumption ${resumption})` : ''}`;

/** S/YYYY/N for documents since 1994; S/N (serial, no year) before. */
export const scDocumentSymbol = (year: number, n: number): string => (year >= 1994 ? `S/${year}/${n}` : `S/${n}`);

/** S/PRST/YYYY/N. */
export const presidentialStatementSymbol = (year: number, n: number): string => `S/PRST/${year}/${n}`;

/** A/NN/N for a GA session document (since the 31st session, 1976). */
export const gaDocumentSymbol = (session: number, n: number): string => `A/${session}/${n}`;

/** A/RES/NN/N; emergency special sessions "ES-11", special sessions "S-27". */
export const gaResolutionSymbol = (session: number | `ES-${number}` | `S-${number}`, n: number): string => `A/RES/${session}/${n}`;
