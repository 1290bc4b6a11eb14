/**
 * The Council's history as data: who sat on the Security Council and who presided on
 * any day from the first meeting (17 Jan 1946) to 31 Dec 2027, the Member States with
 * their names of the time, and sourced procedural votes. Every record names its source.
 */
export { councilOn, compositionOn, councilRosterOn } from './composition.js';
export { gaRosterOn, unMembersOn, observerStatesOn, checkUnDate, UN_FIRST_DAY } from './general-assembly.js';
export { hrcRosterOn, HRC_SEATS, HRC_LAST_COMPLETE_DAY } from './human-rights-council.js';
export { HRC_COHORTS, HRC_EVENTS, HRC_FIRST_DAY } from './hrc-members.js';
export { hrcDprkVotes } from './hrc-dprk-votes.js';
export type { HrcVoteRecord } from './hrc-dprk-votes.js';
export { rosterOn } from './rosters.js';
export { BODY_KINDS } from './roster.js';
export type { BodyKind, Roster, RosterMember } from './roster.js';
export { presidentOf, presidencyTable, computedRotation, PRESIDENCY_EXCEPTIONS } from './presidencies.js';
export type { PresidencyException } from './presidencies.js';
export { PRESIDENCY_CONFIRMATIONS } from './presidency-confirmations.js';
export { memberState, stateName, findState, memberStates, allStates, nameAt } from './member-states.js';
export { electedTerms, permanentSeats, FIRST_DAY, LAST_DAY, USSR_LAST_DAY, PERMANENT_OPEN } from './council-seats.js';
export { councilVotes } from './council-votes.js';
export { gaDprkVotes } from './ga-dprk-votes.js';
export type { GaVoteRecord } from './ga-dprk-votes.js';
export { SOURCES } from './sources.js';
export type {
  CouncilMember,
  CouncilVoteRecord,
  Confidence,
  ElectedTerm,
  FormerName,
  MemberState,
  PermanentOccupancy,
  Presidency,
  ProceduralQuestion,
  RegionalGroup,
  StateStatus,
} from './types.js';
export { proceduralVotes } from './procedural-votes/index.js';
export type { ProceduralVote } from './procedural-votes/index.js';
