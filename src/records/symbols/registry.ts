import { err, ok, type Result, type RuleError } from '../../rules/result.js';
import { parseSymbol } from './parse.js';

/** One text, which may carry symbols in several series (spec R48; T53). */
export interface TextRecord {
  id: string;
  title: string;
  /** Canonical symbols, without the reissue star. */
  symbols: string[];
  /** Where the equivalence is documented. */
  source: string;
}

/** Immutable: every change returns a new registry. */
export interface TextRegistry {
  readonly texts: ReadonlyMap<string, TextRecord>;
  readonly bySymbol: ReadonlyMap<string, string>;
}

export const emptyTextRegistry = (): TextRegistry => ({ texts: new Map(), bySymbol: new Map() });

function key(symbol: string): Result<string, RuleError> {
  const p = parseSymbol(symbol);
  if (!p.ok) return p;
  return ok(p.value.reissued ? p.value.symbol.slice(0, -1) : p.value.symbol);
}

/**
 * Register a text under one or more symbols. A symbol already bound to another text is a
 * `symbol-conflict`: one symbol names one document in every language (spec R46).
 */
export function registerText(reg: TextRegistry, record: TextRecord): Result<TextRegistry, RuleError> {
  if (record.symbols.length === 0) return err({ code: 'invalid-input', message: 'a text needs at least one symbol', rule: 'spec R46' });
  const keys: string[] = [];
  for (const s of record.symbols) {
    const k = key(s);
    if (!k.ok) return k;
    const owner = reg.bySymbol.get(k.value);
    if (owner !== undefined && owner !== record.id) {
      return err({ code: 'symbol-conflict', message: `${k.value} already names text "${owner}"`, rule: 'spec R46' });
    }
    keys.push(k.value);
  }
  const existing = reg.texts.get(record.id);
  const symbols = [...new Set([...(existing?.symbols ?? []), ...keys])];
  const texts = new Map(reg.texts).set(record.id, { ...record, symbols });
  const bySymbol = new Map(reg.bySymbol);
  for (const k of keys) bySymbol.set(k, record.id);
  return ok({ texts, bySymbol });
}

/** The text a symbol names, whichever of its series is asked for. */
export function resolveSymbol(reg: TextRegistry, symbol: string): TextRecord | undefined {
  const k = key(symbol);
  if (!k.ok) return undefined;
  const id = reg.bySymbol.get(k.value);
  return id === undefined ? undefined : reg.texts.get(id);
}

/** Whether two symbols name the same text (T53: A/HRC/25/63 and S/2014/276). */
export function sameText(reg: TextRegistry, a: string, b: string): boolean {
  const ta = resolveSymbol(reg, a);
  return ta !== undefined && ta === resolveSymbol(reg, b);
}
