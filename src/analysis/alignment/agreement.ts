import { err, ok, type Result } from '../../rules/result.js';
import type { StateCode } from '../../rules/types.js';
import { VOTE, type GaView } from '../ga/record.js';
import { windowRollCalls, type WindowOptions } from './window.js';

export interface PairAgreement {
  a: StateCode;
  b: StateCode;
  /** Roll calls in the window on which both voted yes, no or abstain. */
  jointVotes: number;
  /** Of those, how many identical votes. */
  identical: number;
  /** identical / jointVotes, or null when they never voted together. */
  rate: number | null;
}

/**
 * The agreement rate of two states: the share of roll calls (both present and voting
 * yes/no/abstain) on which they cast the same vote. Absences are left out rather than
 * counted as disagreement, so a state's absences do not move it away from everyone.
 */
export function pairAgreement(view: GaView, a: StateCode, b: StateCode, opts: WindowOptions = {}): Result<PairAgreement> {
  const ca = view.countryIndex(a);
  const cb = view.countryIndex(b);
  for (const [code, c] of [
    [a, ca],
    [b, cb],
  ] as const) {
    if (c < 0) return err({ code: 'unknown-state', message: `no GA votes recorded for ${code}` });
  }
  let joint = 0;
  let same = 0;
  for (const r of windowRollCalls(view, opts)) {
    const va = view.vote(r, ca);
    const vb = view.vote(r, cb);
    if (va === VOTE.NONE || vb === VOTE.NONE) continue;
    joint++;
    if (va === vb) same++;
  }
  return ok({ a: a.toUpperCase(), b: b.toUpperCase(), jointVotes: joint, identical: same, rate: joint ? same / joint : null });
}

/** The vote matrix of a window: votes[i][k] for state column cols[i] on roll call rcs[k]. */
export function agreementMatrix(view: GaView, cols: readonly number[], rcs: readonly number[]): { rate: Float64Array; joint: Int32Array } {
  const m = cols.length;
  const votes = cols.map((c) => Uint8Array.from(rcs, (r) => view.vote(r, c)));
  const rate = new Float64Array(m * m);
  const joint = new Int32Array(m * m);
  for (let i = 0; i < m; i++) {
    const vi = votes[i]!;
    for (let j = i; j < m; j++) {
      const vj = votes[j]!;
      let n = 0;
      let s = 0;
      for (let k = 0; k < vi.length; k++) {
        const x = vi[k]!;
        const y = vj[k]!;
        if (x !== 0 && y !== 0) {
          n++;
          if (x === y) s++;
        }
      }
      const value = n ? s / n : NaN;
      rate[i * m + j] = rate[j * m + i] = value;
      joint[i * m + j] = joint[j * m + i] = n;
    }
  }
  return { rate, joint };
}
