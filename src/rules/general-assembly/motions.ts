/**
 * Procedural motions in the General Assembly and its committees (GA rules 74–79 [116–121];
 * spec R62). While a proposal is before the meeting, these motions take precedence over it, in
 * this order (GA rule 77 [119], subject to points of order, rule 71 [113]):
 *   (a) to suspend the meeting, (b) to adjourn the meeting (rule 76 [118]: both voted without
 *   debate), (c) to adjourn the debate on the item (rule 74 [116]: two for, two against, then
 *   the vote), (d) to close the debate (rule 75 [117]: two against, then the vote).
 * A motion on the Assembly's competence to adopt a proposal is voted before the proposal
 * (rule 79 [121]).
 */
import { err, ok, type Result, type RuleError } from '../result.js';

export const GA_MOTION_ERRORS = ['unknown-motion'] as const;

export type GaMotion = 'suspend' | 'adjourn' | 'adjourn-debate' | 'close-debate' | 'competence';

export const GA_MOTION_ORDER: readonly GaMotion[] = ['suspend', 'adjourn', 'adjourn-debate', 'close-debate', 'competence'];

const PLENARY_RULE: Readonly<Record<GaMotion, string>> = {
  suspend: 'GA rule 76',
  adjourn: 'GA rule 76',
  'adjourn-debate': 'GA rule 74',
  'close-debate': 'GA rule 75',
  competence: 'GA rule 79',
};
const COMMITTEE_RULE: Readonly<Record<GaMotion, string>> = {
  suspend: 'GA rule 118',
  adjourn: 'GA rule 118',
  'adjourn-debate': 'GA rule 116',
  'close-debate': 'GA rule 117',
  competence: 'GA rule 121',
};

/** The rule a motion rests on: plenary numbering, or the committees' (also applied by the HRC, GA res 60/251 para. 11). */
export function gaMotionRule(motion: GaMotion, setting: 'plenary' | 'committee'): string {
  return (setting === 'plenary' ? PLENARY_RULE : COMMITTEE_RULE)[motion];
}

/** Speakers allowed before the vote on a motion: [for, against] (GA rules 74–76 [116–118]). */
export function gaMotionSpeakers(motion: GaMotion): { for: number; against: number } {
  if (motion === 'suspend' || motion === 'adjourn') return { for: 0, against: 0 };
  if (motion === 'adjourn-debate') return { for: 2, against: 2 };
  if (motion === 'close-debate') return { for: 0, against: 2 };
  return { for: 2, against: 2 };
}

/**
 * Which pending motion is decided next (GA rule 77 [119]): the highest in the order; among
 * motions of the same kind, the first moved. Unknown kinds are refused, not guessed.
 */
export function nextGaMotion<M extends { motion: string; movedAt: number }>(
  pending: readonly M[],
  setting: 'plenary' | 'committee' = 'plenary',
): Result<M | undefined, RuleError<(typeof GA_MOTION_ERRORS)[number]>> {
  const unknown = pending.find((m) => !GA_MOTION_ORDER.includes(m.motion as GaMotion));
  if (unknown) {
    return err({ code: 'unknown-motion', message: `"${unknown.motion}" is not a motion of the GA rules of procedure`, rule: setting === 'plenary' ? 'GA rule 77' : 'GA rule 119' });
  }
  const rank = (m: M) => GA_MOTION_ORDER.indexOf(m.motion as GaMotion);
  const sorted = [...pending].sort((a, b) => rank(a) - rank(b) || a.movedAt - b.movedAt);
  return ok(sorted[0]);
}

/** A motion adopted ends what ranks below it for the meeting: adjournment of the debate means no vote on the proposal (spec R62). */
export function motionOutcomeEffect(motion: GaMotion, adopted: boolean): 'meeting-suspended' | 'meeting-adjourned' | 'no-action' | 'vote-now' | 'continue' {
  if (!adopted) return 'continue';
  switch (motion) {
    case 'suspend':
      return 'meeting-suspended';
    case 'adjourn':
      return 'meeting-adjourned';
    case 'adjourn-debate':
      return 'no-action';
    case 'close-debate':
      return 'vote-now';
    case 'competence':
      return 'continue';
  }
}
