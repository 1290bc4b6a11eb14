/**
 * The one entry point the CLI, the server and live sessions use to decide a vote.
 * Security Council: Charter Art. 27 (spec R18-R23, R26). General Assembly: Charter Art. 18
 * and the GA rules (spec R51-R55, R59-R60). Pure: the caller supplies the composition.
 */
import type { Result } from './result.js';
import type { Decision } from './types.js';
import { decideScVote, type ScVoteError, type ScVoteInput } from './security-council/decide-vote.js';
import type { ScOptions } from './security-council/options.js';
import { decideGaVote, type GaDecision, type GaVoteError, type GaOptions, type GaVoteInput } from './general-assembly/decide-vote.js';

export type { ScVoteInput, ScOptions, GaVoteInput, GaOptions, GaDecision };
export type { ScChapter } from './security-council/obligatory-abstention.js';
export type { GaMajority } from './general-assembly/majorities.js';

/** Decide a Security Council vote: Charter Art. 27(2)-(3), ICJ Statute Art. 10 (spec R20-R23, R26). */
export function decideSecurityCouncil(input: ScVoteInput, options?: Partial<ScOptions>): Result<Decision, ScVoteError> {
  return decideScVote(input, options);
}

/** Decide a General Assembly plenary or Main Committee vote: Charter Art. 18 (spec R52-R55, R59). */
export function decideGeneralAssembly(input: GaVoteInput, options?: Partial<GaOptions>): Result<GaDecision, GaVoteError> {
  return decideGaVote(input, options);
}

export { decideHrcVote, hrcQuorum, HRC_PROCEDURE } from './human-rights-council/decide-vote.js';
export { decideBodyVote } from './bodies/decide.js';
export {
  BODY_PROFILES,
  checkFeature,
  checkMotion,
  checkMajority,
  checkVoterStanding,
  outcomeWord,
  outcomeWording,
} from './bodies/profile.js';
export type { BodyProfile, SessionFeature, MotionKind, OutcomeWording } from './bodies/profile.js';
