import { err, ok, type Result, type RuleError } from '../result.js';
import type { RuleWarning } from '../types.js';
import { scThresholds } from './thresholds.js';

export interface IcjBallotInput {
  /** Council seats (11 or 15). */
  seatCount: number;
  /** Votes per candidate in this ballot (each member may vote for up to `vacancies` candidates). */
  votes: Readonly<Record<string, number>>;
  vacancies: number;
}

export interface IcjBallotResult {
  required: number;
  /** Candidates with the absolute majority, most votes first. */
  withMajority: string[];
  /** Elected by the Council in this ballot: empty when more reached the majority than there are seats. */
  elected: string[];
  warnings: RuleWarning[];
}

/**
 * One Council ballot in an election of ICJ judges (ICJ Statute Art. 10; Rule 61; spec R26):
 * an absolute majority of the Council's members (8 of 15, 6 of 11), and no distinction between
 * permanent and elected members, so no veto. If more candidates than vacancies reach it, the
 * Statute requires further balloting: flagged `excess-majorities`, nobody declared elected.
 */
export function icjElectionBallot(input: IcjBallotInput): Result<IcjBallotResult, RuleError> {
  const t = scThresholds(input.seatCount);
  if (!t.ok) return t;
  if (!Number.isInteger(input.vacancies) || input.vacancies < 1) {
    return err({ code: 'invalid-input', message: 'an ICJ election fills at least one vacancy', rule: 'ICJ Statute Art. 10' });
  }
  for (const [candidate, n] of Object.entries(input.votes)) {
    if (!Number.isInteger(n) || n < 0 || n > input.seatCount) {
      return err({ code: 'invalid-tally', message: `${candidate}: ${n} votes is impossible in a ${input.seatCount}-member Council`, rule: 'spec R26' });
    }
  }
  const required = t.value.absoluteMajority;
  const withMajority = Object.entries(input.votes)
    .filter(([, n]) => n >= required)
    .sort((a, b) => b[1] - a[1])
    .map(([c]) => c);
  const warnings: RuleWarning[] = [];
  let elected = withMajority;
  if (withMajority.length > input.vacancies) {
    elected = [];
    warnings.push({
      code: 'excess-majorities',
      message: `${withMajority.length} candidates obtained an absolute majority for ${input.vacancies} ${input.vacancies === 1 ? 'vacancy' : 'vacancies'}; further balloting is needed`,
      rule: 'ICJ Statute Art. 10(3)',
    });
  }
  return ok({ required, withMajority, elected, warnings });
}

/**
 * The Council and the Assembly vote independently; a judge is elected only with a majority in
 * both (ICJ Statute Art. 10). Disagreement is flagged, never resolved here (Art. 11-12).
 */
export function icjJointResult(scElected: readonly string[], gaElected: readonly string[]): { elected: string[]; warnings: RuleWarning[] } {
  const ga = new Set(gaElected);
  const elected = scElected.filter((c) => ga.has(c));
  const disagree = scElected.length !== gaElected.length || elected.length !== scElected.length;
  return {
    elected,
    warnings: disagree
      ? [{ code: 'sc-ga-disagreement', message: 'the Council and the Assembly did not elect the same candidates; further meetings follow (ICJ Statute Art. 11-12)', rule: 'ICJ Statute Art. 11' }]
      : [],
  };
}
