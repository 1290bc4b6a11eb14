/**
 * Record shapes for the Council's history as data. Every record names its `source`;
 * where a fact rests on memory rather than a checked document, `confidence` says so.
 */
import type { Ballot, IsoDate, StateCode } from '../rules/types.js';

/**
 * How sure a record is:
 *  - confirmed: checked against a stored copy of the cited source during research
 *  - knowledge: established domain knowledge, not re-checked against a document here
 *  - uncertain: sources disagree or the detail could not be pinned down (see `note`)
 */
export type Confidence = 'confirmed' | 'knowledge' | 'uncertain';

/** The five UN regional groups (GA practice; they have no Charter basis). */
export type RegionalGroup =
  | 'African'
  | 'Asia-Pacific'
  | 'Eastern European'
  | 'Latin American and Caribbean'
  | 'Western European and Others';

/** A name a state bore until a date (inclusive), e.g. "Zaire" until 1997-05-16. */
export interface FormerName {
  /** Official UN English short name of the time: the Rule 18 sort name. */
  sortName: string;
  /** Display name of the time (usually the same). */
  name: string;
  /** Last day the name was in use. */
  until: IsoDate;
}

export type StateStatus = 'member' | 'observer' | 'dissolved';

export interface MemberState {
  /** ISO 3166-1 alpha-3; dissolved states by their ISO 3166-3 alpha-3 (SUN, YUG, CSK, DDR). */
  code: StateCode;
  /** ISO 3166-1 alpha-2 (the former code for dissolved states). */
  alpha2: string;
  /** Name as displayed today (UN voting records: "United States", "United Kingdom"). */
  name: string;
  /** Official UN English short name today: the Rule 18 sort name. */
  sortName: string;
  /** Earlier names, oldest first, each with the last day it was used. */
  formerNames: readonly FormerName[];
  status: StateStatus;
  /** Date of admission to the UN (observers: date of observer status). */
  admitted: IsoDate;
  /** Last day of membership, for dissolved states. */
  ended?: IsoDate;
  /** Regional group; null where the state belongs to none (United States, observers, dissolved). */
  group: RegionalGroup | null;
  /** Group counted for Security Council elections, where it differs or group is null. */
  electoralGroup?: RegionalGroup;
  note?: string;
  source: string;
  confidence: Confidence;
}

/** One elected member's term: a two-year term, or one year (1966 seats, split terms). */
export interface ElectedTerm {
  code: StateCode;
  /** First day of the term, normally 1 January. */
  from: IsoDate;
  /** Last day of the term, normally 31 December. */
  to: IsoDate;
  note?: string;
  source: string;
  confidence: Confidence;
}

/** A permanent seat's occupant over a span (China seat, USSR seat). */
export interface PermanentOccupancy {
  code: StateCode;
  from: IsoDate;
  to: IsoDate;
  note?: string;
  source: string;
}

/** A member of the Council on a given day, as the public API returns it. */
export interface CouncilMember {
  code: StateCode;
  name: string;
  sortName: string;
  permanent: boolean;
  /** The elected term as ISO dates, null for permanent members. */
  term: [IsoDate, IsoDate] | null;
  note?: string;
  source: string;
}

export interface Presidency {
  /** "YYYY-MM". */
  month: string;
  code: StateCode;
  /** Display name at the time. */
  name: string;
  /** True when Rule 18 rotation gives this president; false for a recorded exception. */
  computed: boolean;
  /** Why the month departs from the computed rotation. */
  exception?: string;
  /** Source that confirms this month's president, where one was checked. */
  confirmed?: string;
  note?: string;
  source: string;
}

/** The kind of procedural question the Council voted on. */
export type ProceduralQuestion = 'agenda' | 'invitation' | 'ges-referral' | 'meeting-format' | 'other';

export interface CouncilVoteRecord {
  id: string;
  date: IsoDate;
  /** Meeting record symbol, e.g. "S/PV.7353". */
  meeting: string | null;
  item: string;
  question: ProceduralQuestion;
  /** What was put to the vote, in one sentence. */
  description: string;
  /** Every member's ballot, keyed by state code; empty when no vote was taken. */
  ballots: Readonly<Record<StateCode, Ballot>>;
  /** Published tally yes–no–abstain (and others), as reported. */
  published: { yes: number; no: number; abstain: number; nonParticipation?: number; absent?: number } | null;
  outcome: 'adopted' | 'not-adopted' | 'adopted-without-vote' | 'withdrawn' | 'no-vote';
  /** For events without a vote: who supported the request, etc. */
  supporters?: readonly StateCode[];
  opponents?: readonly StateCode[];
  note?: string;
  source: string;
  confidence: Confidence;
}
