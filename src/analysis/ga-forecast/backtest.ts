import { FROZEN_SETTINGS, type Settings } from '../council/settings.js';
import { bootstrapInterval, scoreMembers, type Class3, type P3 } from '../council/scoring.js';
import { predict } from '../forecast/logistic.js';
import { VOTE, type GaView } from '../ga/record.js';
import { seriesByKey } from '../ga/series.js';
import { fitSeriesModel, gaPassProbability, seriesFeatures, seriesVotes } from './forecast.js';

export interface GaBacktest {
  rollCalls: number;
  predictions: number;
  methods: {
    method: 'model' | 'same-as-last-year';
    accuracy: number;
    brier: number;
    logLoss: number;
    outcomeCalls: number;
    ci: { accuracy: [number, number]; brier: [number, number]; logLoss: [number, number] };
  }[];
  bySeries: { series: string; rollCalls: number; model: number; sameAsLastYear: number }[];
}

const CLS: Record<number, Class3> = { [VOTE.YES]: 'yes', [VOTE.ABSTAIN]: 'abstain', [VOTE.NO]: 'no' };
const hard = (c: Class3): P3 => ({ yes: c === 'yes' ? 1 : 0, abstain: c === 'abstain' ? 1 : 0, no: c === 'no' ? 1 : 0 });

/**
 * Each series roll call from `gaFirstYear` on is forecast from the series' earlier roll
 * calls only (the model is refitted every time; features of each training roll call read
 * only data before it), and scored on the states that voted yes, no or abstained.
 * Baseline "same as last year": each state repeats its latest earlier vote in the series;
 * a state that never voted in it gets the last roll call's most common vote.
 */
export function gaBacktest(record: GaView, settings: Settings = FROZEN_SETTINGS): GaBacktest {
  type Row = { rc: string; series: string; actual: Class3; model: P3; last: P3 };
  const rows: Row[] = [];
  const outcomes: { rc: string; adopted: boolean; model: number; last: number }[] = [];
  const bySeries: GaBacktest['bySeries'] = [];
  for (const key of settings.gaSeries) {
    const series = seriesByKey(key);
    if (!series) continue;
    const all = seriesVotes(record, series);
    const cache = new Map<number, Float64Array[]>();
    let n = 0;
    let hitM = 0;
    let hitL = 0;
    let count = 0;
    all.forEach((r, i) => {
      if (i < 2 || Number(record.date(r).slice(0, 4)) < settings.gaFirstYear) return;
      const view = record.before(record.date(r));
      const earlier = all.slice(0, i).filter((x) => x < view.rollCallCount);
      const { model } = fitSeriesModel(view, earlier, cache);
      if (!model) return;
      const feats = seriesFeatures(view, earlier, record.day(r));
      const lastRc = earlier[earlier.length - 1]!;
      const tally = { yes: 0, abstain: 0, no: 0 };
      for (let c = 0; c < record.countryCount; c++) {
        const v = CLS[record.vote(lastRc, c)];
        if (v) tally[v]++;
      }
      const plurality = (['yes', 'abstain', 'no'] as const).reduce((a, b) => (tally[b] > tally[a] ? b : a));
      const mStates: P3[] = [];
      const lStates: P3[] = [];
      let yes = 0;
      let no = 0;
      n++;
      for (let c = 0; c < record.countryCount; c++) {
        const x = feats[c]!;
        const q = predict(model, x);
        const mp = { yes: q[0]!, abstain: q[1]!, no: q[2]! };
        const lastOwn: Class3 = x[1] ? 'yes' : x[2] ? 'abstain' : x[3] ? 'no' : plurality;
        const lp = hard(lastOwn);
        const actualV = record.vote(r, c);
        if (x[9] || actualV !== VOTE.NONE) {
          mStates.push(mp);
          lStates.push(lp);
        }
        const actual = CLS[actualV];
        if (actualV === VOTE.YES) yes++;
        else if (actualV === VOTE.NO) no++;
        if (!actual) continue;
        rows.push({ rc: `${key}#${r}`, series: key, actual, model: mp, last: lp });
        count++;
        const top = (['yes', 'abstain', 'no'] as const).reduce((a, b) => (mp[b] > mp[a] ? b : a));
        if (top === actual) hitM++;
        if (lastOwn === actual) hitL++;
      }
      outcomes.push({
        rc: `${key}#${r}`,
        adopted: yes > no,
        model: gaPassProbability(mStates, 'simple'),
        last: gaPassProbability(lStates, 'simple'),
      });
    });
    bySeries.push({ series: key, rollCalls: n, model: count ? hitM / count : NaN, sameAsLastYear: count ? hitL / count : NaN });
  }
  const eps = settings.epsilon;
  const byRc = new Map<string, Row[]>();
  for (const r of rows) (byRc.get(r.rc) ?? byRc.set(r.rc, []).get(r.rc)!).push(r);
  const rcIds = [...byRc.keys()];
  const { samples, seed, level } = settings.bootstrap;
  const method = (m: 'model' | 'same-as-last-year') => {
    const pick = (r: Row) => ({ p: m === 'model' ? r.model : r.last, actual: r.actual });
    const score = (ids: readonly string[]) => scoreMembers(ids.flatMap((id) => byRc.get(id)!).map(pick), eps);
    const s = score(rcIds);
    const calls = outcomes.filter((o) => (m === 'model' ? o.model : o.last) >= 0.5 === o.adopted).length / (outcomes.length || 1);
    return {
      method: m,
      accuracy: s.accuracy,
      brier: s.brier,
      logLoss: s.logLoss,
      outcomeCalls: calls,
      ci: {
        accuracy: bootstrapInterval(rcIds, (x) => score(x).accuracy, samples, seed, level),
        brier: bootstrapInterval(rcIds, (x) => score(x).brier, samples, seed, level),
        logLoss: bootstrapInterval(rcIds, (x) => score(x).logLoss, samples, seed, level),
      },
    };
  };
  return { rollCalls: rcIds.length, predictions: rows.length, methods: [method('model'), method('same-as-last-year')], bySeries };
}
