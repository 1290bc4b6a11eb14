import { err, ok, type Result, type RuleError } from '../../rules/result.js';
import { parseSymbol } from './parse.js';
import type { ParsedSymbol } from './types.js';

/** A letter issued once under a symbol pairing the GA and SC series (spec R49; T52). */
export interface JointSymbol {
  /** "A/69/623–S/2014/872", joined by an en dash as the UN prints it. */
  symbol: string;
  ga: ParsedSymbol;
  sc: ParsedSymbol;
  /** GA agenda items the letter is circulated under (from the covering request, not the symbol). */
  gaAgendaItems: number[];
  /** Circulation is not a request for a meeting: it never triggers Rule 2 (spec R49). */
  triggersMeeting: false;
}

const SEPARATOR = /\s*[\u2013\u2014]\s*|\s+-\s+/;

/**
 * Parse "A/69/NNN–S/2014/NNN" (en or em dash, or " - "): exactly one GA session document and
 * one SC document. Agenda items come from the letter's request and are attached as given.
 */
export function parseJointSymbol(text: string, gaAgendaItems: readonly number[] = []): Result<JointSymbol, RuleError> {
  const sides = text.trim().split(SEPARATOR);
  const bad = (why: string) =>
    err({ code: 'malformed-symbol', message: `"${text}" is not a joint GA-SC symbol: ${why}`, rule: 'spec R49' });
  if (sides.length !== 2) return bad('expected two symbols joined by a dash');
  const a = parseSymbol(sides[0]!);
  if (!a.ok) return a;
  const s = parseSymbol(sides[1]!);
  if (!s.ok) return s;
  if (a.value.organ !== 'A' || typeof a.value.session !== 'number') return bad('the first symbol must be a GA session document (A/NN/N)');
  if (s.value.organ !== 'S') return bad('the second symbol must be a Security Council document (S/YYYY/N)');
  if (gaAgendaItems.some((n) => !Number.isInteger(n) || n < 1)) return bad('agenda items are positive whole numbers');
  return ok({
    symbol: `${a.value.symbol}\u2013${s.value.symbol}`,
    ga: a.value,
    sc: s.value,
    gaAgendaItems: [...gaAgendaItems],
    triggersMeeting: false,
  });
}

/** Issue a letter in both series (spec R49 `circulate`): the joint symbol for GA session/serial and SC year/serial. */
export function jointSymbol(
  ga: { session: number; n: number },
  sc: { year: number; n: number },
  gaAgendaItems: readonly number[] = [],
): Result<JointSymbol, RuleError> {
  return parseJointSymbol(`A/${ga.session}/${ga.n}\u2013S/${sc.year}/${sc.n}`, gaAgendaItems);
}

/** Readable form: "A/69/623–S/2014/872 (GA agenda item 68)". */
export function formatJointSymbol(j: Pick<JointSymbol, 'symbol' | 'gaAgendaItems'>): string {
  const items = j.gaAgendaItems;
  return items.length === 0 ? j.symbol : `${j.symbol} (GA agenda ${items.length === 1 ? 'item' : 'items'} ${items.join(', ')})`;
}
