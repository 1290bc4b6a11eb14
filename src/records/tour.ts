/**
 * The newcomer's tour (`council tour` prints it). The DPRK human-rights item, 2014-2024, told as a
 * timeline from the history data, every vote decided and explained by the rules engine,
 * with the counterfactual that shows why the matter's class matters: had the agenda been
 * a non-procedural question, a permanent member's "no" would have been a veto.
 */
import { compositionOn, councilVotes, presidentOf, stateName } from '../data/index.js';
import type { CouncilVoteRecord } from '../data/types.js';
import { decideSecurityCouncil } from '../rules/decide.js';
import { decideArriaWebcast, type WebcastStance } from '../rules/security-council/arria.js';
import { scThresholds } from '../rules/security-council/thresholds.js';
import type { Decision } from '../rules/types.js';
import { namesOf } from '../rules/explain.js';
import { citations, explain, explainTrace, traceLine } from './explain/index.js';
import { publicSource } from './public-source.js';

export interface TourStep {
  id: string;
  date: string;
  president: string;
  title: string;
  story: string;
  /** `explanation`: the sentence rendered from the decision's structure (English catalogue), without spec identifiers. */
  decision?: Pick<Decision, 'outcome' | 'reason' | 'tally' | 'required' | 'vetoedBy' | 'rules' | 'explanation' | 'trace'>;
  /** What the same ballots would have done on a non-procedural question. */
  ifNonProcedural?: string;
  source: string;
}

const nameOf = (code: string) => stateName(code) ?? code;

function presidentName(date: string): string {
  const p = presidentOf(date.slice(0, 7));
  return p.ok ? p.value.name : 'unknown';
}

function votedStep(v: CouncilVoteRecord): TourStep {
  const composition = compositionOn(v.date);
  if (!composition.ok) throw new Error(composition.error.message);
  const decide = (matter: 'procedural' | 'non-procedural') =>
    decideSecurityCouncil({ composition: composition.value, matter, ballots: v.ballots }, { nameOf });
  const real = decide('procedural');
  const counterfactual = decide('non-procedural');
  if (!real.ok) throw new Error(real.error.message);
  if (!counterfactual.ok) throw new Error(counterfactual.error.message);
  const d = real.value;
  const cf = counterfactual.value;
  return {
    id: v.id,
    date: v.date,
    president: presidentName(v.date),
    title: `${v.meeting ?? 'Meeting (record symbol not confirmed)'}: procedural vote on the agenda`,
    story: v.description,
    decision: {
      outcome: d.outcome,
      reason: d.reason,
      tally: d.tally,
      required: d.required,
      vetoedBy: d.vetoedBy,
      rules: d.rules,
      explanation: explain({ decision: d }, 'en').sentence,
      trace: d.trace,
    },
    ifNonProcedural:
      cf.reason === 'veto'
        ? `Had this been a non-procedural question, the same ballots would have failed: vetoed by ${namesOf(cf.vetoedBy, nameOf)} (Charter Art. 27(3)).`
        : `Had this been a non-procedural question, the outcome would be the same: ${cf.outcome}.`,
    source: v.source,
  };
}

function withdrawnStep(v: CouncilVoteRecord): TourStep {
  const composition = compositionOn(v.date);
  if (!composition.ok) throw new Error(composition.error.message);
  const thresholds = scThresholds(composition.value.seats.length);
  if (!thresholds.ok) throw new Error(thresholds.error.message);
  const required = thresholds.value.affirmative;
  const supporters = v.supporters?.length ?? 0;
  return {
    id: v.id,
    date: v.date,
    president: presidentName(v.date),
    title: 'Request withdrawn: the whip count came up short',
    story:
      `${v.description} Whip count: ${supporters} supporters against the ${required} affirmative votes a procedural vote needs ` +
      `(Charter Art. 27(2)). Any single member could still force the meeting (Rule 2), but the agenda would have fallen at the vote (Rule 9).`,
    source: v.source,
  };
}

function arriaStep(v: CouncilVoteRecord): TourStep {
  const composition = compositionOn(v.date);
  if (!composition.ok) throw new Error(composition.error.message);
  const stances: Record<string, WebcastStance> = {};
  for (const seat of composition.value.seats) stances[seat.code] = v.opponents?.includes(seat.code) ? 'object' : 'consent';
  const webcast = decideArriaWebcast(composition.value, stances);
  if (!webcast.ok) throw new Error(webcast.error.message);
  const objectors = namesOf(webcast.value.objectors, nameOf);
  return {
    id: v.id,
    date: v.date,
    president: presidentName(v.date),
    title: 'Arria-formula meeting: no webcast',
    story: `${v.description} ${webcast.value.webcast ? 'Webcast.' : `Not webcast: ${objectors} objected, and a UN webcast needs all ${composition.value.seats.length} members' consent. The meeting was still held in person.`}`,
    source: v.source,
  };
}

function withoutVoteStep(v: CouncilVoteRecord): TourStep {
  return {
    id: v.id,
    date: v.date,
    president: presidentName(v.date),
    title: 'Agenda adopted without a vote',
    story: `${v.description} Nobody objected, so the President declared the agenda adopted (Rule 9).`,
    source: v.source,
  };
}

/** The tour, built from the history data and decided by the engine: nothing here is hard-coded. */
export function buildTour(): TourStep[] {
  return councilVotes
    .filter((v) => v.id.startsWith('dprk-'))
    .map((v) => {
      switch (v.outcome) {
        case 'withdrawn':
          return withdrawnStep(v);
        case 'adopted-without-vote':
          return withoutVoteStep(v);
        case 'no-vote':
          return arriaStep(v);
        default:
          return votedStep(v);
      }
    });
}

/** The tour as text, one block per step; `details` adds the rules, the engine's steps and the sources' spec identifiers. */
export function renderTour(steps: TourStep[], details = false): string {
  const lines = [
    'The DPRK human-rights item in the Security Council, 2014-2024',
    '=============================================================',
    '',
    'Each year members asked for a meeting on the human rights situation in the Democratic',
    "People's Republic of Korea (Rule 2). China and Russia objected to the agenda, so it went to a",
    'procedural vote: nine votes adopt it, and a permanent member\'s "no" is not a veto.',
    '',
  ];
  for (const s of steps) {
    lines.push(`${s.date}  ${s.title}`, `  President of the month: ${s.president}`, `  ${s.story}`);
    if (s.decision) lines.push(`  Engine: ${s.decision.explanation}`);
    if (s.decision && details) {
      lines.push(`  Rules: ${citations(s.decision.rules, 'en').join('; ')}`);
      for (const step of explainTrace(s.decision.trace, 'en')) lines.push(`    ${traceLine('en', step)}`);
    }
    if (s.ifNonProcedural) lines.push(`  ${s.ifNonProcedural}`);
    lines.push(`  Source: ${details ? s.source : publicSource(s.source)}`, '');
  }
  lines.push(
    'Next: `council decide` to decide a vote of your own, `council members --date 2017-12-11`,',
    '`council president --month 2018-12`, `council forecast`, and `npm start` for a live session.',
    '',
  );
  return lines.join('\n');
}
