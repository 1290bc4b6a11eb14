/**
 * GA majorities in exact integer arithmetic (spec R52-R54, R59): "present and voting" is yes
 * plus no (GA rule 86 [126]); abstentions never enter. No floating point anywhere.
 */

export type GaMajority = 'simple' | 'two-thirds' | 'majority-of-membership';

/** Charter Art. 18(3), GA rule 95 [133]: more yes than no; a tie (0-0 included) fails. */
export const simpleMajorityMet = (yes: number, no: number): boolean => yes > no;

/** Yes votes that carry a simple majority of `presentAndVoting` (at least 1). */
export const simpleMajorityRequired = (presentAndVoting: number): number => Math.floor(presentAndVoting / 2) + 1;

/** Charter Art. 18(2): at least two-thirds of those present and voting; exactly 2/3 passes; 0-0 fails. */
export const twoThirdsMet = (yes: number, no: number): boolean => yes > 0 && 3 * yes >= 2 * (yes + no);

/** ceil(2pv/3) in integers, and at least 1 (a 0-0 vote carries nothing). */
export const twoThirdsRequired = (presentAndVoting: number): number => Math.max(1, Math.floor((2 * presentAndVoting + 2) / 3));

/** GA res 60/251 para. 7, ICJ Statute Art. 10: more than half of all Members (97 of 193). */
export const membershipMajorityRequired = (membership: number): number => Math.floor(membership / 2) + 1;
