import type { IsoDate, StateCode } from '../../rules/types.js';
import { issuesOfMask, type IssueKey } from './issues.js';

/** A state's vote on a roll call, packed in one byte. NONE = absent or not a member. */
export const VOTE = { NONE: 0, YES: 1, ABSTAIN: 2, NO: 3 } as const;
export type GaVote = (typeof VOTE)[keyof typeof VOTE];
export const VOTE_NAMES = ['none', 'yes', 'abstain', 'no'] as const;

export interface RollCallInfo {
  rcid: number;
  /** GA session (1 = 1946). */
  session: number;
  date: IsoDate;
  /** Resolution symbol as given, e.g. "R/69/188". */
  unres: string;
  /** US State Department "important vote" flag (from session 39), null where not coded. */
  important: boolean | null;
  short: string;
  descr: string;
  issues: IssueKey[];
}

/** A country as the dataset has it, mapped to the project's code. */
export interface GaCountry {
  code: StateCode;
  /** Name as it appears in the dataset (last seen). */
  datasetName: string;
  /** The alpha-2 the dataset used ("NA" is ambiguous there; see codes.ts). */
  alpha2: string;
}

/**
 * Read access to GA roll calls, in date order. Every model receives one of these, never
 * the raw tables, so a view made by `before(date)` is the only data a forecast can see:
 * asking it for a roll call at or after its cutoff throws (the no-leakage guarantee).
 */
export interface GaView {
  /** Exclusive upper date bound, or null for the whole record. */
  readonly cutoff: IsoDate | null;
  readonly rollCallCount: number;
  readonly countryCount: number;
  countryCode(c: number): StateCode;
  /** Column of a state (aliases such as SUN→RUS resolved), or -1. */
  countryIndex(code: StateCode): number;
  date(r: number): IsoDate;
  /** Days since 1970-01-01, for window arithmetic. */
  day(r: number): number;
  issueMask(r: number): number;
  rollCall(r: number): RollCallInfo;
  vote(r: number, c: number): GaVote;
  /** A narrower view: roll calls dated strictly before `date`. */
  before(date: IsoDate): GaView;
  /** Index of the first roll call dated on or after `date` (rollCallCount if none). */
  firstOnOrAfter(date: IsoDate): number;
}

/** Thrown when a view is asked for data beyond its cutoff: a bug, never user input. */
export class LeakageError extends RangeError {
  constructor(index: number, cutoff: IsoDate | null, count: number) {
    super(`roll call #${index} is outside this view (${count} roll calls before ${cutoff ?? 'the end'})`);
    this.name = 'LeakageError';
  }
}

export function dayNumber(date: IsoDate): number {
  return Math.floor(Date.parse(date + 'T00:00:00Z') / 86_400_000);
}

/** The loaded tables: columnar roll calls sorted by (date, rcid), votes row-major. */
export interface GaTables {
  rcid: Int32Array;
  session: Int16Array;
  day: Int32Array;
  dates: IsoDate[];
  issueMask: Uint8Array;
  /** 1 important, 0 not, -1 not coded. */
  important: Int8Array;
  unres: string[];
  short: string[];
  descr: string[];
  countries: GaCountry[];
  /** votes[r * countryCount + c] */
  votes: Uint8Array;
  /** Extra codes that resolve to a column (SUN→RUS, SRB→YUG, TWN→CHN). */
  aliases: ReadonlyMap<StateCode, StateCode>;
}

class GaWindow implements GaView {
  readonly countryCount: number;
  private readonly columns: Map<StateCode, number>;

  constructor(
    protected readonly t: GaTables,
    readonly rollCallCount: number,
    readonly cutoff: IsoDate | null,
    columns?: Map<StateCode, number>,
  ) {
    this.countryCount = t.countries.length;
    this.columns = columns ?? new Map(t.countries.map((c, i) => [c.code, i]));
  }

  private check(r: number): void {
    if (!(r >= 0 && r < this.rollCallCount)) throw new LeakageError(r, this.cutoff, this.rollCallCount);
  }

  countryCode(c: number): StateCode {
    return this.t.countries[c]!.code;
  }
  countryIndex(code: StateCode): number {
    const upper = code.toUpperCase();
    return this.columns.get(upper) ?? this.columns.get(this.t.aliases.get(upper) ?? '') ?? -1;
  }
  date(r: number): IsoDate {
    this.check(r);
    return this.t.dates[r]!;
  }
  day(r: number): number {
    this.check(r);
    return this.t.day[r]!;
  }
  issueMask(r: number): number {
    this.check(r);
    return this.t.issueMask[r]!;
  }
  rollCall(r: number): RollCallInfo {
    this.check(r);
    const imp = this.t.important[r]!;
    return {
      rcid: this.t.rcid[r]!,
      session: this.t.session[r]!,
      date: this.t.dates[r]!,
      unres: this.t.unres[r]!,
      important: imp < 0 ? null : imp === 1,
      short: this.t.short[r]!,
      descr: this.t.descr[r]!,
      issues: issuesOfMask(this.t.issueMask[r]!),
    };
  }
  vote(r: number, c: number): GaVote {
    this.check(r);
    return this.t.votes[r * this.countryCount + c]! as GaVote;
  }
  firstOnOrAfter(date: IsoDate): number {
    // binary search over the sorted dates, never past this view
    let lo = 0;
    let hi = this.rollCallCount;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.t.dates[mid]! < date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  before(date: IsoDate): GaView {
    const limit = this.firstOnOrAfter(date);
    const cutoff = this.cutoff !== null && this.cutoff < date ? this.cutoff : date;
    return new GaWindow(this.t, limit, cutoff, this.columns);
  }
}

/** The whole GA record: a view with no cutoff, plus what the loader found. */
export class GaRecord extends GaWindow {
  constructor(
    readonly tables: GaTables,
    /** Dataset directory, and one line on anything skipped or repaired while loading. */
    readonly origin: { dir: string; warnings: string[]; votes: number },
  ) {
    super(tables, tables.rcid.length, null);
  }
  get countries(): readonly GaCountry[] {
    return this.tables.countries;
  }
  /** First and last roll-call dates. */
  get span(): { first: IsoDate; last: IsoDate } | null {
    const n = this.rollCallCount;
    return n === 0 ? null : { first: this.tables.dates[0]!, last: this.tables.dates[n - 1]! };
  }
}
