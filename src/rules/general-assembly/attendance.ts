/**
 * The roll call of attendance and what follows from it: who is present, the quorum (GA rules 67
 * and 108; spec R62) and the base of the majority, members present and voting (GA rule 86 [126];
 * spec R52). A delegation may answer "present" or "present and voting"; the second is a pledge,
 * taken from Model UN practice (spec [P], configurable), not to abstain on substantive votes.
 */
import { err, ok, type Result, type RuleError } from '../result.js';
import type { Ballot } from '../types.js';
import { gaQuorum } from './quorum.js';

export type Attendance = 'present' | 'present-and-voting' | 'absent';

export const ATTENDANCE_ERRORS = ['present-and-voting-cannot-abstain'] as const;
export type AttendanceErrorCode = (typeof ATTENDANCE_ERRORS)[number];

/** The practice rule cited when a "present and voting" delegation tries to abstain. */
export const PRESENT_AND_VOTING_RULE = 'spec [P]: Model UN roll call, "present and voting" excludes abstention';

/** Refuse an abstention from a delegation that answered "present and voting" (when the practice is on). */
export function checkBallotAgainstAttendance(
  attendance: Attendance | undefined,
  ballot: Ballot,
  options: { presentAndVotingBarsAbstention: boolean } = { presentAndVotingBarsAbstention: true },
): Result<true, RuleError<AttendanceErrorCode>> {
  if (attendance === 'present-and-voting' && ballot === 'abstain' && options.presentAndVotingBarsAbstention) {
    return err({
      code: 'present-and-voting-cannot-abstain',
      message: 'a delegation that answered "present and voting" at the roll call cannot abstain',
      rule: PRESENT_AND_VOTING_RULE,
    });
  }
  return ok(true);
}

export interface AttendanceSummary {
  membership: number;
  present: number;
  presentAndVoting: number;
  debateQuorum: { met: boolean; required: number; rule: string };
  decisionQuorum: { met: boolean; required: number; rule: string };
}

/** Counts after the roll call, and the two quorums they meet or not. */
export function summariseAttendance(
  body: 'general-assembly' | 'ga-main-committee',
  membership: number,
  answers: Readonly<Record<string, Attendance>>,
): AttendanceSummary {
  const values = Object.values(answers);
  const present = values.filter((a) => a !== 'absent').length;
  return {
    membership,
    present,
    presentAndVoting: values.filter((a) => a === 'present-and-voting').length,
    debateQuorum: gaQuorum({ body, membership, present, stage: 'debate' }),
    decisionQuorum: gaQuorum({ body, membership, present, stage: 'decision' }),
  };
}
