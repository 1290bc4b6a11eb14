import type { Ballot, IsoDate, StateCode } from '../../rules/types.js';
import type { Confidence } from '../types.js';

/** What was put to a procedural vote (Charter Art. 27(2); spec R20). */
export type ProceduralQuestion =
  | 'agenda' // adoption of the provisional agenda (Rule 9)
  | 'invitation-rule-37' // inviting a State or the PLO to participate (Rule 37 or the 1975 practice)
  | 'invitation-rule-39' // inviting a briefer (Rule 39)
  | 'adjournment' // a precedence motion to adjourn or postpone (Rule 33)
  | 'ges-referral'; // calling an emergency special session of the GA (GA res 377 A (V))

/**
 * One procedural vote of the Security Council, with who asked for it and who objected
 * *before* the vote (request letters, the motion's mover, statements made before the
 * vote: never read off the ballots), and the ballots where the sources give them.
 */
export interface ProceduralVote {
  id: string;
  date: IsoDate;
  /** Meeting record symbol (S/PV.n) where known. */
  meeting: string | null;
  question: ProceduralQuestion;
  description: string;
  /** The country the question is about, where there is one: its GA record is a signal. */
  subject: StateCode | null;
  /** Key of the GA resolution series about the subject (src/analysis/ga/series.ts), if any. */
  series: string | null;
  /** Who requested the meeting or moved the motion: the side a yes vote supports. */
  requestedBy: readonly StateCode[];
  /** Who objected before the vote (statements, letters): the side a no vote supports. */
  opposedBy: readonly StateCode[];
  /** Where `requestedBy` and `opposedBy` come from. */
  sidesSource: string;
  /** Every member's ballot when the sources name them all; null when only the tally is known. */
  ballots: Readonly<Record<StateCode, Ballot>> | null;
  /** Published tally. */
  tally: { yes: number; no: number; abstain: number };
  /** Nine affirmative votes (seven before 1966) carry a procedural decision; no veto. */
  outcome: 'adopted' | 'not-adopted';
  /** URLs and document symbols. */
  sources: readonly string[];
  confidence: Confidence;
  note?: string;
}
