import { memberState, proceduralVotes } from '../../data/index.js';
import type { ProceduralVote } from '../../data/procedural-votes/index.js';
import { err, ok, type Result } from '../../rules/result.js';
import type { IsoDate, StateCode } from '../../rules/types.js';
import { yesDistribution, type VoteOdds } from '../forecast/poisson-binomial.js';
import { councilQuestion } from '../forecast/question.js';
import { dataEnd } from '../ga/data-end.js';
import type { GaView } from '../ga/record.js';
import { SERIES, seriesByKey } from '../ga/series.js';
import { displayName } from '../states.js';
import { caseFeatures } from './features.js';
import { fitCaseOf, fitCouncilModel, prepareCase, roleOf } from './fit.js';
import { gaussHermite, initialParams, marginalProbs, memberProbs, sigmaOf, type CouncilModel } from './model.js';
import { FROZEN_SETTINGS, type Settings } from './settings.js';
import { CouncilVotesView } from './view.js';

export interface CouncilForecastOptions {
  date: IsoDate;
  requestedBy: readonly StateCode[];
  opposedBy?: readonly StateCode[];
  subject?: StateCode;
  /** GA resolution series about the subject; default: the first series whose subject is `subject`. */
  series?: string;
  matter?: 'procedural' | 'non-procedural';
  members?: readonly { code: StateCode; permanent: boolean }[];
}

export interface CouncilMemberForecast {
  code: StateCode;
  name: string;
  permanent: boolean;
  role: 'requester' | 'opposer' | 'undeclared';
  basis: 'declared' | 'model' | 'no-ga-record';
  p: { yes: number; no: number; abstain: number };
  features: { lean: number; subject: number; subjectVoted: boolean } | null;
}

export interface CouncilForecast {
  date: IsoDate;
  matter: 'procedural' | 'non-procedural';
  required: number;
  veto: boolean;
  members: CouncilMemberForecast[];
  passProbability: number;
  expectedYes: number;
  swing: StateCode[];
  swingDetail: { code: StateCode; gain: number; passIfYes: number }[];
  model: {
    kind: 'council-case-effect';
    trainedOn: number;
    temperature: number;
    sigma: number;
    params: number[];
    series: string | null;
    seriesRollCalls: number;
    dataThrough: IsoDate | null;
    staleYears: number | null;
    settingsFrozenOn: string;
    note: string;
  };
}

/** P(pass) as a mixture over the case swing of exact Poisson-binomials; `forceYes` moves one member to a certain yes. */
function passOf(
  model: CouncilModel,
  members: { code: StateCode; permanent: boolean; role: string }[],
  rows: Map<StateCode, ReturnType<typeof caseFeatures>['members'][number]>,
  required: number,
  veto: boolean,
  nodesN: number,
  forceYes?: StateCode,
): number {
  const nodes = gaussHermite(nodesN);
  const sigma = sigmaOf(model.params);
  const tmp = new Float64Array(3);
  let pass = 0;
  for (let k = 0; k < nodes.x.length; k++) {
    const odds: VoteOdds[] = members.map((m) => {
      if (m.code === forceYes || m.role === 'requester') return { yes: 1, abstain: 0, no: 0, permanent: m.permanent };
      if (m.role === 'opposer') return { yes: 0, abstain: 0, no: 1, permanent: m.permanent };
      const q = memberProbs(model.params, rows.get(m.code)!, sigma * nodes.x[k]!, model.temperature, tmp);
      return { yes: q[0]!, abstain: q[1]!, no: q[2]!, permanent: m.permanent };
    });
    const dist = yesDistribution(odds, veto);
    let pk = 0;
    for (let y = required; y < dist.length; y++) pk += dist[y]!;
    pass += nodes.w[k]! * pk;
  }
  return Math.min(1, Math.max(0, pass));
}

/**
 * Forecast a Council vote with the model fitted on the Council's own procedural votes
 * dated before `date` (CouncilVotesView.before: the forecast never sees a vote on or after
 * its date), with GA inputs read from GA roll calls before the date.
 */
export function councilForecast(
  record: GaView,
  opts: CouncilForecastOptions,
  votes: readonly ProceduralVote[] = proceduralVotes,
  settings: Settings = FROZEN_SETTINGS,
): Result<CouncilForecast> {
  const question = councilQuestion(opts);
  if (!question.ok) return question;
  const { requesters, opposers, members, matter, required, veto } = question.value;
  const subject = opts.subject?.toUpperCase();
  if (subject && !memberState(subject)) return err({ code: 'unknown-state', message: `subject: unknown state code "${opts.subject}"` });
  if (opts.series && !seriesByKey(opts.series))
    return err({
      code: 'unknown-series',
      message: `unknown resolution series "${opts.series}"; known: ${SERIES.map((s) => s.key).join(', ')}`,
    });
  const series = opts.series ?? (subject ? SERIES.find((s) => s.subject === subject)?.key : undefined) ?? null;
  const sides = { requestedBy: requesters, opposedBy: opposers };

  // Fit on the Council's votes before the date only.
  const past = CouncilVotesView.of(votes).before(opts.date);
  const train = past.list().map((v) => fitCaseOf(prepareCase(record, v, settings), past));
  const model: CouncilModel = train.some((c) => c.classes) ? fitCouncilModel(train, settings) : { params: initialParams(), temperature: 1 };

  const view = record.before(opts.date);
  const feats = caseFeatures(view, { date: opts.date, ...sides, series, members, subjectYears: settings.subjectYears });
  const withRoles = members.map((m) => ({ ...m, role: roleOf(m.code, sides) }));
  const rows = new Map(feats.members.map((f) => [f.code, f]));
  const nodes = gaussHermite(settings.quadratureNodes);
  const out: CouncilMemberForecast[] = withRoles.map((m) => {
    const f = rows.get(m.code)!;
    const base = { code: m.code, name: displayName(m.code, opts.date), permanent: m.permanent, role: m.role };
    if (m.role !== 'undeclared')
      return {
        ...base,
        basis: 'declared',
        p: m.role === 'requester' ? { yes: 1, no: 0, abstain: 0 } : { yes: 0, no: 1, abstain: 0 },
        features: null,
      };
    const q = marginalProbs(model, f, nodes);
    return {
      ...base,
      basis: f.gaRecord ? 'model' : 'no-ga-record',
      p: { yes: q[0], abstain: q[1], no: q[2] },
      features: { lean: f.lean, subject: f.subject, subjectVoted: f.subjectVoted },
    };
  });
  const pass = passOf(model, withRoles, rows, required, veto, settings.quadratureNodes);
  const swingDetail = withRoles
    .filter((m) => m.role === 'undeclared')
    .map((m) => {
      const passIfYes = passOf(model, withRoles, rows, required, veto, settings.quadratureNodes, m.code);
      return { code: m.code, gain: passIfYes - pass, passIfYes };
    })
    .filter((g) => g.gain > 1e-9)
    .sort((a, b) => b.gain - a.gain || a.code.localeCompare(b.code));
  const through = dataEnd(view);
  const staleDays = through ? Math.floor((Date.parse(opts.date) - Date.parse(through)) / 86_400_000) : null;
  const staleYears = staleDays !== null && staleDays > 365 ? Math.round((staleDays / 365.25) * 10) / 10 : null;
  return ok({
    date: opts.date,
    matter,
    required,
    veto,
    members: out,
    passProbability: pass,
    expectedYes: out.reduce((s, m) => s + m.p.yes, 0),
    swing: swingDetail.map((s) => s.code),
    swingDetail,
    model: {
      kind: 'council-case-effect',
      trainedOn: train.filter((c) => c.classes).length,
      temperature: model.temperature,
      sigma: sigmaOf(model.params),
      params: Array.from(model.params),
      series,
      seriesRollCalls: feats.seriesRollCalls,
      dataThrough: through,
      staleYears,
      settingsFrozenOn: settings.frozenOn,
      note: [
        `Fitted on ${train.filter((c) => c.classes).length} Council procedural votes before ${opts.date} (with their ballots); GA inputs from roll calls before the date.`,
        ...(staleYears !== null
          ? [`The GA data end on ${through} (${staleYears} years before the date): GA alignment is as of then.`]
          : []),
      ].join(' '),
    },
  });
}
