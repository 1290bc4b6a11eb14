import { councilOn } from '../../data/index.js';
import type { ProceduralVote } from '../../data/procedural-votes/index.js';
import type { Ballot, StateCode } from '../../rules/types.js';
import { scThresholds } from '../../rules/index.js';
import type { GaView } from '../ga/record.js';
import { caseFeatures, type CaseFeatures, type MemberFeatures } from './features.js';
import { fitParams, gaussHermite, memberProbs, sigmaOf, marginalProbs, type CouncilModel, type FitCase } from './model.js';
import { yesDistribution, type VoteOdds } from '../forecast/poisson-binomial.js';
import type { Settings } from './settings.js';
import type { CouncilVotesView } from './view.js';

export type Role = 'requester' | 'opposer' | 'undeclared';

/** A vote turned into model input: features from the GA before its date, roles from the declared sides. */
export interface PreparedCase {
  vote: ProceduralVote;
  members: { code: StateCode; permanent: boolean; role: Role }[];
  features: CaseFeatures;
  /** Undeclared members' features, in `members` order. */
  rows: MemberFeatures[];
  required: number;
}

export function roleOf(code: StateCode, v: { requestedBy: readonly StateCode[]; opposedBy: readonly StateCode[] }): Role {
  return v.requestedBy.includes(code) ? 'requester' : v.opposedBy.includes(code) ? 'opposer' : 'undeclared';
}

/** with the requesters / abstain (or not voting) / against: abstention is as good as a no on a procedural vote. */
export function classOf(b: Ballot): 0 | 1 | 2 {
  return b === 'yes' ? 0 : b === 'no' ? 2 : 1;
}

export function prepareCase(record: GaView, vote: ProceduralVote, settings: Settings): PreparedCase {
  const council = councilOn(vote.date);
  if (!council.ok) throw new Error(`no Council composition for ${vote.date}`);
  const members = council.value.map((m) => ({ code: m.code, permanent: m.permanent, role: roleOf(m.code, vote) }));
  const features = caseFeatures(record.before(vote.date), {
    date: vote.date,
    requestedBy: vote.requestedBy,
    opposedBy: vote.opposedBy,
    series: vote.series,
    members,
    subjectYears: settings.subjectYears,
  });
  const rows = features.members.filter((_, i) => members[i]!.role === 'undeclared');
  const t = scThresholds(members.length);
  if (!t.ok) throw new Error(t.error.message);
  return { vote, members, features, rows, required: t.value.affirmative };
}

/** The fit input of a prepared case, its ballots read through the guarded view (throws for a hidden vote). */
export function fitCaseOf(c: PreparedCase, view: CouncilVotesView): FitCase {
  const v = view.vote(c.vote.id);
  if (!v.ballots) return { id: v.id, rows: c.rows, classes: null };
  const undeclared = c.members.filter((m) => m.role === 'undeclared');
  const classes = undeclared.map((m) => classOf(v.ballots![m.code] ?? 'absent'));
  return { id: v.id, rows: c.rows, classes };
}

/** Fit the coefficients on `train`, then the temperature on inner folds of `train` (never on the case to be predicted). */
export function fitCouncilModel(train: readonly FitCase[], settings: Settings, start?: Float64Array): CouncilModel {
  const opts = {
    ridge: settings.ridge,
    nodes: settings.quadratureNodes,
    maxEvaluations: settings.maxEvaluations,
    ...(start ? { start } : {}),
  };
  const params = fitParams(train, opts);
  const withClasses = train.filter((c) => c.classes && c.rows.length);
  const K = Math.min(settings.temperatureFolds, withClasses.length);
  if (K < 2) return { params, temperature: 1 };
  const nodes = gaussHermite(settings.quadratureNodes);
  const loss = new Float64Array(settings.temperatureGrid.length);
  for (let k = 0; k < K; k++) {
    const held = withClasses.filter((_, i) => i % K === k);
    const inner = withClasses.filter((_, i) => i % K !== k);
    const p = fitParams(inner, { ...opts, start: params, maxEvaluations: Math.round(settings.maxEvaluations / 2) });
    settings.temperatureGrid.forEach((T, g) => {
      for (const c of held)
        c.rows.forEach((row, i) => {
          loss[g]! -= Math.log(Math.max(1e-12, marginalProbs({ params: p, temperature: T }, row, nodes)[c.classes![i]!]));
        });
    });
  }
  let best = 0;
  for (let g = 1; g < loss.length; g++) if (loss[g]! < loss[best]!) best = g;
  return { params, temperature: settings.temperatureGrid[best]! };
}

export interface CasePrediction {
  /** Per member in Council order: P(yes), P(abstain), P(no) (declared sides are certain). */
  members: { code: StateCode; role: Role; p: { yes: number; abstain: number; no: number } }[];
  passProbability: number;
  expectedYes: number;
}

/** Member marginals and the pass probability: a mixture over the case swing of exact Poisson-binomials (no veto: procedural). */
export function predictCase(model: CouncilModel, c: PreparedCase, nodesCount: number): CasePrediction {
  const nodes = gaussHermite(nodesCount);
  const sigma = sigmaOf(model.params);
  const rowOf = new Map(c.rows.map((r) => [r.code, r]));
  let pass = 0;
  const tmp = new Float64Array(3);
  for (let k = 0; k < nodes.x.length; k++) {
    const odds: VoteOdds[] = c.members.map((m) => {
      if (m.role === 'requester') return { yes: 1, abstain: 0, no: 0, permanent: m.permanent };
      if (m.role === 'opposer') return { yes: 0, abstain: 0, no: 1, permanent: m.permanent };
      const q = memberProbs(model.params, rowOf.get(m.code)!, sigma * nodes.x[k]!, model.temperature, tmp);
      return { yes: q[0]!, abstain: q[1]!, no: q[2]!, permanent: m.permanent };
    });
    const dist = yesDistribution(odds, false);
    let pk = 0;
    for (let y = c.required; y < dist.length; y++) pk += dist[y]!;
    pass += nodes.w[k]! * pk;
  }
  const members = c.members.map((m) => {
    if (m.role !== 'undeclared')
      return { code: m.code, role: m.role, p: m.role === 'requester' ? { yes: 1, abstain: 0, no: 0 } : { yes: 0, abstain: 0, no: 1 } };
    const q = marginalProbs(model, rowOf.get(m.code)!, nodes);
    return { code: m.code, role: m.role, p: { yes: q[0], abstain: q[1], no: q[2] } };
  });
  return { members, passProbability: Math.min(1, Math.max(0, pass)), expectedYes: members.reduce((s, m) => s + m.p.yes, 0) };
}
