import { proceduralVotes as allVotes, type ProceduralVote } from '../../data/procedural-votes/index.js';
import type { StateCode } from '../../rules/types.js';
import { lastGaVote } from '../backtest/backtest.js';
import { subjectRollCalls } from '../forecast/subject.js';
import { passProbability } from '../forecast/poisson-binomial.js';
import type { GaView } from '../ga/record.js';
import { groupOf, namesOf, otherStatesNames } from '../states.js';
import { fitCaseOf, fitCouncilModel, predictCase, prepareCase, type PreparedCase } from './fit.js';
import { initialParams } from './model.js';
import {
  bootstrapInterval,
  reliability,
  scoreMembers,
  scoreOutcomes,
  type Class3,
  type MemberScore,
  type OutcomeScore,
  type P3,
  type ReliabilityBin,
} from './scoring.js';
import { FROZEN_SETTINGS, type Settings } from './settings.js';
import { CouncilVotesView } from './view.js';

export const COUNCIL_METHODS = ['model', 'model-rolling', 'all-yes', 'last-ga-vote', 'last-council-vote'] as const;
export type CouncilMethod = (typeof COUNCIL_METHODS)[number];
export const BASELINES: readonly CouncilMethod[] = ['all-yes', 'last-ga-vote', 'last-council-vote'];

export interface MemberPrediction {
  voteId: string;
  code: StateCode;
  role: 'requester' | 'opposer' | 'undeclared';
  actual: Class3;
  p: Record<CouncilMethod, P3>;
}

export interface CaseResult {
  id: string;
  date: string;
  side: 'western' | 'non-western';
  era: string;
  requestedBy: readonly StateCode[];
  outcome: 'adopted' | 'not-adopted';
  tally: { yes: number; no: number; abstain: number };
  hasBallots: boolean;
  pass: Record<CouncilMethod, number>;
  expectedYes: number;
  dataThrough: string | null;
  temperature: number;
  confidence: string;
}

export interface SplitReport {
  label: string;
  cases: number;
  members: Record<CouncilMethod, MemberScore & { ci: { accuracy: [number, number]; brier: [number, number]; logLoss: [number, number] } }>;
  outcomes: Record<CouncilMethod, OutcomeScore & { ci: { calls: [number, number]; brier: [number, number]; logLoss: [number, number] } }>;
}

export interface CouncilBacktest {
  settings: Settings;
  cases: CaseResult[];
  predictions: MemberPrediction[];
  splits: SplitReport[];
  reliability: { members: ReliabilityBin[]; pass: ReliabilityBin[] };
  counts: { votes: number; withBallots: number; tallyOnly: number };
}

const hard = (c: Class3): P3 => ({ yes: c === 'yes' ? 1 : 0, abstain: c === 'abstain' ? 1 : 0, no: c === 'no' ? 1 : 0 });
const toClass = (b: string): Class3 => (b === 'yes' ? 'yes' : b === 'no' ? 'no' : 'abstain');

export function isWestern(code: StateCode, settings: Settings): boolean {
  return groupOf(code) === 'Western European and Others' || settings.westernExtra.includes(code);
}

/** Who asked: Western when most named requesters are; with none named, the opposite of the objectors' side. */
export function requestingSide(v: ProceduralVote, settings: Settings): 'western' | 'non-western' {
  const list = v.requestedBy.length ? v.requestedBy : v.opposedBy;
  const w = list.filter((c) => isWestern(c, settings)).length;
  const western = w * 2 > list.length;
  return v.requestedBy.length ? (western ? 'western' : 'non-western') : western ? 'non-western' : 'western';
}

export function eraOf(date: string, settings: Settings): string {
  return settings.eras.find((e) => date >= e.from && date <= e.to)?.label ?? 'other';
}

/** Baseline: each member repeats its latest ballot on the same subject in earlier Council votes; none → yes. */
function lastCouncilVote(view: CouncilVotesView, subject: string | null, code: StateCode): Class3 {
  if (!subject) return 'yes';
  const earlier = view.list().filter((v) => v.subject === subject && v.ballots && v.ballots[code]);
  const last = earlier[earlier.length - 1];
  return last ? toClass(last.ballots![code]!) : 'yes';
}

/**
 * The honest backtest. Each vote's GA inputs are read from GA data strictly before its
 * date; everything fitted on Council votes is fitted without the vote being scored
 * (leave-one-case-out, through CouncilVotesView.without), and again on earlier votes
 * only (model-rolling, through CouncilVotesView.before). Baselines: every undeclared
 * member with the requesters (all-yes); its latest GA vote on the subject country found
 * by name (last-ga-vote, the earlier baseline); its latest Council ballot on the subject
 * (last-council-vote).
 */
export function councilBacktest(
  record: GaView,
  votes: readonly ProceduralVote[] = allVotes,
  settings: Settings = FROZEN_SETTINGS,
): CouncilBacktest {
  const data = CouncilVotesView.of(votes);
  const prepared: PreparedCase[] = votes.map((v) => prepareCase(record, v, settings));
  const cases: CaseResult[] = [];
  const predictions: MemberPrediction[] = [];
  for (const c of prepared) {
    const v = c.vote;
    const loco = data.without(v.id);
    const train = prepared.filter((x) => x.vote.id !== v.id).map((x) => fitCaseOf(x, loco));
    // Started from the fixed initial point: a warm start fitted on every case would carry the held-out ballots in.
    const model = fitCouncilModel(train, settings);
    const pred = predictCase(model, c, settings.quadratureNodes);
    const past = data.before(v.date);
    const rollingTrain = prepared.filter((x) => x.vote.date < v.date).map((x) => fitCaseOf(x, past));
    const rolling = rollingTrain.some((x) => x.classes)
      ? fitCouncilModel(rollingTrain, settings)
      : { params: initialParams(), temperature: 1 };
    const predRolling = predictCase(rolling, c, settings.quadratureNodes);
    const gaView = record.before(v.date);
    const subjectRcs = v.subject ? subjectRollCalls(gaView, namesOf(v.subject), otherStatesNames(v.subject)) : [];
    const per: Record<CouncilMethod, P3>[] = c.members.map((m, i) => {
      const declared = m.role === 'undeclared' ? null : pred.members[i]!.p;
      return {
        model: pred.members[i]!.p,
        'model-rolling': predRolling.members[i]!.p,
        'all-yes': declared ?? hard('yes'),
        'last-ga-vote': declared ?? hard(subjectRcs.length ? lastGaVote(gaView, subjectRcs, m.code) : 'yes'),
        'last-council-vote': declared ?? hard(lastCouncilVote(past, v.subject, m.code)),
      };
    });
    const pass = {} as Record<CouncilMethod, number>;
    pass.model = pred.passProbability;
    pass['model-rolling'] = predRolling.passProbability;
    for (const m of BASELINES)
      pass[m] = passProbability(
        c.members.map((x, i) => ({ ...per[i]![m], permanent: x.permanent })),
        c.required,
        false,
      );
    cases.push({
      id: v.id,
      date: v.date,
      side: requestingSide(v, settings),
      era: eraOf(v.date, settings),
      requestedBy: v.requestedBy,
      outcome: v.outcome,
      tally: v.tally,
      hasBallots: v.ballots !== null,
      pass,
      expectedYes: pred.expectedYes,
      dataThrough: c.features.dataThrough,
      temperature: model.temperature,
      confidence: v.confidence,
    });
    if (v.ballots)
      c.members.forEach((m, i) => {
        const b = v.ballots![m.code];
        if (b) predictions.push({ voteId: v.id, code: m.code, role: m.role, actual: toClass(b), p: per[i]! });
      });
  }
  const subsets: { label: string; keep: (c: CaseResult) => boolean }[] = [
    { label: 'all votes', keep: () => true },
    { label: 'requested by Western members', keep: (c) => c.side === 'western' },
    { label: 'not requested by Western members', keep: (c) => c.side === 'non-western' },
    ...settings.eras.map((e) => ({ label: `era ${e.label}`, keep: (c: CaseResult) => c.era === e.label })),
  ];
  const splits = subsets.map((s) => split(s.label, cases.filter(s.keep), predictions, settings));
  const memberPairs = predictions
    .filter((p) => p.role === 'undeclared')
    .flatMap((p) => (['yes', 'abstain', 'no'] as const).map((k) => ({ p: p.p.model[k], hit: p.actual === k })));
  const passPairs = cases.map((c) => ({ p: c.pass.model, hit: c.outcome === 'adopted' }));
  return {
    settings,
    cases,
    predictions,
    splits,
    reliability: { members: reliability(memberPairs, 10), pass: reliability(passPairs, 5) },
    counts: { votes: votes.length, withBallots: votes.filter((v) => v.ballots).length, tallyOnly: votes.filter((v) => !v.ballots).length },
  };
}

function split(label: string, cases: readonly CaseResult[], all: readonly MemberPrediction[], settings: Settings): SplitReport {
  const eps = settings.epsilon;
  const { samples, seed, level } = settings.bootstrap;
  const preds = new Map<string, MemberPrediction[]>();
  for (const p of all) if (p.role === 'undeclared') (preds.get(p.voteId) ?? preds.set(p.voteId, []).get(p.voteId)!).push(p);
  const members = {} as SplitReport['members'];
  const outcomes = {} as SplitReport['outcomes'];
  for (const m of COUNCIL_METHODS) {
    const mem = (cs: readonly CaseResult[]) =>
      scoreMembers(
        cs.flatMap((c) => preds.get(c.id) ?? []).map((p) => ({ p: p.p[m], actual: p.actual })),
        eps,
      );
    const out = (cs: readonly CaseResult[]) =>
      scoreOutcomes(
        cs.map((c) => ({ pass: c.pass[m], adopted: c.outcome === 'adopted' })),
        eps,
      );
    const ballotCases = cases.filter((c) => c.hasBallots);
    const ci = (xs: readonly CaseResult[], f: (s: readonly CaseResult[]) => number) => bootstrapInterval(xs, f, samples, seed, level);
    members[m] = {
      ...mem(cases),
      ci: {
        accuracy: ci(ballotCases, (s) => mem(s).accuracy),
        brier: ci(ballotCases, (s) => mem(s).brier),
        logLoss: ci(ballotCases, (s) => mem(s).logLoss),
      },
    };
    outcomes[m] = {
      ...out(cases),
      ci: { calls: ci(cases, (s) => out(s).calls), brier: ci(cases, (s) => out(s).brier), logLoss: ci(cases, (s) => out(s).logLoss) },
    };
  }
  return { label, cases: cases.length, members, outcomes };
}
