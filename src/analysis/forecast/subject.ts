import type { GaView } from '../ga/record.js';

/** Upper-case words separated by single spaces: "People?Ã†s" → "PEOPLE S", so mojibake still matches. */
function normalize(text: string): string {
  return ` ${text
    .toUpperCase()
    .replace(/[^A-Z]+/gu, ' ')
    .trim()} `;
}

/** Name variants: as given, and without a parenthetical ("Venezuela (Bolivarian Republic of)" → "Venezuela"). */
function variants(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    out.add(normalize(n));
    const bare = n.replace(/\s*\([^)]*\)\s*/gu, ' ').trim();
    if (bare) out.add(normalize(bare));
  }
  return [...out].filter((v) => v.trim().length > 0);
}

/** Normalized texts memoized: the same roll-call texts are scanned by every forecast. */
const textCache = new Map<string, string>();
function normalizedText(text: string): string {
  let t = textCache.get(text);
  if (t === undefined) {
    t = normalize(text);
    if (textCache.size > 50_000) textCache.clear();
    textCache.set(text, t);
  }
  return t;
}

/**
 * Roll calls about a country: those whose title or description contains one of its
 * names as a phrase. Names of *other* states that contain it ("Democratic People's
 * Republic of Korea" for "Republic of Korea", "Equatorial Guinea" for "Guinea") are cut
 * out first so they do not count. Matching works on letters only, which survives the
 * encoding damage in the dataset's descriptions. Only roll calls inside `view` are read.
 */
export function subjectRollCalls(view: GaView, names: readonly string[], otherStatesNames: readonly string[] = []): number[] {
  const wanted = variants(names);
  if (!wanted.length) return [];
  const longer = variants(otherStatesNames)
    .filter((o) => wanted.some((w) => o !== w && o.includes(w)))
    .sort((a, b) => b.length - a.length);
  const out: number[] = [];
  for (let r = 0; r < view.rollCallCount; r++) {
    const rc = view.rollCall(r);
    let text = normalizedText(`${rc.short} | ${rc.descr}`);
    for (const o of longer) if (text.includes(o)) text = text.split(o).join(' | ');
    if (wanted.some((w) => text.includes(w))) out.push(r);
  }
  return out;
}
