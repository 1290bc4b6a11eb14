import { namesOf, numberWord, shortBy, tallyPhrase } from '../explain.js';
import { err, ok, type Result, type RuleError } from '../result.js';
import type { Ballot, Composition, Decision, DecisionFacts, RuleWarning, ScMatter, StateCode, TraceStep } from '../types.js';
import { validateBallots } from './ballots.js';
import {
  coreOutcome,
  coreVetoMask,
  coreYes,
  decideScCore,
  FLAG_ABSENCE_IS_VETO,
  FLAG_NO_BELOW_THRESHOLD_IS_VETO,
  FLAG_NON_PARTICIPATION_IS_VETO,
  OUTCOME_ADOPTED,
  OUTCOME_VETO,
} from './core.js';
import { checkObligatoryAbstention, type ScChapter } from './obligatory-abstention.js';
import { scOptions, type ScOptions } from './options.js';
import { describeValue } from '../describe-value.js';
import { BALLOT_ERRORS } from './ballots.js';
import { OBLIGATORY_ABSTENTION_ERRORS } from './obligatory-abstention.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const SC_VOTE_ERRORS = ['invalid-matter', 'seat-count-date-mismatch', ...BALLOT_ERRORS, ...OBLIGATORY_ABSTENTION_ERRORS] as const;
export type ScVoteError = RuleError<(typeof SC_VOTE_ERRORS)[number]>;

export interface ScVoteInput {
  composition: Composition;
  matter: ScMatter;
  /** Ballots by state code; seated members not listed are absent (spec R18). */
  ballots: Readonly<Record<StateCode, Ballot>>;
  chapter?: ScChapter;
  /** Given only when the question is a dispute; its parties (spec R23 takes this from the caller). */
  dispute?: { parties: readonly StateCode[] };
}

const MATTERS: readonly ScMatter[] = ['procedural', 'non-procedural', 'icj-election'];

function scOptionFlags(o: ScOptions): number {
  return (
    (o.treatP5AbsenceAsVeto ? FLAG_ABSENCE_IS_VETO : 0) |
    (o.treatP5NonParticipationAsVeto ? FLAG_NON_PARTICIPATION_IS_VETO : 0) |
    (o.classifyP5NoBelowThresholdAsVeto ? FLAG_NO_BELOW_THRESHOLD_IS_VETO : 0)
  );
}

/**
 * Decide a Security Council vote and explain it: Charter Art. 27(2) for procedural matters
 * (spec R20), Art. 27(3) with the veto for the rest (R21, R22, with the R23 proviso), and
 * ICJ Statute Art. 10 for elections of judges (R26: absolute majority, no veto).
 * The outcome comes from the allocation-free core; this function only dresses it.
 */
export function decideScVote(input: ScVoteInput, overrides: Partial<ScOptions> = {}): Result<Decision, ScVoteError> {
  if (!MATTERS.includes(input.matter)) {
    return err({
      code: 'invalid-matter',
      message: `"${describeValue(input.matter)}" is not procedural, non-procedural or icj-election`,
      rule: 'spec R19',
    });
  }
  const o = scOptions(overrides);
  const sheet = validateBallots(input.composition, input.ballots);
  if (!sheet.ok) return sheet;
  const { seats, thresholds, codes, permanentMask, ballots, tally } = sheet.value;
  const seatCodes = seats.map((s) => s.code);
  const obligation = checkObligatoryAbstention(input.matter, input.chapter, input.dispute, seatCodes, ballots, o.obligatoryAbstentionMode);
  if (!obligation.ok) return obligation;
  const { obligatedSeats, obligatedCodes, warnings: obligationWarnings } = obligation.value;

  const icj = input.matter === 'icj-election';
  const procedural = input.matter !== 'non-procedural';
  const required = icj ? thresholds.absoluteMajority : thresholds.affirmative;
  const exemptMask = o.obligatoryAbstentionMode === 'strict' ? obligatedSeats.reduce((m, i) => m | (1 << i), 0) : 0;
  const packed = decideScCore(codes, seats.length, permanentMask, required, procedural, scOptionFlags(o), exemptMask);
  const outcome = coreOutcome(packed);
  const yes = coreYes(packed);
  const vetoMask = coreVetoMask(packed);
  const vetoers = seatCodes.filter((_, i) => ((vetoMask >>> i) & 1) === 1);
  const permanentNoes = seatCodes.filter((_, i) => seats[i]!.permanent && ballots[i] === 'no');
  const permanentNonYes = seatCodes.filter((_, i) => seats[i]!.permanent && ballots[i] !== 'yes' && ballots[i] !== 'no');
  const name = (codes: readonly StateCode[]) => namesOf(codes, o.nameOf);

  const warnings: RuleWarning[] = [...obligationWarnings];
  const year = Number(input.composition.date.slice(0, 4));
  if (Number.isFinite(year) && (thresholds.seats === 15) !== year >= 1966) {
    warnings.push({
      code: 'seat-count-date-mismatch',
      message: `a ${thresholds.seats}-member Council on ${input.composition.date}; thresholds follow the seat count`,
      rule: 'spec R3',
      args: { seats: thresholds.seats, date: input.composition.date },
    });
  }

  const article = icj ? 'ICJ Statute Art. 10' : procedural ? 'Charter Art. 27(2)' : 'Charter Art. 27(3)';
  const trace: TraceStep[] = [
    {
      rule: 'Charter Art. 27(1)',
      spec: 'R18',
      finding: `${seats.length} seats, one vote each: ${tallyPhrase(tally)}.`,
      code: 'sc.ballots',
      args: {
        seats: seats.length,
        yes: tally.yes,
        no: tally.no,
        abstain: tally.abstain,
        nonParticipation: tally.nonParticipation,
        absent: tally.absent,
      },
    },
    {
      rule: thresholds.seats === 11 ? 'Charter Art. 27 (1945 text)' : article,
      spec: 'R3',
      finding: icj
        ? `An absolute majority of a ${thresholds.seats}-member Council is ${required}.`
        : `A ${thresholds.seats}-member Council needs ${required} affirmative votes.`,
      code: icj ? 'sc.absoluteMajority' : 'sc.required',
      args: { seats: thresholds.seats, required },
    },
  ];
  if (obligatedCodes.length > 0) {
    trace.push({
      rule: 'Charter Art. 27(3)',
      spec: 'R23',
      finding: `${name(obligatedCodes)}, party to the dispute, ${obligatedCodes.length === 1 ? 'is' : 'are'} obliged to abstain${o.obligatoryAbstentionMode === 'strict' ? ' and cannot veto' : ' (record-only: ballots counted as cast)'}.`,
      code: 'sc.obliged',
      args: { members: obligatedCodes, mode: o.obligatoryAbstentionMode === 'strict' ? 'strict' : 'record-only' },
    });
  }
  const met = yes >= required;
  trace.push({
    rule: article,
    spec: icj ? 'R26' : procedural ? 'R20' : 'R21',
    finding: `${yes} affirmative ${yes === 1 ? 'vote' : 'votes'} cast, ${required} needed: ${met ? 'met' : `${numberWord(required - yes)} short`}.`,
    code: 'sc.count',
    args: { yes, required, met: met ? 'yes' : 'no' },
  });

  const head = `${outcome === OUTCOME_ADOPTED ? 'Adopted' : 'Not adopted'}: ${tallyPhrase(tally)}.`;
  let body: string;
  let rules: string[];
  let reason: Decision['reason'];
  if (icj) {
    reason = met ? 'threshold-met' : 'insufficient-votes';
    rules = ['ICJ Statute Art. 10', 'spec R26'];
    body = `Election of a member of the International Court of Justice: an absolute majority of ${required} votes is needed (ICJ Statute Art. 10) and no distinction is made between permanent and other members; ${met ? `${yes} votes obtain it` : shortBy(yes, required)}.`;
  } else if (procedural) {
    reason = met ? 'threshold-met' : 'insufficient-votes';
    rules = ['Charter Art. 27(2)', 'spec R20'];
    body = `Procedural matter: ${required} affirmative votes needed (Charter Art. 27(2))`;
    if (!met) body += `; ${shortBy(yes, required)}`;
    if (permanentNoes.length > 0) {
      body += `; the ${permanentNoes.length === 1 ? 'vote' : 'votes'} against by ${name(permanentNoes)} ${permanentNoes.length === 1 ? 'is not a veto' : 'are not vetoes'}`;
    }
    body += '.';
    trace.push({
      rule: 'Charter Art. 27(2)',
      spec: 'R20',
      finding:
        permanentNoes.length > 0
          ? `No veto on a procedural matter: the votes against by ${name(permanentNoes)} count only as votes against.`
          : 'No veto applies to a procedural matter.',
      code: 'sc.procedural.noVeto',
      args: { members: permanentNoes },
    });
  } else {
    rules = ['Charter Art. 27(3)', 'spec R21'];
    if (outcome === OUTCOME_VETO) {
      reason = 'veto';
      const who = vetoers.length === 1 ? `${name(vetoers)}, a permanent member,` : `${name(vetoers)}, permanent members,`;
      const how = vetoers.every((c) => ballots[seatCodes.indexOf(c)] === 'no') ? 'voted against' : 'did not concur';
      body = met
        ? `Non-procedural matter: the ${required} affirmative votes needed were cast (${yes}), but ${who} ${how} (Charter Art. 27(3)): veto.`
        : `Non-procedural matter: ${required} affirmative votes needed and ${shortBy(yes, required)}; ${who} ${how}, which is counted as a veto under the practice option classifyP5NoBelowThresholdAsVeto.`;
      trace.push({
        rule: 'Charter Art. 27(3)',
        spec: 'R21',
        finding: `${name(vetoers)} ${how}: veto.`,
        code: 'sc.veto',
        args: { members: vetoers, how: how === 'voted against' ? 'voted-against' : 'did-not-concur' },
      });
    } else if (!met) {
      reason = 'insufficient-votes';
      body = `Non-procedural matter: ${required} affirmative votes needed (Charter Art. 27(3)); ${shortBy(yes, required)}.`;
      if (permanentNoes.length > 0) {
        body += ` The ${permanentNoes.length === 1 ? 'vote' : 'votes'} against by ${name(permanentNoes)} ${permanentNoes.length === 1 ? 'is' : 'are'} not counted as ${permanentNoes.length === 1 ? 'a veto' : 'vetoes'}: the draft failed for lack of votes first.`;
        trace.push({
          rule: 'Charter Art. 27(3)',
          spec: 'R21',
          finding: 'The veto test is not reached: the draft lacked the affirmative votes (order of tests).',
          code: 'sc.vetoNotReached',
          args: {},
        });
      }
    } else {
      reason = 'threshold-met';
      body = `Non-procedural matter: ${required} affirmative votes needed, with the concurring votes of the permanent members (Charter Art. 27(3)); ${yes} were cast and no permanent member voted against.`;
      const notVetoes = permanentNonYes.filter((c) => !obligatedCodes.includes(c));
      if (notVetoes.length > 0) {
        rules.push('spec R22');
        const kinds: [Ballot, string][] = [
          ['abstain', 'abstention'],
          ['non-participation', 'non-participation'],
          ['absent', 'absence'],
        ];
        const phrases = kinds
          .map(([b, noun]) => [noun, notVetoes.filter((c) => ballots[seatCodes.indexOf(c)] === b)] as const)
          .filter(([, who]) => who.length > 0)
          .map(([noun, who]) => `the ${noun} of ${name(who)}`);
        const what = phrases.join(' and ');
        body += ` ${what[0]!.toUpperCase()}${what.slice(1)} ${notVetoes.length === 1 ? 'is not a veto' : 'are not vetoes'} (Charter Art. 27(3) as applied in practice; Namibia AO para. 22).`;
      }
      trace.push({
        rule: 'Charter Art. 27(3)',
        spec: notVetoes.length > 0 ? 'R22' : 'R21',
        finding:
          notVetoes.length > 0
            ? `No permanent member voted against; ${name(notVetoes)} did not vote yes, which is not a veto.`
            : 'No permanent member voted against.',
        code: 'sc.noPermanentAgainst',
        args: { members: notVetoes },
      });
    }
  }
  if (obligatedCodes.length > 0) rules.push('Charter Art. 27(3) proviso', 'spec R23');
  const vetoed = outcome === OUTCOME_VETO;
  const facts: DecisionFacts = {
    organ: 'security-council',
    matter: input.matter,
    seats: thresholds.seats,
    permanentAgainst: permanentNoes,
    permanentNotConcurring: permanentNonYes
      .filter((c) => !obligatedCodes.includes(c))
      .map((c) => ({ code: c, ballot: ballots[seatCodes.indexOf(c)] as Exclude<Ballot, 'yes' | 'no'> })),
    obligedToAbstain: obligatedCodes,
    ...(vetoed
      ? { vetoHow: vetoers.every((c) => ballots[seatCodes.indexOf(c)] === 'no') ? ('voted-against' as const) : ('did-not-concur' as const) }
      : {}),
  };
  if (thresholds.seats === 11) rules.push('spec R3');

  return ok({
    outcome: outcome === OUTCOME_ADOPTED ? 'adopted' : 'not-adopted',
    reason,
    tally,
    required,
    vetoedBy: vetoed ? vetoers : [],
    rules,
    explanation: `${head} ${body}`,
    warnings,
    trace,
    facts,
  });
}
