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
export type GaMotion = 'suspend' | 'adjourn' | 'adjourn-debate' | 'close-debate' | 'competence';

export const GA_MOTION_ORDER: readonly GaMotion[] = ['suspend', 'adjourn', 'adjourn-debate', 'close-debate', 'competence'];

/** Speakers allowed before the vote on a motion: [for, against] (GA rules 74–76 [116–118]). */
export function gaMotionSpeakers(motion: GaMotion): { for: number; against: number } {
  if (motion === 'suspend' || motion === 'adjourn') return { for: 0, against: 0 };
  if (motion === 'adjourn-debate') return { for: 2, against: 2 };
  if (motion === 'close-debate') return { for: 0, against: 2 };
  return { for: 2, against: 2 };
}
