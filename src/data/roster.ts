/**
 * The one shape every body's membership takes on a date (issue 9): who sits and votes, who is
 * suspended, and how many seats are vacant or not yet known. A date whose membership is only
 * partly known still answers with the known part; `unknownSeats` says how much is missing.
 */
import type { BodyKind, IsoDate, StateCode } from '../rules/types.js';
import type { Confidence, RegionalGroup } from './types.js';

export type { BodyKind };

export const BODY_KINDS: readonly BodyKind[] = ['security-council', 'general-assembly', 'ga-main-committee', 'human-rights-council'];

export interface RosterMember {
  code: StateCode;
  /** Name of the time. */
  name: string;
  /** Official short name of the time (sorting, Rule 18, GA rule 87 order). */
  sortName: string;
  group: RegionalGroup | null;
  /** Security Council: a permanent seat. */
  permanent?: boolean;
  /** Elected term as ISO dates (Security Council, Human Rights Council); absent for GA Members. */
  term?: [IsoDate, IsoDate];
  note?: string;
  source: string;
  confidence: Confidence;
}

export interface Roster {
  body: BodyKind;
  date: IsoDate;
  /** Seats of the body (193 Members on that day, 47, 15 or 11). */
  seats: number;
  /** Members who sit and vote on the date. */
  members: RosterMember[];
  /** Members whose rights of membership are suspended on the date (they neither sit nor vote). */
  suspended: RosterMember[];
  /** Seats left empty on the date (a withdrawal before a by-election). */
  vacantSeats: number;
  /** Seats the data cannot fill: elections not yet recorded. */
  unknownSeats: number;
  /** Sentences a reader needs: suspensions, vacancies, unknown seats, known simplifications. */
  notes: string[];
  /** Whether every seat is known. */
  complete: boolean;
}
