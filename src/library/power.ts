/**
 * `power(game)`: exact Shapley–Shubik and Banzhaf indices as `council power --json` prints
 * them, for a named body (`'sc'`, `'ga'`, `'sc-abstention'` …) or a weighted game
 * `{quota, players: [{id, weight}]}`. Fractions are exact strings beside their floats.
 */
import {
  BODIES,
  councilAbstentionGame,
  formatRational,
  parseWeightedGame,
  powerIndices,
  powerToJson,
  rationalToNumber,
  ternaryPower,
  WEIGHTED_BODIES,
  type Body,
  type Rational,
  type WeightedGame,
} from '../analysis/power/index.js';
import { err, ok, type Result, type RuleError } from '../rules/result.js';

/** An index as an exact fraction ("1/3") and its value. */
export interface ExactValue {
  exact: string;
  value: number;
}

/** A binary (yes / not yes) weighted game's answer: one row per player. */
export interface BinaryPowerJson {
  body: Body | 'game';
  model: 'binary';
  name: string;
  quota: number;
  players: { id: string; weight: number; shapleyShubik: ExactValue; banzhafNormalized: ExactValue; banzhafAbsolute: ExactValue }[];
}

/** The ternary Council (abstention is not a veto, spec R22): one row per class of member. */
export interface TernaryPowerJson {
  body: 'sc-abstention';
  model: 'ternary';
  name: string;
  definition: string;
  classes: { id: string; count: number; shapleyShubik: ExactValue; banzhafNormalized: ExactValue; banzhafAbsolute: ExactValue }[];
}

export type PowerJson = BinaryPowerJson | TernaryPowerJson;

/** A weighted game as `council power --game FILE` reads it. */
export interface WeightedGameInput {
  name?: string;
  quota: number;
  players: readonly { id: string; weight: number }[];
}

const exact = (r: Rational): ExactValue => ({ exact: formatRational(r), value: rationalToNumber(r) });

/** The ternary Council model. */
export function ternaryPowerJson(): TernaryPowerJson {
  const game = councilAbstentionGame();
  return {
    body: 'sc-abstention',
    model: 'ternary',
    name: game.name,
    definition:
      "Each member votes yes, abstain or no; passes iff yes >= 9 and no permanent member votes no. Shapley–Shubik: share of the n!·3^n equally likely (ordering, votes) roll-calls in which the member is the pivot (Felsenthal & Machover 1997). Banzhaf absolute: probability over the 3^(n-1) votes of the others that the member's yes passes and its no fails.",
    classes: ternaryPower(game).map((c) => ({
      id: c.id,
      count: c.count,
      shapleyShubik: exact(c.shapleyShubik),
      banzhafNormalized: exact(c.banzhafNormalized),
      banzhafAbsolute: exact(c.banzhafAbsolute),
    })),
  };
}

/** A binary weighted game, already validated; `body` says which named body it is, or 'game'. */
export function binaryPowerJson(body: Body | 'game', game: WeightedGame): BinaryPowerJson {
  return {
    body,
    model: 'binary',
    name: game.name,
    quota: game.quota,
    players: powerIndices(game).map(powerToJson) as BinaryPowerJson['players'],
  };
}

/** Voting power of a named body or of a weighted game; a bad game is a typed error (codes invalid-game, game-too-large). */
export function power(game: Body | WeightedGameInput): Result<PowerJson, RuleError>;
export function power(game: unknown): Result<PowerJson, RuleError>;
export function power(game: unknown): Result<PowerJson, RuleError> {
  if (typeof game === 'string') {
    if (!(BODIES as readonly string[]).includes(game))
      return err({ code: 'unknown-body', message: `body must be one of ${BODIES.join(', ')}` });
    const body = game as Body;
    return ok(body === 'sc-abstention' ? ternaryPowerJson() : binaryPowerJson(body, WEIGHTED_BODIES[body]()));
  }
  const parsed = parseWeightedGame(game);
  return parsed.ok ? ok(binaryPowerJson('game', parsed.value)) : parsed;
}
