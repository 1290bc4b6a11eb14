/**
 * Exact pass probability of a Council vote when members vote independently: a
 * Poisson-binomial distribution of the yes count, with the veto folded in.
 *
 * A draft passes when yes ≥ required (9 of 15, 7 of 11 before 1966: Charter Art. 27(2)–(3),
 * spec R3, R20) and, on non-procedural matters, no permanent member votes no (Art. 27(3),
 * spec R21). Abstention, non-participation and absence are neither yes nor veto (spec R22),
 * so the model's "abstain" covers all three.
 */
export interface VoteOdds {
  yes: number;
  no: number;
  abstain: number;
  permanent: boolean;
}

/**
 * dist[k] = P(exactly k yes votes AND, when `veto`, no permanent member votes no).
 * O(n²) dynamic programme; summing dist gives P(no veto) (1 when !veto).
 */
export function yesDistribution(members: readonly VoteOdds[], veto: boolean): Float64Array {
  let dist = new Float64Array(members.length + 1);
  dist[0] = 1;
  members.forEach((m, i) => {
    const next = new Float64Array(members.length + 1);
    // the mass that neither adds a yes nor breaks the veto condition
    const stay = veto && m.permanent ? m.abstain : m.no + m.abstain;
    for (let k = 0; k <= i; k++) {
      const p = dist[k]!;
      if (p === 0) continue;
      next[k]! += p * stay;
      next[k + 1]! += p * m.yes;
    }
    dist = next;
  });
  return dist;
}

export function passProbability(members: readonly VoteOdds[], required: number, veto: boolean): number {
  const dist = yesDistribution(members, veto);
  let p = 0;
  for (let k = required; k < dist.length; k++) p += dist[k]!;
  return Math.min(1, Math.max(0, p));
}

export function expectedYes(members: readonly VoteOdds[]): number {
  return members.reduce((s, m) => s + m.yes, 0);
}

/** How much the pass probability rises if each member is persuaded to vote yes. */
export function swingGains(
  members: readonly VoteOdds[],
  required: number,
  veto: boolean,
): { index: number; gain: number; passIfYes: number }[] {
  const base = passProbability(members, required, veto);
  return members.map((_m, index) => {
    const moved = members.map((x, j) => (j === index ? { ...x, yes: 1, no: 0, abstain: 0 } : x));
    const passIfYes = passProbability(moved, required, veto);
    return { index, gain: passIfYes - base, passIfYes };
  });
}
