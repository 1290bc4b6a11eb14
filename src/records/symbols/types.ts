/** One slash-separated component of a UN document symbol, classified (spec R46). */
export type SymbolPart =
  | { kind: 'main-committee'; n: number; text: string }
  /** A subsidiary or other body component: HRC, AC.n, CN.n, CONF.n, WG.n, SC.n, Sub.n, PC. */
  | { kind: 'body'; name: string; n?: number; text: string }
  | { kind: 'resolution'; text: 'RES' }
  | { kind: 'presidential-statement'; text: 'PRST' }
  | { kind: 'verbatim-record'; n: number; text: string }
  | { kind: 'summary-record'; n: number; text: string }
  | { kind: 'limited'; n: number; text: string }
  | { kind: 'restricted'; n: number; text: string }
  | { kind: 'session'; n: number; text: string }
  | { kind: 'emergency-special-session'; n: number; text: string }
  | { kind: 'special-session'; n: number; text: string }
  | { kind: 'year'; n: number; text: string }
  | { kind: 'number'; n: number; text: string }
  | { kind: 'modifier'; name: 'Add' | 'Corr' | 'Rev' | 'Amend' | 'Summary'; n?: number; text: string }
  | { kind: 'special'; name: 'INF' | 'CRP' | 'NGO' | 'WP'; n?: number; text: string }
  /** Anything the parser does not know: kept as written, never an error (spec R46). */
  | { kind: 'opaque'; text: string };

/** Distribution class (spec R50). */
export type Distribution = 'general' | 'limited' | 'restricted';

export type DocumentKind =
  | 'document'
  | 'resolution'
  | 'verbatim-record'
  | 'summary-record'
  | 'presidential-statement'
  | 'draft'
  | 'restricted-document';

export interface ParsedSymbol {
  /** Exactly as given. */
  original: string;
  /** Canonical form; formatSymbol(parseSymbol(s)) returns this. */
  symbol: string;
  /** First component: A, S, E, ST, or a body's own series. */
  organ: string;
  parts: SymbolPart[];
  kind: DocumentKind;
  /** GA session (number), emergency special session "ES-11", special session "S-27". */
  session?: number | string;
  year?: number;
  /** Serial, resolution or statement number (meeting number for records: `meeting`). */
  number?: number;
  meeting?: number;
  /** Main Committee 1-6. */
  committee?: number;
  /** Limited- or restricted-distribution serial (L.28, R.3). */
  draft?: number;
  /** "(Resumption n)" on a resumed meeting's record (spec R47). */
  resumption?: number;
  /** Any other trailing parenthetical, kept as written. */
  suffix?: string;
  modifiers: { name: string; n?: number }[];
  /** Trailing `*`: reissued for technical reasons (spec R46). */
  reissued: boolean;
  distribution: Distribution;
}
