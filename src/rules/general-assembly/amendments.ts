/** A GA amendment as the order of voting needs it (GA rule 90 [130]; spec R58). */
export interface GaAmendment {
  id: string;
  /** How far removed in substance from the original proposal (higher = further). */
  distance: number;
  submittedAt: number;
  /** Amendments whose adoption necessarily rejects this one (either direction counts). */
  conflictsWith?: readonly string[];
}

/**
 * Voting order in the GA (GA rule 90 [130]; spec R58): every amendment before the proposal,
 * the one furthest removed in substance first. Unlike the Council (Rule 36) there is no
 * adds/deletes-first exception.
 */
export function orderGaAmendments<A extends GaAmendment>(list: readonly A[]): A[] {
  return [...list].sort((a, b) => b.distance - a.distance || a.submittedAt - b.submittedAt);
}

export type AmendmentStep = { id: string; status: 'adopted' | 'rejected' | 'moot' | 'pending' };

/**
 * Walk the amendments in order given the results so far (spec R58 "moot detection"): one
 * whose conflict with an adopted amendment makes it necessarily rejected is not put to the
 * vote; the first undecided live one is `pending`, i.e. next to vote. `proposalAsAmended` says
 * the proposal is then voted as amended (any amendment adopted).
 */
export function amendmentSequence(
  ordered: readonly GaAmendment[],
  results: Readonly<Record<string, 'adopted' | 'rejected'>>,
): { steps: AmendmentStep[]; next: string | undefined; proposalAsAmended: boolean } {
  const adopted = new Set<string>();
  const steps: AmendmentStep[] = [];
  let next: string | undefined;
  for (const a of ordered) {
    const conflicts = (id: string) => (a.conflictsWith ?? []).includes(id) || (ordered.find((o) => o.id === id)?.conflictsWith ?? []).includes(a.id);
    if ([...adopted].some(conflicts)) {
      steps.push({ id: a.id, status: 'moot' });
      continue;
    }
    const r = results[a.id];
    if (r) {
      steps.push({ id: a.id, status: r });
      if (r === 'adopted') adopted.add(a.id);
      continue;
    }
    steps.push({ id: a.id, status: 'pending' });
    next ??= a.id;
    break; // later ones depend on this result
  }
  return { steps, next, proposalAsAmended: adopted.size > 0 };
}
