import { err, ok, type Result } from '../../rules/result.js';
import type { StateCode } from '../../rules/types.js';
import type { IssueKey } from '../ga/issues.js';
import { VOTE, type GaView } from '../ga/record.js';
import { columnHolderOn } from '../ga/codes.js';
import { displayName, groupOf, type RegionalGroup } from '../states.js';
import { agreementMatrix, pairAgreement, type PairAgreement } from './agreement.js';
import { classicalMds } from './mds.js';
import { windowRollCalls, type WindowOptions } from './window.js';

export interface AlignmentOptions extends WindowOptions {
  /** Report only these states (the map itself is always fitted on every state voting in the window). */
  states?: readonly StateCode[];
  /** Agreement rate of this pair, reported alongside. */
  pair?: readonly [StateCode, StateCode];
  /** A state needs votes on this share of the window's roll calls to be placed (default 0.25). */
  minShare?: number;
}

export interface IdealPoint {
  code: StateCode;
  name: string;
  group: RegionalGroup | null;
  /** First dimension, signed so the United States is positive (the "Western" side). */
  x: number;
  /** Second dimension, signed so the United States is non-negative. */
  y: number;
  votes: number;
}

export interface AlignmentResult {
  window: { from: number | null; to: number | null; issue: IssueKey | null; rollCalls: number };
  points: IdealPoint[];
  explained: [number, number];
  /** Which state fixed the signs (USA, else GBR, FRA, the first placed). */
  anchor: StateCode | null;
  pair: PairAgreement | null;
  /** States with too few votes in the window to be placed (requested ones, or any that voted). */
  omitted: StateCode[];
}

const SIGN_ANCHORS = ['USA', 'GBR', 'FRA'];

/**
 * Agreement and a two-dimensional spatial map for a window of GA roll calls: classical
 * MDS of 1 − agreement (identical votes / joint votes). Pure: reads only `view`.
 */
export function alignment(view: GaView, opts: AlignmentOptions = {}): Result<AlignmentResult> {
  for (const [name, y] of [
    ['from', opts.from],
    ['to', opts.to],
  ] as const) {
    if (y !== undefined && !(Number.isInteger(y) && y >= 1 && y <= 9999))
      return err({ code: 'bad-window', message: `${name} must be a year, not ${String(y)}` });
  }
  if (opts.minShare !== undefined && !(opts.minShare >= 0 && opts.minShare <= 1))
    return err({ code: 'bad-window', message: 'minShare must be between 0 and 1' });
  if (opts.from !== undefined && opts.to !== undefined && opts.from > opts.to) {
    return err({ code: 'bad-window', message: `--from ${opts.from} is after --to ${opts.to}` });
  }
  const rcs = windowRollCalls(view, opts);
  const minVotes = Math.max(1, Math.ceil((opts.minShare ?? 0.25) * rcs.length));
  const requested = opts.states?.map((s) => s.toUpperCase());
  for (const code of requested ?? []) {
    if (view.countryIndex(code) < 0) return err({ code: 'unknown-state', message: `no GA votes recorded for ${code}` });
  }
  const candidates = Array.from({ length: view.countryCount }, (_, col) => ({ code: view.countryCode(col), col }));
  const counts = candidates.map(({ col }) => rcs.reduce((n, r) => n + (view.vote(r, col) !== VOTE.NONE ? 1 : 0), 0));
  const placed = candidates.filter((_, i) => counts[i]! >= minVotes);
  const placedVotes = counts.filter((c) => c >= minVotes);
  // Report the requested states left out, or (for the full map) those that voted too rarely.
  const omitted = requested
    ? requested.filter((code) => !placed.some((p) => p.col === view.countryIndex(code)))
    : candidates.filter((_, i) => counts[i]! < minVotes && counts[i]! > 0).map((c) => c.code);

  const m = placed.length;
  const { rate } = agreementMatrix(
    view,
    placed.map((p) => p.col),
    rcs,
  );
  // Pairs that never met get the average distance rather than breaking the map.
  let sum = 0;
  let n = 0;
  for (const v of rate)
    if (!Number.isNaN(v)) {
      sum += 1 - v;
      n++;
    }
  const fallback = n ? sum / n : 0.5;
  const distance = rate.map((v, i) => (Math.floor(i / m) === i % m ? 0 : Number.isNaN(v) ? fallback : 1 - v));
  const mds = classicalMds(distance, m);

  const anchorIndex = (() => {
    for (const a of SIGN_ANCHORS) {
      const i = placed.findIndex((p) => p.code === a);
      if (i >= 0) return i;
    }
    return m ? 0 : -1;
  })();
  const sx = anchorIndex >= 0 && mds.coordinates[anchorIndex]![0] < 0 ? -1 : 1;
  const sy = anchorIndex >= 0 && mds.coordinates[anchorIndex]![1] < 0 ? -1 : 1;
  // Label each column by the state it stood for at the window's end (Serbia, not Yugoslavia, in 2016).
  const lastDate = rcs.length ? view.rollCall(rcs[rcs.length - 1]!).date : '9999-12-31';
  const allPoints: IdealPoint[] = placed.map((p, i) => ({
    code: columnHolderOn(p.code, lastDate),
    name: displayName(columnHolderOn(p.code, lastDate), lastDate),
    group: groupOf(columnHolderOn(p.code, lastDate)),
    x: sx * mds.coordinates[i]![0],
    y: sy * mds.coordinates[i]![1],
    votes: placedVotes[i]!,
  }));
  // Requested states in the order asked, under the code asked (SUN finds the RUS column).
  const points = requested
    ? requested.flatMap((code) => {
        const i = placed.findIndex((p) => p.col === view.countryIndex(code));
        return i < 0 ? [] : [{ ...allPoints[i]!, code, name: displayName(code), group: groupOf(code) }];
      })
    : allPoints;

  let pair: PairAgreement | null = null;
  if (opts.pair) {
    const p = pairAgreement(view, opts.pair[0], opts.pair[1], opts);
    if (!p.ok) return p;
    pair = p.value;
  }
  return ok({
    window: { from: opts.from ?? null, to: opts.to ?? null, issue: opts.issue ?? null, rollCalls: rcs.length },
    points,
    explained: mds.explained,
    anchor: anchorIndex >= 0 ? placed[anchorIndex]!.code : null,
    pair,
    omitted,
  });
}

/** One map per calendar year of the window (the "per state per year" estimates). */
export function alignmentByYear(
  view: GaView,
  opts: AlignmentOptions & { from: number; to: number },
): Result<{ year: number; result: AlignmentResult }[]> {
  const out: { year: number; result: AlignmentResult }[] = [];
  for (let year = opts.from; year <= opts.to; year++) {
    const r = alignment(view, { ...opts, from: year, to: year, pair: undefined });
    if (!r.ok) return r;
    out.push({ year, result: r.value });
  }
  return ok(out);
}
