import { err, ok, type Result, type RuleError } from '../../rules/result.js';
import type { DocumentKind, ParsedSymbol, SymbolPart } from './types.js';

const COMPONENT = /^[A-Za-z0-9.-]+$/;
const ORGAN = /^[A-Z]+$/;
const BODY_WITH_NUMBER = /^(AC|CN|CONF|WG|SC|Sub)\.(\d+)$/;

function classify(text: string): SymbolPart {
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^C\.(\d+)$/))) return { kind: 'main-committee', n: Number(m[1]), text };
  if ((m = text.match(BODY_WITH_NUMBER))) return { kind: 'body', name: m[1]!, n: Number(m[2]), text };
  if (text === 'HRC' || text === 'PC') return { kind: 'body', name: text, text };
  if (text === 'RES') return { kind: 'resolution', text };
  if (text === 'PRST') return { kind: 'presidential-statement', text };
  if ((m = text.match(/^PV\.(\d+)$/))) return { kind: 'verbatim-record', n: Number(m[1]), text };
  if ((m = text.match(/^SR\.(\d+)$/))) return { kind: 'summary-record', n: Number(m[1]), text };
  if ((m = text.match(/^L\.(\d+)$/))) return { kind: 'limited', n: Number(m[1]), text };
  if ((m = text.match(/^R\.(\d+)$/))) return { kind: 'restricted', n: Number(m[1]), text };
  if ((m = text.match(/^ES-(\d+)$/))) return { kind: 'emergency-special-session', n: Number(m[1]), text };
  if ((m = text.match(/^S-(\d+)$/))) return { kind: 'special-session', n: Number(m[1]), text };
  if ((m = text.match(/^(Add|Corr|Rev|Amend)\.(\d+)$/))) return { kind: 'modifier', name: m[1] as 'Add', n: Number(m[2]), text };
  if (text === 'Summary') return { kind: 'modifier', name: 'Summary', text };
  if ((m = text.match(/^(CRP|WP)\.(\d+)$/))) return { kind: 'special', name: m[1] as 'CRP', n: Number(m[2]), text };
  if (text === 'INF' || text === 'NGO') return { kind: 'special', name: text, text };
  if (/^\d+$/.test(text)) return { kind: 'number', n: Number(text), text };
  return { kind: 'opaque', text };
}

const isYear = (n: number, text: string) => text.length === 4 && n >= 1946 && n <= 2200;

/**
 * Plain numbers mean different things by position (spec R46-R48): in a pair, the first is the
 * year (S, E, ST ... since 1994: S/2014/872) or the GA session (A/69/623, A/HRC/25/63) and the
 * second the serial; a lone number before L./R./PV. is the session; a lone number otherwise is
 * a serial (S/18570 before 1994; A/1234 before 1976).
 */
function interpretNumbers(organ: string, parts: SymbolPart[]): void {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.kind !== 'number') continue;
    const next = parts[i + 1];
    const first: 'year' | 'session' = organ !== 'A' && isYear(p.n, p.text) ? 'year' : 'session';
    if (next?.kind === 'number') {
      parts[i] = { kind: first, n: p.n, text: p.text };
      i++; // the next stays a serial number
    } else if (
      next &&
      (next.kind === 'limited' || next.kind === 'restricted' || next.kind === 'summary-record' || next.kind === 'verbatim-record')
    ) {
      parts[i] = { kind: first, n: p.n, text: p.text };
    }
  }
}

function kindOf(parts: readonly SymbolPart[]): DocumentKind {
  if (parts.some((p) => p.kind === 'resolution')) return 'resolution';
  if (parts.some((p) => p.kind === 'presidential-statement')) return 'presidential-statement';
  if (parts.some((p) => p.kind === 'verbatim-record')) return 'verbatim-record';
  if (parts.some((p) => p.kind === 'summary-record')) return 'summary-record';
  if (parts.some((p) => p.kind === 'limited')) return 'draft';
  if (parts.some((p) => p.kind === 'restricted')) return 'restricted-document';
  return 'document';
}

/**
 * Parse a UN document symbol (spec R46-R50; DHL symbol guide): organ, bodies, session or year,
 * serial, L./R./PV./RES/PRST, Add./Corr./Rev. modifiers, "(YYYY)" on SC resolutions,
 * "(Resumption n)" on records, a trailing `*`. Unknown components stay opaque; the original
 * string is kept; only a symbol that cannot be split into components is refused.
 */
export function parseSymbol(input: string): Result<ParsedSymbol, RuleError> {
  const malformed = (why: string) =>
    err({ code: 'malformed-symbol', message: `"${input}" is not a document symbol: ${why}`, rule: 'spec R46' });
  let rest = input.trim();
  if (rest === '') return malformed('it is empty');
  const reissued = rest.endsWith('*');
  if (reissued) rest = rest.slice(0, -1).trimEnd();
  let resumption: number | undefined;
  let year: number | undefined;
  let suffix: string | undefined;
  let m: RegExpMatchArray | null;
  while ((m = rest.match(/\s*\(([^()]*)\)$/))) {
    const inner = m[1]!.trim();
    const r = inner.match(/^Resumption\s+(\d+)$/i);
    if (r) resumption = Number(r[1]);
    else if (/^\d{4}$/.test(inner)) year = Number(inner);
    else suffix = suffix ? `${inner}) (${suffix}` : inner;
    rest = rest.slice(0, m.index).trimEnd();
  }
  const texts = rest.split('/');
  if (texts.length < 2) return malformed('a symbol has at least an organ and one component separated by "/"');
  const [organ, ...components] = texts as [string, ...string[]];
  if (!ORGAN.test(organ)) return malformed(`"${organ}" is not an organ or series code`);
  const bad = components.find((c) => !COMPONENT.test(c));
  if (bad !== undefined) return malformed(bad === '' ? 'it has an empty component' : `component "${bad}" has characters symbols never use`);
  const parts = components.map(classify);
  interpretNumbers(organ, parts);

  const parsed: ParsedSymbol = {
    original: input,
    symbol: '',
    organ,
    parts,
    kind: kindOf(parts),
    modifiers: [],
    reissued,
    distribution: parts.some((p) => p.kind === 'restricted')
      ? 'restricted'
      : parts.some((p) => p.kind === 'limited')
        ? 'limited'
        : 'general',
  };
  for (const p of parts) {
    switch (p.kind) {
      case 'main-committee':
        parsed.committee = p.n;
        break;
      case 'session':
        parsed.session = p.n;
        break;
      case 'emergency-special-session':
        parsed.session = `ES-${p.n}`;
        break;
      case 'special-session':
        parsed.session = `S-${p.n}`;
        break;
      case 'year':
        parsed.year = p.n;
        break;
      case 'number':
        parsed.number = p.n;
        break;
      case 'verbatim-record':
      case 'summary-record':
        parsed.meeting = p.n;
        break;
      case 'limited':
      case 'restricted':
        parsed.draft = p.n;
        break;
      case 'modifier':
        parsed.modifiers.push(p.n === undefined ? { name: p.name } : { name: p.name, n: p.n });
        break;
      default:
        break;
    }
  }
  if (year !== undefined) {
    if (parsed.kind !== 'resolution' || parsed.year !== undefined)
      return malformed('a year in parentheses belongs only to a resolution number');
    parsed.year = year;
  }
  if (resumption !== undefined) {
    if (parsed.kind !== 'verbatim-record') return malformed('"(Resumption n)" belongs only to a meeting record');
    parsed.resumption = resumption;
  }
  if (suffix !== undefined) parsed.suffix = suffix;
  parsed.symbol = formatSymbol(parsed, year !== undefined);
  return ok(parsed);
}

/**
 * Canonical text of a parsed symbol (spec R47): components joined by "/", then " (YYYY)" for an
 * SC resolution, " (Resumption n)", any other parenthetical, and "*".
 */
export function formatSymbol(
  s: Omit<ParsedSymbol, 'symbol' | 'original'>,
  withYearSuffix = s.kind === 'resolution' && s.organ === 'S' && s.year !== undefined && !s.parts.some((p) => p.kind === 'year'),
): string {
  let out = [s.organ, ...s.parts.map((p) => p.text)].join('/');
  if (withYearSuffix && s.year !== undefined) out += ` (${s.year})`;
  if (s.resumption !== undefined) out += ` (Resumption ${s.resumption})`;
  if (s.suffix !== undefined) out += ` (${s.suffix})`;
  if (s.reissued) out += '*';
  return out;
}
