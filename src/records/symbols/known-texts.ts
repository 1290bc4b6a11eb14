import { emptyTextRegistry, registerText, type TextRecord, type TextRegistry } from './registry.js';

/**
 * Texts known to carry symbols in more than one series (spec R48; T53). Each entry names
 * where the equivalence is documented.
 */
export const KNOWN_TEXTS: readonly TextRecord[] = [
  {
    id: 'dprk-coi-report-2014',
    title: "Report of the commission of inquiry on human rights in the Democratic People's Republic of Korea (7 February 2014)",
    symbols: ['A/HRC/25/63', 'S/2014/276'],
    source:
      'A/HRC/25/63 masthead (Distr.: General, 7 February 2014); UN press summary of S/PV.7353 (report "document S/2014/276"); S&D ch. 4 s. 3b',
  },
];

/** A registry preloaded with KNOWN_TEXTS. */
export function knownTextRegistry(): TextRegistry {
  let reg = emptyTextRegistry();
  for (const t of KNOWN_TEXTS) {
    const next = registerText(reg, t);
    if (next.ok) reg = next.value; // entries are checked by a test; a bad one is skipped, never thrown
  }
  return reg;
}
