import { ok, type Result, type RuleError } from '../result.js';
import type { Ballot, Composition, Decision, ScMatter, StateCode } from '../types.js';
import { decideScVote } from './decide-vote.js';
import type { ScOptions } from './options.js';

type Ballots = Readonly<Record<StateCode, Ballot>>;

/** How a disputed classification is settled (spec R24, R25). */
export type ClassificationRoute =
  | { route: 'uncontested'; matter: ScMatter }
  /** An explicit vote on "is this procedural?" */
  | { route: 'preliminary-vote'; ballots: Ballots }
  /** The President rules; members may challenge, and the ruling stands unless overruled. */
  | { route: 'presidential-ruling'; ruling: 'procedural' | 'non-procedural'; challenge?: Ballots };

export interface Classification {
  matter: ScMatter;
  /** The vote that settled it, when there was one. */
  decision?: Decision;
  /** For the ruling route: whether the President's ruling stood. */
  rulingStands?: boolean;
  explanation: string;
}

/**
 * The preliminary question (SF Statement pt II; spec R24): whether a matter is procedural is
 * itself decided as a non-procedural question, so a permanent member can veto the finding
 * and then veto the matter: the "double veto". Adopted means the matter is procedural.
 */
export function decidePreliminaryQuestion(
  composition: Composition,
  ballots: Ballots,
  options: Partial<ScOptions> = {},
): Result<Classification, RuleError> {
  const vote = decideScVote({ composition, matter: 'non-procedural', ballots }, options);
  if (!vote.ok) return vote;
  const matter: ScMatter = vote.value.outcome === 'adopted' ? 'procedural' : 'non-procedural';
  return ok({
    matter,
    decision: vote.value,
    explanation: `Preliminary question, decided under Charter Art. 27(3): ${vote.value.explanation} The matter is therefore ${matter}.`,
  });
}

/**
 * A challenge to a presidential ruling (Rule 30; spec R25): the motion to overrule is
 * procedural (nine votes, no veto); the ruling stands unless that motion is adopted. Used on
 * classification it defeats the double veto (spec R24, the 1950 precedent).
 */
export function decideChallengeToRuling(
  composition: Composition,
  ruling: 'procedural' | 'non-procedural',
  overruleBallots: Ballots,
  options: Partial<ScOptions> = {},
): Result<Classification, RuleError> {
  const vote = decideScVote({ composition, matter: 'procedural', ballots: overruleBallots }, options);
  if (!vote.ok) return vote;
  const rulingStands = vote.value.outcome !== 'adopted';
  const matter: ScMatter = rulingStands ? ruling : ruling === 'procedural' ? 'non-procedural' : 'procedural';
  return ok({
    matter,
    decision: vote.value,
    rulingStands,
    explanation: `Motion to overrule the President's ruling (Rule 30): ${vote.value.explanation} The ruling ${rulingStands ? 'stands' : 'is overruled'}; the matter is ${matter}.`,
  });
}

/** Settle the class of a question before the main vote (spec R24 resolveClassification). */
export function resolveClassification(
  composition: Composition,
  route: ClassificationRoute,
  options: Partial<ScOptions> = {},
): Result<Classification, RuleError> {
  switch (route.route) {
    case 'uncontested':
      return ok({ matter: route.matter, explanation: `Uncontested: the matter is ${route.matter}.` });
    case 'preliminary-vote':
      return decidePreliminaryQuestion(composition, route.ballots, options);
    case 'presidential-ruling':
      if (!route.challenge) {
        return ok({ matter: route.ruling, rulingStands: true, explanation: `The President ruled the matter ${route.ruling}; the ruling was not challenged (Rule 30).` });
      }
      return decideChallengeToRuling(composition, route.ruling, route.challenge, options);
  }
}

/**
 * Settle the class, then decide the main vote under it (spec R24 edge cases): the preliminary
 * question may be raised before or after the main vote, so the same ballots can be re-decided
 * once the class is known; the classification is kept with the outcome, and its sources are
 * added to the decision's citations, so no result stands without its classification record.
 */
export function decideWithClassification(
  composition: Composition,
  route: ClassificationRoute,
  mainBallots: Ballots,
  options: Partial<ScOptions> = {},
): Result<{ classification: Classification; decision: Decision }, RuleError> {
  const classification = resolveClassification(composition, route, options);
  if (!classification.ok) return classification;
  const main = decideScVote({ composition, matter: classification.value.matter, ballots: mainBallots }, options);
  if (!main.ok) return main;
  const cites = route.route === 'preliminary-vote' ? ['spec R24'] : route.route === 'presidential-ruling' ? ['Rule 30', 'spec R25'] : [];
  return ok({ classification: classification.value, decision: { ...main.value, rules: [...main.value.rules, ...cites] } });
}
