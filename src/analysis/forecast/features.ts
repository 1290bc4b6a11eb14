import { VOTE, type GaView, type GaVote } from '../ga/record.js';
import { REGIONAL_GROUPS, type RegionalGroup } from '../states.js';

/**
 * What the model knows about a state at a moment t, all from GA roll calls dated
 * strictly before t:
 *  - agreement with the requesters' position (their plurality vote) over the previous
 *    three years, overall and on the issue of the question;
 *  - the same with the opposers' position;
 *  - its latest vote on a GA resolution about the subject country, relative to the
 *    requesters' vote on it (with / abstained / against / never voted);
 *  - its regional group (Western European and Others is the reference level).
 * Agreement rates are Laplace-smoothed, (agree + 1) / (votes + 2), so a state with few
 * votes sits near ½ rather than at 0 or 1.
 */
export const FEATURE_NAMES = [
  'bias',
  'agreeRequesters',
  'agreeOpposers',
  'agreeRequestersIssue',
  'agreeOpposersIssue',
  'subjectWith',
  'subjectAbstained',
  'subjectAgainst',
  ...REGIONAL_GROUPS.slice(0, 4).map((g) => `group:${g}`),
] as const;
export const FEATURE_COUNT = FEATURE_NAMES.length;

export const WINDOW_DAYS = 3 * 365;

/** A vote relative to a side: 1 with it, 2 abstained, 3 against, 0 no vote. */
export type Relative = 0 | 1 | 2 | 3;

export function opposite(v: GaVote): GaVote {
  return v === VOTE.YES ? VOTE.NO : v === VOTE.NO ? VOTE.YES : v;
}

export function relative(vote: GaVote, position: GaVote): Relative {
  if (vote === VOTE.NONE) return 0;
  if (vote === VOTE.ABSTAIN) return 2;
  // With no clear side position, read the vote at face value (yes = with).
  const side = position === VOTE.YES || position === VOTE.NO ? position : VOTE.YES;
  return vote === side ? 1 : 3;
}

/** The plurality vote of a set of columns on a roll call; NONE on a tie or if none voted. */
export function sidePosition(view: GaView, r: number, cols: readonly number[]): GaVote {
  const n = [0, 0, 0, 0];
  for (const c of cols) n[view.vote(r, c)]!++;
  let best: GaVote = VOTE.NONE;
  let bestCount = 0;
  let tie = false;
  for (const v of [VOTE.YES, VOTE.ABSTAIN, VOTE.NO] as const) {
    if (n[v]! > bestCount) {
      best = v;
      bestCount = n[v]!;
      tie = false;
    } else if (n[v]! === bestCount && bestCount > 0) tie = true;
  }
  return tie ? VOTE.NONE : best;
}

/**
 * Three-year rolling agreement counters per state, advanced through time. Only roll
 * calls of `view` are read, in date order; `advanceTo(day)` admits those dated before
 * `day` and drops those more than three years older.
 */
export class RollingFeatures {
  private readonly n: number;
  private readonly nR: Int32Array;
  private readonly aR: Int32Array;
  private readonly nO: Int32Array;
  private readonly aO: Int32Array;
  private readonly nRi: Int32Array;
  private readonly aRi: Int32Array;
  private readonly nOi: Int32Array;
  private readonly aOi: Int32Array;
  private readonly lastSubject: Uint8Array;
  private head: number;
  private tail: number;
  readonly reqPos: Int8Array;
  readonly oppPos: Int8Array;

  constructor(
    private readonly view: GaView,
    requesters: readonly number[],
    opposers: readonly number[],
    private readonly issueBit: number,
    private readonly subject: ReadonlySet<number>,
    readonly start: number,
  ) {
    this.n = view.countryCount;
    const z = () => new Int32Array(this.n);
    this.nR = z();
    this.aR = z();
    this.nO = z();
    this.aO = z();
    this.nRi = z();
    this.aRi = z();
    this.nOi = z();
    this.aOi = z();
    this.lastSubject = new Uint8Array(this.n);
    this.reqPos = new Int8Array(view.rollCallCount);
    this.oppPos = new Int8Array(view.rollCallCount);
    const firstSubject = Math.min(start, ...subject);
    for (let r = Math.max(0, firstSubject); r < view.rollCallCount; r++) {
      this.reqPos[r] = sidePosition(view, r, requesters);
      this.oppPos[r] = sidePosition(view, r, opposers);
    }
    // Subject votes older than the window still count: the latest one is what matters.
    for (const r of [...subject].sort((a, b) => a - b)) if (r < start) this.recordSubject(r);
    this.head = start;
    this.tail = start;
  }

  private recordSubject(r: number): void {
    for (let c = 0; c < this.n; c++) {
      const v = this.view.vote(r, c);
      if (v !== VOTE.NONE) this.lastSubject[c] = relative(v, this.reqPos[r] as GaVote);
    }
  }

  private apply(r: number, sign: 1 | -1): void {
    const rp = this.reqPos[r] as GaVote;
    const op = this.oppPos[r] as GaVote;
    const onIssue = this.issueBit !== 0 && (this.view.issueMask(r) & this.issueBit) !== 0;
    for (let c = 0; c < this.n; c++) {
      const v = this.view.vote(r, c);
      if (v === VOTE.NONE) continue;
      if (rp !== VOTE.NONE) {
        this.nR[c]! += sign;
        if (v === rp) this.aR[c]! += sign;
        if (onIssue) {
          this.nRi[c]! += sign;
          if (v === rp) this.aRi[c]! += sign;
        }
      }
      if (op !== VOTE.NONE) {
        this.nO[c]! += sign;
        if (v === op) this.aO[c]! += sign;
        if (onIssue) {
          this.nOi[c]! += sign;
          if (v === op) this.aOi[c]! += sign;
        }
      }
    }
  }

  /** Admit roll calls dated before `day`; forget those dated before `day − 3 years`. */
  advanceTo(day: number): void {
    while (this.head < this.view.rollCallCount && this.view.day(this.head) < day) {
      this.apply(this.head, 1);
      if (this.subject.has(this.head)) this.recordSubject(this.head);
      this.head++;
    }
    while (this.tail < this.head && this.view.day(this.tail) < day - WINDOW_DAYS) {
      this.apply(this.tail, -1);
      this.tail++;
    }
  }

  /** The feature vector of column c at the current moment. */
  features(c: number, group: RegionalGroup | null, out = new Float64Array(FEATURE_COUNT)): Float64Array {
    const rate = (a: number, n: number) => (a + 1) / (n + 2);
    const useIssue = this.issueBit !== 0;
    out[0] = 1;
    out[1] = rate(this.aR[c]!, this.nR[c]!);
    out[2] = rate(this.aO[c]!, this.nO[c]!);
    out[3] = useIssue ? rate(this.aRi[c]!, this.nRi[c]!) : out[1]!;
    out[4] = useIssue ? rate(this.aOi[c]!, this.nOi[c]!) : out[2]!;
    const s = this.lastSubject[c]!;
    out[5] = s === 1 ? 1 : 0;
    out[6] = s === 2 ? 1 : 0;
    out[7] = s === 3 ? 1 : 0;
    for (let g = 0; g < 4; g++) out[8 + g] = group === REGIONAL_GROUPS[g] ? 1 : 0;
    return out;
  }
}

/** Features of a state with no GA record: neutral agreement, no subject vote. */
export function neutralFeatures(group: RegionalGroup | null): Float64Array {
  const out = new Float64Array(FEATURE_COUNT);
  out[0] = 1;
  for (let i = 1; i <= 4; i++) out[i] = 0.5;
  for (let g = 0; g < 4; g++) out[8 + g] = group === REGIONAL_GROUPS[g] ? 1 : 0;
  return out;
}
