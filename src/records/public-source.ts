/**
 * A source as readers see it: the data keep the spec's identifiers ("spec T1 [V]; Reuters 22 Dec
 * 2014"), which are the team's cross-references, not sources; records, the tour and the web show
 * the outside sources only. The full text stays in the data, in JSON and behind details flags.
 */
export function publicSource(source: string): string {
  return source
    .replace(/\s*\(spec [^)]*\)/g, '')
    .split(/;\s*/)
    .map((part) => {
      if (!/^spec\b/.test(part)) return part.trim();
      // "spec R43 [V]: S&D online ch. 2 s. 11f" cites an outside source after the colon.
      const colon = part.indexOf(': ');
      return colon >= 0 ? part.slice(colon + 2).trim() : '';
    })
    .filter((part) => part.length > 0)
    .join('; ');
}

/** Sources with the spec's identifiers removed, and the ones that were nothing else dropped. */
export const publicSources = (sources: readonly string[]): string[] => sources.map(publicSource).filter((s) => s.length > 0);
