import type { GaView } from '../ga/record.js';

const STOP = new Set(['THE', 'AND', 'OF']);

function tokens(text: string): string[] {
  return text.toUpperCase().split(/[^A-Z]+/u).filter((t) => t.length >= 3 && !STOP.has(t));
}

/** Word sets of roll-call texts, memoized: texts repeat across forecasts on one record. */
const wordCache = new Map<string, Set<string>>();
function words(text: string): Set<string> {
  let w = wordCache.get(text);
  if (!w) {
    w = new Set(tokens(text));
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(text, w);
  }
  return w;
}

/**
 * Roll calls about a country: those whose title or description names it. Matching is on
 * whole words of the name ("Democratic People's Republic of Korea" → DEMOCRATIC, PEOPLE,
 * REPUBLIC, KOREA), which survives the encoding damage in the dataset's descriptions
 * ("People?Ã†s" still yields PEOPLE). A parenthetical ("Venezuela (Bolivarian Republic
 * of)") also counts without it. Only roll calls inside `view` are read.
 */
export function subjectRollCalls(view: GaView, names: readonly string[]): number[] {
  const variants = new Set<string>();
  for (const n of names) {
    variants.add(n);
    const bare = n.replace(/\s*\([^)]*\)\s*/gu, ' ').trim();
    if (bare) variants.add(bare);
  }
  const wanted = [...variants].map(tokens).filter((t) => t.length > 0);
  if (!wanted.length) return [];
  const out: number[] = [];
  for (let r = 0; r < view.rollCallCount; r++) {
    const rc = view.rollCall(r);
    const have = words(`${rc.short} ${rc.descr}`);
    if (wanted.some((ts) => ts.every((t) => have.has(t)))) out.push(r);
  }
  return out;
}
