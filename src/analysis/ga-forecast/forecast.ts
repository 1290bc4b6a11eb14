import { allStates } from '../../data/index.js';
import { err, ok, type Result } from '../../rules/result.js';
import { simpleMajorityMet, twoThirdsMet, type GaMajority } from '../../rules/index.js';
import type { IsoDate, StateCode } from '../../rules/types.js';
import { RollingFeatures } from '../forecast/features.js';
import { fitSoftmax, predict, type SoftmaxModel } from '../forecast/logistic.js';
import { dataEnd } from '../ga/data-end.js';
import { dayNumber, VOTE, type GaView } from '../ga/record.js';
import { normalizeTitle, seriesByKey, SERIES, inSeries, type ResolutionSeries } from '../ga/series.js';

/**
 * Forecast of a GA recorded vote on a recurring resolution series (the annual DPRK
 * human-rights text, …): each Member's P(yes / abstain / no) from its own past votes in
 * the series and its alignment with the series' two camps, and the exact probability the
 * text carries under the right majority (simple or two-thirds of those present and voting,
 * decided by src/rules' GA majority functions; abstentions and absences are neither).
 *
 * Model: multinomial logistic regression trained on the series' earlier roll calls only;
 * each example is one state's vote there, with features read from data before that roll
 * call: its last and second-last series votes, its share of yes in the series, and its
 * three-year GA agreement with the last roll call's yes camp minus its no camp.
 */
export const GA_FEATURES = [
  'bias',
  'last:yes',
  'last:abstain',
  'last:no',
  'prev:yes',
  'prev:abstain',
  'prev:no',
  'yesShare',
  'lean',
  'voted',
] as const;
const D = GA_FEATURES.length;

export type GaBodyKind = 'general-assembly' | 'ga-main-committee';

export interface GaForecastOptions {
  series: string;
  date: IsoDate;
  body: GaBodyKind;
  /** Plenary only: 'two-thirds' for an important question (Charter Art. 18(2)); default simple. */
  majority?: Exclude<GaMajority, 'majority-of-membership'>;
  /** Voting states; default: the UN Members on the date. */
  states?: readonly StateCode[];
}

export interface GaStateForecast {
  code: StateCode;
  p: { yes: number; abstain: number; no: number };
  lastVote: 'yes' | 'abstain' | 'no' | null;
}

export interface GaForecast {
  series: ResolutionSeries;
  date: IsoDate;
  body: GaBodyKind;
  majority: 'simple' | 'two-thirds';
  states: GaStateForecast[];
  passProbability: number;
  expected: { yes: number; no: number; abstain: number };
  training: { rollCalls: number; examples: number };
  dataThrough: IsoDate | null;
  note: string;
}

/** Series roll calls on the resolution itself (amendment, paragraph and motion votes left out). */
export function seriesVotes(view: GaView, series: ResolutionSeries): number[] {
  const out: number[] = [];
  for (let r = 0; r < view.rollCallCount; r++) {
    const rc = view.rollCall(r);
    const t = normalizeTitle(`${rc.descr}`);
    if (!(inSeries(series, rc.descr) || inSeries(series, rc.short))) continue;
    if (/\b(AMENDMENT|PARAGRAPH|MOTION|ADJOURN)/u.test(t)) continue;
    out.push(r);
  }
  return out;
}

const isoOfDay = (day: number): IsoDate => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * Features of every column for a vote after series roll calls `earlier` (all before the
 * vote), with alignment read from the three years before `anchorDay`.
 */
export function seriesFeatures(view: GaView, earlier: readonly number[], anchorDay: number): Float64Array[] {
  const n = view.countryCount;
  const last = earlier[earlier.length - 1];
  const yesCols: number[] = [];
  const noCols: number[] = [];
  if (last !== undefined)
    for (let c = 0; c < n; c++) {
      const v = view.vote(last, c);
      if (v === VOTE.YES) yesCols.push(c);
      else if (v === VOTE.NO) noCols.push(c);
    }
  const start = view.firstOnOrAfter(isoOfDay(anchorDay - 3 * 365));
  const rolling = new RollingFeatures(view, yesCols, noCols, 0, new Set(), start);
  rolling.advanceTo(anchorDay);
  const out: Float64Array[] = [];
  for (let c = 0; c < n; c++) {
    const x = new Float64Array(D);
    x[0] = 1;
    const own = earlier.map((r) => view.vote(r, c)).filter((v) => v !== VOTE.NONE);
    const lastV = own[own.length - 1];
    const prevV = own[own.length - 2];
    if (lastV !== undefined) x[lastV] = 1; // 1 yes, 2 abstain, 3 no
    if (prevV !== undefined) x[3 + prevV] = 1;
    x[7] = (own.filter((v) => v === VOTE.YES).length + 1) / (own.length + 2);
    const f = rolling.features(c, null);
    x[8] = yesCols.length && noCols.length ? f[1]! - f[2]! : 0;
    x[9] = own.length ? 1 : 0;
    out.push(x);
  }
  return out;
}

/** Fit on the series' roll calls in `train` (each with features from before it). */
export function fitSeriesModel(
  view: GaView,
  rcs: readonly number[],
  cache?: Map<number, Float64Array[]>,
): { model: SoftmaxModel | null; examples: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  rcs.forEach((r, i) => {
    if (i === 0) return; // nothing earlier to learn from
    let feats = cache?.get(r);
    if (!feats) {
      feats = seriesFeatures(view, rcs.slice(0, i), view.day(r));
      cache?.set(r, feats);
    }
    for (let c = 0; c < view.countryCount; c++) {
      const v = view.vote(r, c);
      if (v === VOTE.NONE) continue;
      for (const q of feats[c]!) xs.push(q);
      ys.push(v === VOTE.YES ? 0 : v === VOTE.ABSTAIN ? 1 : 2);
    }
  });
  if (ys.length < 20) return { model: null, examples: ys.length };
  return {
    model: fitSoftmax({ x: Float64Array.from(xs), y: Uint8Array.from(ys), rows: ys.length, features: D }, 3, 1),
    examples: ys.length,
  };
}

/** Joint distribution of (yes, no) counts; abstaining and absent states add to neither. */
export function yesNoDistribution(states: readonly { yes: number; no: number }[]): Float64Array[] {
  const n = states.length;
  let dist: Float64Array[] = [Float64Array.of(1)];
  states.forEach((s, i) => {
    const next: Float64Array[] = Array.from({ length: i + 2 }, () => new Float64Array(i + 2));
    const other = Math.max(0, 1 - s.yes - s.no);
    for (let y = 0; y <= i; y++)
      for (let k = 0; k <= i - y; k++) {
        const p = dist[y]![k]!;
        if (p === 0) continue;
        next[y]![k]! += p * other;
        next[y + 1]![k]! += p * s.yes;
        next[y]![k + 1]! += p * s.no;
      }
    dist = next;
  });
  void n;
  return dist;
}

/** Exact P(adopted): the majority test itself comes from src/rules (Charter Art. 18; GA rules 86, 125, 133). */
export function gaPassProbability(states: readonly { yes: number; no: number }[], majority: 'simple' | 'two-thirds'): number {
  const dist = yesNoDistribution(states);
  const met = majority === 'two-thirds' ? twoThirdsMet : simpleMajorityMet;
  let p = 0;
  for (let y = 0; y < dist.length; y++) for (let k = 0; k < dist[y]!.length; k++) if (dist[y]![k]! > 0 && met(y, k)) p += dist[y]![k]!;
  return Math.min(1, Math.max(0, p));
}

export function membersOn(date: IsoDate): StateCode[] {
  return allStates.filter((s) => s.status !== 'observer' && s.admitted <= date && (!s.ended || date <= s.ended)).map((s) => s.code);
}

export function gaForecast(record: GaView, opts: GaForecastOptions): Result<GaForecast> {
  const series = seriesByKey(opts.series);
  if (!series)
    return err({
      code: 'unknown-series',
      message: `unknown resolution series "${opts.series}"; known: ${SERIES.map((s) => s.key).join(', ')}`,
    });
  if (opts.body === 'ga-main-committee' && opts.majority === 'two-thirds')
    return err({
      code: 'committee-majority',
      message: 'a Main Committee decides by a simple majority (GA rule 125); two-thirds applies in plenary only',
    });
  const majority = opts.body === 'ga-main-committee' ? 'simple' : (opts.majority ?? 'simple');
  const view = record.before(opts.date);
  const rcs = seriesVotes(view, series);
  const { model, examples } = fitSeriesModel(view, rcs);
  const through = dataEnd(view);
  const anchor = Math.min(dayNumber(opts.date), view.rollCallCount ? view.day(view.rollCallCount - 1) + 1 : 0);
  const feats = seriesFeatures(view, rcs, anchor);
  const codes = opts.states ?? membersOn(opts.date);
  const neutral = new Float64Array(D);
  neutral[0] = 1;
  neutral[7] = 0.5;
  const states = codes.map((code) => {
    const col = view.countryIndex(code);
    const x = col >= 0 ? feats[col]! : neutral;
    const p = model ? predict(model, x) : Float64Array.of(1 / 3, 1 / 3, 1 / 3);
    const lastVote = x[1] ? 'yes' : x[2] ? 'abstain' : x[3] ? 'no' : null;
    return { code, p: { yes: p[0]!, abstain: p[1]!, no: p[2]! }, lastVote } as GaStateForecast;
  });
  const expected = { yes: 0, no: 0, abstain: 0 };
  for (const s of states) {
    expected.yes += s.p.yes;
    expected.no += s.p.no;
    expected.abstain += s.p.abstain;
  }
  const stale = through && opts.date > through;
  return ok({
    series,
    date: opts.date,
    body: opts.body,
    majority,
    states,
    passProbability: gaPassProbability(
      states.map((s) => s.p),
      majority,
    ),
    expected,
    training: { rollCalls: rcs.length, examples },
    dataThrough: through,
    note: [
      `${majority === 'two-thirds' ? 'Two-thirds' : 'Simple majority'} of those present and voting (${opts.body === 'ga-main-committee' ? 'GA rule 125' : majority === 'two-thirds' ? 'Charter Art. 18(2)' : 'Charter Art. 18(3)'}); abstentions and absences count for neither side.`,
      ...(stale ? [`The GA data end on ${through}: votes after then are not known to this forecast.`] : []),
      ...(!model ? ['Too few earlier roll calls in the series to learn from: every state is shown at one third each.'] : []),
    ].join(' '),
  });
}
