import { councilVotes as dataCouncilVotes, type CouncilVoteRecord } from '../../data/index.js';
import { ok, type Result } from '../../rules/result.js';
import type { Ballot, IsoDate, StateCode } from '../../rules/types.js';
import { forecast, type MemberForecast } from '../forecast/forecast.js';
import { passProbability } from '../forecast/poisson-binomial.js';
import { subjectRollCalls } from '../forecast/subject.js';
import { VOTE, type GaView } from '../ga/record.js';
import { groupOf, namesOf, otherStatesNames } from '../states.js';
import { BACKTEST_CASES, type BacktestCase } from './cases.js';

export type Outcome3 = 'yes' | 'abstain' | 'no';
type P3 = { yes: number; abstain: number; no: number };
export const METHODS = ['model', 'all-yes', 'last-ga-vote'] as const;
export type Method = (typeof METHODS)[number];

/** Log loss needs probabilities above zero: every method's p is mixed with uniform by ε. */
export const EPSILON = 0.01;

export interface BacktestPrediction {
  voteId: string;
  date: IsoDate;
  code: StateCode;
  role: MemberForecast['role'];
  actual: Outcome3;
  p: Record<Method, P3>;
}

export interface Score {
  method: Method;
  predictions: number;
  accuracy: number;
  brier: number;
  logLoss: number;
}

export interface BacktestVote {
  id: string;
  date: IsoDate;
  outcome: 'adopted' | 'not-adopted';
  actualYes: number;
  passProbability: Record<Method, number>;
  expectedYes: number;
  dataThrough: IsoDate | null;
  source: string;
}

export interface BacktestResult {
  votes: BacktestVote[];
  /** Over every member of every vote (declared sides included). */
  all: Score[];
  /** Over members that had not declared a side: where the methods really differ. */
  undeclared: Score[];
  /** Brier score of the pass probability against the outcome, per method, over the votes. */
  passBrier: Record<Method, number>;
  predictions: BacktestPrediction[];
  skipped: { id: string; reason: string }[];
  epsilon: number;
}

/** yes stays yes, no stays no; abstention, non-participation and absence are all "not yes, not no" (spec R22). */
function actualOf(b: Ballot): Outcome3 {
  return b === 'yes' ? 'yes' : b === 'no' ? 'no' : 'abstain';
}

const hard = (o: Outcome3): P3 => ({ yes: o === 'yes' ? 1 : 0, abstain: o === 'abstain' ? 1 : 0, no: o === 'no' ? 1 : 0 });
const VOTE_OUTCOME: Record<number, Outcome3 | undefined> = { [VOTE.YES]: 'yes', [VOTE.ABSTAIN]: 'abstain', [VOTE.NO]: 'no' };

/**
 * Baseline (b): the member votes as it did on its latest GA vote on the subject country
 * before the date; failing that, as its regional group's majority on that roll call;
 * failing that, yes. Reads only `view` (already cut at the date).
 */
export function lastGaVote(view: GaView, subjectRcs: readonly number[], code: StateCode): Outcome3 {
  const r = subjectRcs[subjectRcs.length - 1];
  if (r === undefined) return 'yes';
  const col = view.countryIndex(code);
  const own = col >= 0 ? VOTE_OUTCOME[view.vote(r, col)] : undefined;
  if (own) return own;
  const group = groupOf(code);
  const tally = { yes: 0, abstain: 0, no: 0 };
  for (let c = 0; c < view.countryCount; c++) {
    const v = VOTE_OUTCOME[view.vote(r, c)];
    if (v && group && groupOf(view.countryCode(c)) === group) tally[v]++;
  }
  const best = (['yes', 'abstain', 'no'] as const).reduce((a, b) => (tally[b] > tally[a] ? b : a));
  return tally[best] > 0 ? best : 'yes';
}

function score(method: Method, preds: readonly BacktestPrediction[]): Score {
  let correct = 0;
  let brier = 0;
  let logLoss = 0;
  for (const pr of preds) {
    const p = pr.p[method];
    const argmax = (['yes', 'abstain', 'no'] as const).reduce((a, b) => (p[b] > p[a] ? b : a));
    if (argmax === pr.actual) correct++;
    for (const o of ['yes', 'abstain', 'no'] as const) brier += (p[o] - (pr.actual === o ? 1 : 0)) ** 2;
    logLoss -= Math.log((1 - EPSILON) * p[pr.actual] + EPSILON / 3);
  }
  const n = preds.length || 1;
  return { method, predictions: preds.length, accuracy: correct / n, brier: brier / n, logLoss: logLoss / n };
}

/**
 * Forecast every Council procedural vote with ballots and a known request, from GA data
 * before its date only, and score the model against (a) "everyone votes yes" and (b)
 * "as on its latest GA vote on the subject". All three methods are told the declared
 * sides (requesters yes, opposers no); the `undeclared` scores leave those members out.
 */
export function backtest(
  record: GaView,
  votes: readonly CouncilVoteRecord[] = dataCouncilVotes,
  cases: readonly BacktestCase[] = BACKTEST_CASES,
): Result<BacktestResult> {
  const predictions: BacktestPrediction[] = [];
  const out: BacktestVote[] = [];
  const skipped: { id: string; reason: string }[] = [];
  for (const vote of votes) {
    if (Object.keys(vote.ballots).length === 0) continue;
    const c = cases.find((x) => x.voteId === vote.id);
    if (!c) {
      skipped.push({ id: vote.id, reason: 'no record of who requested and who objected' });
      continue;
    }
    const f = forecast(record, {
      date: vote.date,
      requestedBy: c.requestedBy,
      opposedBy: c.opposedBy,
      subject: c.subject,
      matter: 'procedural',
    });
    if (!f.ok) {
      skipped.push({ id: vote.id, reason: f.error.message });
      continue;
    }
    const view = record.before(vote.date);
    const subjectRcs = subjectRollCalls(view, namesOf(c.subject), otherStatesNames(c.subject));
    const mine: BacktestPrediction[] = [];
    for (const m of f.value.members) {
      const ballot = vote.ballots[m.code];
      if (!ballot) continue;
      const declared = m.role === 'undeclared' ? null : m.p;
      mine.push({
        voteId: vote.id,
        date: vote.date,
        code: m.code,
        role: m.role,
        actual: actualOf(ballot),
        p: {
          model: m.p,
          'all-yes': declared ?? hard('yes'),
          'last-ga-vote': declared ?? hard(lastGaVote(view, subjectRcs, m.code)),
        },
      });
    }
    predictions.push(...mine);
    const permanentOf = new Map(f.value.members.map((m) => [m.code, m.permanent]));
    const pass = (method: Method) =>
      passProbability(
        mine.map((pr) => ({ ...pr.p[method], permanent: permanentOf.get(pr.code) ?? false })),
        f.value.required,
        false,
      );
    out.push({
      id: vote.id,
      date: vote.date,
      outcome: vote.outcome === 'adopted' ? 'adopted' : 'not-adopted',
      actualYes: mine.filter((p) => p.actual === 'yes').length,
      passProbability: { model: f.value.passProbability, 'all-yes': pass('all-yes'), 'last-ga-vote': pass('last-ga-vote') },
      expectedYes: f.value.expectedYes,
      dataThrough: f.value.model.dataThrough,
      source: c.source,
    });
  }
  const undeclared = predictions.filter((p) => p.role === 'undeclared');
  const passBrier = Object.fromEntries(
    METHODS.map((m) => [
      m,
      out.reduce((s, v) => s + (v.passProbability[m] - (v.outcome === 'adopted' ? 1 : 0)) ** 2, 0) / (out.length || 1),
    ]),
  ) as Record<Method, number>;
  return ok({
    passBrier,
    votes: out,
    all: METHODS.map((m) => score(m, predictions)),
    undeclared: METHODS.map((m) => score(m, undeclared)),
    predictions,
    skipped,
    epsilon: EPSILON,
  });
}
