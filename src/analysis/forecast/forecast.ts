import { memberState } from '../../data/index.js';
import { err, ok, type Result } from '../../rules/result.js';
import type { IsoDate, StateCode } from '../../rules/types.js';
import { ISSUES, ISSUE_KEYS, type IssueKey } from '../ga/issues.js';
import { VOTE, type GaView, type GaVote } from '../ga/record.js';
import { displayName, groupOf, namesOf, otherStatesNames } from '../states.js';
import { FEATURE_COUNT, FEATURE_NAMES, RollingFeatures, WINDOW_DAYS, neutralFeatures, relative } from './features.js';
import { fitSoftmax, predict, type SoftmaxModel } from './logistic.js';
import { expectedYes, passProbability, swingGains, type VoteOdds } from './poisson-binomial.js';
import { councilQuestion } from './question.js';
import { subjectRollCalls } from './subject.js';

/**
 * The vote forecast.
 *
 * Question: a group of members (the requesters) wants a Council decision, another group
 * (the opposers) is against it. How will each member vote, and will it pass?
 *
 * Model: a three-class multinomial logistic regression (with / abstain / against the
 * requesters) learned from the GA. Training examples are the contested GA roll calls of
 * the five years before the last available roll call on which the requesters' plurality
 * voted yes and the opposers' no (texts the requesters back and the opposers fight, as in
 * the Council question), restricted to the question's issue when there are at
 * least 30 such roll calls. Each example is one state's vote on one roll call; its
 * features (features.ts) use only roll calls dated before that roll call. The fitted
 * model is applied to each Council member with features as of the forecast date.
 * Requesters vote yes and opposers no with certainty: they have said so. Requesters and
 * opposers need not sit on the Council: they still define the two sides in the GA.
 *
 * Outcome: members are taken as independent, and the exact pass probability is a
 * Poisson-binomial over the yes votes (poisson-binomial.ts): 9 of 15, 7 of 11 before 1966
 * (Charter Art. 27(2)–(3); spec R3, R20), with no permanent member voting no when the
 * matter is non-procedural (spec R21; abstention is not a veto, R22).
 *
 * No leakage: forecast() narrows the record to `record.before(date)` first and every
 * later step receives only that view, which throws if asked for a later roll call.
 */
export interface ForecastOptions {
  date: IsoDate;
  requestedBy: readonly StateCode[];
  opposedBy?: readonly StateCode[];
  /** Country the question is about (e.g. PRK): its GA resolutions inform the forecast. */
  subject?: StateCode;
  /** Default procedural: nine votes, no veto (Charter Art. 27(2)). */
  matter?: 'procedural' | 'non-procedural';
  /** Issue for the issue-specific features; default: the issue most of the subject's resolutions carry. */
  issue?: IssueKey;
  /** Council members voting; default: councilOn(date) from the data layer. */
  members?: readonly { code: StateCode; permanent: boolean }[];
}

export interface MemberForecast {
  code: StateCode;
  name: string;
  permanent: boolean;
  role: 'requester' | 'opposer' | 'undeclared';
  /**
   * How p was obtained: a declared position; the model; the model with neutral features
   * (the state has no GA votes before the date); or the class frequencies (no model could
   * be trained: no GA roll calls before the date).
   */
  basis: 'declared' | 'model' | 'no-ga-record' | 'prior';
  p: { yes: number; no: number; abstain: number };
  features: Record<string, number> | null;
}

export interface ForecastResult {
  date: IsoDate;
  matter: 'procedural' | 'non-procedural';
  required: number;
  veto: boolean;
  members: MemberForecast[];
  passProbability: number;
  expectedYes: number;
  /** Undeclared members whose switch to yes raises the pass probability, most first. */
  swing: StateCode[];
  swingDetail: { code: StateCode; gain: number; passIfYes: number }[];
  model: {
    kind: 'multinomial-logistic';
    classes: ['yes', 'abstain', 'no'];
    features: string[];
    weights: number[][];
    issue: IssueKey | null;
    subjectRollCalls: number;
    training: { from: IsoDate; to: IsoDate; rollCalls: number; examples: number; issueOnly: boolean };
    /** Last GA roll call the forecast could see. */
    dataThrough: IsoDate | null;
    /** Years between dataThrough and the forecast date, when over one: the data are stale. */
    staleYears: number | null;
    note: string;
  };
}

const TRAIN_DAYS = 5 * 365;
const MIN_ISSUE_ROLL_CALLS = 30;
/** Below this many training votes the forecast says it is rough. */
const THIN_DATA = 1000;

const isoOfDay = (day: number): IsoDate => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The pure forecast: `record` may be the whole GA record; only its part before `date` is read. */
export function forecast(record: GaView, opts: ForecastOptions): Result<ForecastResult> {
  const question = councilQuestion(opts);
  if (!question.ok) return question;
  if (opts.subject && !memberState(opts.subject))
    return err({ code: 'unknown-state', message: `subject: unknown state code "${opts.subject}"` });
  const { date, requesters, opposers, members, matter, required, veto } = question.value;
  const view = record.before(date);

  const reqCols = requesters.map((c) => view.countryIndex(c)).filter((c) => c >= 0);
  const oppCols = opposers.map((c) => view.countryIndex(c)).filter((c) => c >= 0);
  const subject = opts.subject ? subjectRollCalls(view, namesOf(opts.subject.toUpperCase()), otherStatesNames(opts.subject)) : [];
  const issue = opts.issue ?? dominantIssue(view, subject);
  const issueBit = issue ? ISSUES[issue].bit : 0;

  // Time frame: anchored on the last roll call visible (the GA data may end years earlier).
  const last = view.rollCallCount - 1;
  const dataThrough = last >= 0 ? view.date(last) : null;
  const anchorDay = last >= 0 ? view.day(last) + 1 : 0;
  const trainFrom = anchorDay - TRAIN_DAYS;
  const start = view.firstOnOrAfter(isoOfDay(trainFrom - WINDOW_DAYS));
  const rolling = new RollingFeatures(view, reqCols, oppCols, issueBit, new Set(subject), start);

  // Which roll calls teach the model.
  const firstTrain = view.firstOnOrAfter(isoOfDay(trainFrom));
  const contested: number[] = [];
  for (let r = firstTrain; r <= last; r++) {
    // Like the Council question: the requesters back a text (yes), the opposers fight it (no).
    if (rolling.reqPos[r] !== VOTE.YES) continue;
    if (oppCols.length && rolling.oppPos[r] !== VOTE.NO) continue;
    contested.push(r);
  }
  const onIssue = issueBit ? contested.filter((r) => (view.issueMask(r) & issueBit) !== 0) : [];
  const issueOnly = onIssue.length >= MIN_ISSUE_ROLL_CALLS;
  const trainRcs = new Set(issueOnly ? onIssue : contested);

  const exclude = new Set([...reqCols, ...oppCols]);
  const groups = Array.from({ length: view.countryCount }, (_, c) => groupOf(view.countryCode(c)));
  const xs: number[] = [];
  const ys: number[] = [];
  const row = new Float64Array(FEATURE_COUNT);
  for (let r = start; r <= last; r++) {
    if (!trainRcs.has(r)) continue;
    rolling.advanceTo(view.day(r));
    const rp = rolling.reqPos[r] as GaVote;
    for (let c = 0; c < view.countryCount; c++) {
      if (exclude.has(c)) continue;
      const rel = relative(view.vote(r, c), rp);
      if (rel === 0) continue;
      rolling.features(c, groups[c]!, row);
      for (const v of row) xs.push(v);
      ys.push(rel === 1 ? 0 : rel === 2 ? 1 : 2);
    }
  }
  rolling.advanceTo(anchorDay);

  const classCounts = [0, 0, 0];
  for (const y of ys) classCounts[y]!++;
  const prior = classCounts.map((n) => (n + 1) / (ys.length + 3));
  const model: SoftmaxModel | null = ys.length
    ? fitSoftmax({ x: Float64Array.from(xs), y: Uint8Array.from(ys), rows: ys.length, features: FEATURE_COUNT }, 3)
    : null;

  const result: MemberForecast[] = members.map((m) => {
    const code = m.code;
    const name = displayName(code, opts.date);
    const role = requesters.includes(code) ? 'requester' : opposers.includes(code) ? 'opposer' : 'undeclared';
    if (role !== 'undeclared') {
      return {
        code,
        name,
        permanent: m.permanent,
        role,
        basis: 'declared',
        p: role === 'requester' ? { yes: 1, no: 0, abstain: 0 } : { yes: 0, no: 1, abstain: 0 },
        features: null,
      };
    }
    const col = view.countryIndex(code);
    const x = col >= 0 ? rolling.features(col, groupOf(code)) : neutralFeatures(groupOf(code));
    const features = Object.fromEntries(FEATURE_NAMES.slice(1).map((f, i) => [f, x[i + 1]!]));
    if (!model) {
      return {
        code,
        name,
        permanent: m.permanent,
        role,
        basis: 'prior',
        p: { yes: prior[0]!, abstain: prior[1]!, no: prior[2]! },
        features,
      };
    }
    const p = predict(model, x);
    return {
      code,
      name,
      permanent: m.permanent,
      role,
      basis: col >= 0 ? 'model' : 'no-ga-record',
      p: { yes: p[0]!, abstain: p[1]!, no: p[2]! },
      features,
    };
  });

  const odds: VoteOdds[] = result.map((m) => ({ ...m.p, permanent: m.permanent }));
  const gains = swingGains(odds, required, veto)
    // Whom to persuade: members that have not declared a side.
    .filter((g) => g.gain > 1e-12 && result[g.index]!.role === 'undeclared')
    .sort((a, b) => b.gain - a.gain || result[a.index]!.code.localeCompare(result[b.index]!.code));
  const staleDays = last >= 0 ? Math.floor((Date.parse(opts.date) - Date.parse(dataThrough!)) / 86_400_000) : null;
  const staleYears = staleDays !== null && staleDays > 365 ? Math.round((staleDays / 365.25) * 10) / 10 : null;

  return ok({
    date: opts.date,
    matter,
    required,
    veto,
    members: result,
    passProbability: passProbability(odds, required, veto),
    expectedYes: expectedYes(odds),
    swing: gains.map((g) => result[g.index]!.code),
    swingDetail: gains.map((g) => ({ code: result[g.index]!.code, gain: g.gain, passIfYes: g.passIfYes })),
    model: {
      kind: 'multinomial-logistic',
      classes: ['yes', 'abstain', 'no'],
      features: [...FEATURE_NAMES],
      weights: model ? [0, 1, 2].map((k) => Array.from(model.weights.slice(k * FEATURE_COUNT, (k + 1) * FEATURE_COUNT))) : [],
      issue,
      subjectRollCalls: subject.length,
      training: {
        from: firstTrain <= last ? view.date(firstTrain) : isoOfDay(trainFrom),
        to: dataThrough ?? opts.date,
        rollCalls: trainRcs.size,
        examples: ys.length,
        issueOnly,
      },
      dataThrough,
      staleYears,
      note: [
        staleYears !== null
          ? `The GA record ends ${dataThrough}; this forecast uses GA votes up to then (${staleYears} years before the date) and the Council of ${opts.date}.`
          : 'Trained on GA roll calls dated before the forecast date only.',
        ...(ys.length < THIN_DATA ? [`Only ${ys.length} GA votes to learn from: treat these odds as rough.`] : []),
      ].join(' '),
    },
  });
}

/** The issue most of the subject's resolutions carry, if any. */
function dominantIssue(view: GaView, subject: readonly number[]): IssueKey | null {
  let best: IssueKey | null = null;
  let bestCount = 0;
  for (const key of ISSUE_KEYS) {
    const n = subject.filter((r) => (view.issueMask(r) & ISSUES[key].bit) !== 0).length;
    if (n > bestCount) {
      best = key;
      bestCount = n;
    }
  }
  return best;
}
