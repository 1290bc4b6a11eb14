import { z } from 'zod';
import { err, ok, type Result, type RuleError } from '../../rules/result.js';

/**
 * A weighted voting game [q; w1, …, wn]: a coalition wins when its members' weights
 * sum to at least the quota. Every simple yes/no body here is one of these.
 */
export interface WeightedGame {
  /** What the game models, for display. */
  name: string;
  quota: number;
  players: readonly { id: string; weight: number }[];
}

/** The `--game FILE` format: {"quota":n,"players":[{"id":"A","weight":3},…]}. */
export const weightedGameSchema = z
  .object({
    name: z.string().min(1).max(200).optional(),
    quota: z.number().int().positive(),
    players: z
      .array(z.object({ id: z.string().min(1).max(100), weight: z.number().int().nonnegative() }).strict())
      .min(1)
      .max(2000),
  })
  .strict();

/** Largest DP table (players × quota cells) we accept, to keep memory bounded. */
const MAX_CELLS = 40_000_000;

/** Validate a game from untrusted JSON: schema, unique ids, a reachable quota, a bounded table. */
export function parseWeightedGame(input: unknown): Result<WeightedGame> {
  const parsed = weightedGameSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') + ': ' : '';
    return err({ code: 'invalid-game', message: `${where}${issue?.message ?? 'invalid game'}` });
  }
  const game = parsed.data;
  const ids = new Set<string>();
  for (const p of game.players) {
    if (ids.has(p.id)) return err({ code: 'invalid-game', message: `duplicate player id "${p.id}"` });
    ids.add(p.id);
  }
  const total = game.players.reduce((s, p) => s + p.weight, 0);
  if (game.quota > total) {
    return err({ code: 'invalid-game', message: `quota ${game.quota} exceeds the total weight ${total}: no coalition can win` });
  }
  if ((game.players.length + 1) * game.quota > MAX_CELLS) {
    return err({ code: 'game-too-large', message: `players × quota exceeds ${MAX_CELLS}; scale the weights down` });
  }
  return ok({ name: game.name ?? 'weighted game', quota: game.quota, players: game.players });
}

export type { RuleError };
