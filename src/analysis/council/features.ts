import { dayNumber, VOTE, type GaView } from '../ga/record.js';
import { seriesByKey, seriesRollCalls, shiftYears } from '../ga/series.js';
import { RollingFeatures, WINDOW_DAYS } from '../forecast/features.js';
import { groupOf, REGIONAL_GROUPS } from '../states.js';
import type { IsoDate, StateCode } from '../../rules/types.js';

/**
 * What the GA says about one Council member before a vote, relative to the two sides
 * (requesters, opposers), all read from `view` (already cut at the vote's date):
 *  - lean: agreement with the requesters' plurality vote minus agreement with the
 *    opposers', over the three years of GA roll calls before the date (or before the
 *    data's end, when the data stop earlier). Swapping the sides flips its sign.
 *  - subject: the member's own latest vote in the subject country's resolution series,
 *    at most `subjectYears` before the date: +1 with the requesters' side, −1 with the
 *    opposers', 0 abstained or no side position; `subjectVoted` says whether there was one.
 */
export interface MemberFeatures {
  code: StateCode;
  permanent: boolean;
  /** Index in REGIONAL_GROUPS, or REGIONAL_GROUPS.length when unknown. */
  group: number;
  lean: number;
  subject: number;
  subjectVoted: boolean;
  /** The member has GA votes in the window (else lean is 0 by construction). */
  gaRecord: boolean;
}

export interface SideInput {
  date: IsoDate;
  requestedBy: readonly StateCode[];
  opposedBy: readonly StateCode[];
  series: string | null;
  members: readonly { code: StateCode; permanent: boolean }[];
  subjectYears: number;
}

export interface CaseFeatures {
  members: MemberFeatures[];
  /** Last GA roll call read, or null. */
  dataThrough: IsoDate | null;
  /** Series roll calls found inside the subject window. */
  seriesRollCalls: number;
}

const isoOfDay = (day: number): IsoDate => new Date(day * 86_400_000).toISOString().slice(0, 10);

export function caseFeatures(view: GaView, input: SideInput): CaseFeatures {
  const reqCols = input.requestedBy.map((c) => view.countryIndex(c)).filter((c) => c >= 0);
  const oppCols = input.opposedBy.map((c) => view.countryIndex(c)).filter((c) => c >= 0);
  const last = view.rollCallCount - 1;
  const dataThrough = last >= 0 ? view.date(last) : null;
  const anchor = Math.min(dayNumber(input.date), last >= 0 ? view.day(last) + 1 : 0);
  const start = view.firstOnOrAfter(isoOfDay(anchor - WINDOW_DAYS));
  const series = input.series ? seriesByKey(input.series) : undefined;
  const subjectRcs = series ? seriesRollCalls(view, series, input.subjectYears, input.date) : [];
  const rolling = new RollingFeatures(view, reqCols, oppCols, 0, new Set(), Math.min(start, ...subjectRcs));
  rolling.advanceTo(anchor);
  const members = input.members.map((m) => {
    const col = view.countryIndex(m.code);
    const g = groupOf(m.code);
    const gi = g ? REGIONAL_GROUPS.indexOf(g) : -1;
    const base = { code: m.code, permanent: m.permanent, group: gi >= 0 ? gi : REGIONAL_GROUPS.length };
    if (col < 0) return { ...base, lean: 0, subject: 0, subjectVoted: false, gaRecord: false };
    const x = rolling.features(col, g);
    let subject = 0;
    let subjectVoted = false;
    for (let i = subjectRcs.length - 1; i >= 0; i--) {
      const r = subjectRcs[i]!;
      const v = view.vote(r, col);
      if (v === VOTE.NONE) continue;
      subjectVoted = true;
      const rp = rolling.reqPos[r];
      const op = rolling.oppPos[r];
      if (v === VOTE.ABSTAIN) subject = 0;
      else if (rp === VOTE.YES || rp === VOTE.NO) subject = v === rp ? 1 : -1;
      else if (op === VOTE.YES || op === VOTE.NO) subject = v === op ? -1 : 1;
      break;
    }
    return { ...base, lean: x[1]! - x[2]!, subject, subjectVoted, gaRecord: true };
  });
  return { members, dataThrough, seriesRollCalls: subjectRcs.length };
}

export { shiftYears };
