import type { Distribution, ParsedSymbol } from './types.js';

const MASTHEAD = /Distr\.?:?\s*(General|Limited|Restricted)/i;

/**
 * Distribution class (spec R50; DHL): L. means limited, R. restricted, anything else general;
 * a masthead's "Distr.: …" line, when known, overrides the symbol's hint.
 */
export function distributionClass(symbol: Pick<ParsedSymbol, 'distribution'>, masthead?: string): Distribution {
  const m = masthead?.match(MASTHEAD);
  return m ? (m[1]!.toLowerCase() as Distribution) : symbol.distribution;
}
