/** `council power`: exact Shapley–Shubik and Banzhaf voting power of the Council, the GA or any weighted game. */
import { readFile } from 'node:fs/promises';
import { parseOptions } from '../args.js';
import { printJson, UsageError, type CliIO, type CommandModule } from '../command.js';
import {
  BODIES,
  councilAbstentionGame,
  WEIGHTED_BODIES,
  formatRational,
  parseWeightedGame,
  powerIndices,
  rationalToNumber,
  ternaryPower,
  type Body,
  type WeightedGame,
} from '../../analysis/power/index.js';
import { table } from '../analysis-support.js';
import { binaryPowerJson, ternaryPowerJson } from '../../library/power.js';

const fmt = (r: { num: bigint; den: bigint }) => `${formatRational(r)} (${rationalToNumber(r).toFixed(6)})`;

export const powerCommand: CommandModule = {
  async run(argv: string[], io: CliIO): Promise<number> {
    const v = parseOptions(argv, { body: { type: 'string' }, game: { type: 'string' }, json: { type: 'boolean' } }).values;
    if (v.body !== undefined && v.game !== undefined) throw new UsageError('give --body or --game, not both');
    if (v.body !== undefined && !(BODIES as readonly string[]).includes(v.body))
      throw new UsageError(`--body must be one of ${BODIES.join(', ')}`);
    const body = (v.body ?? 'sc') as Body;

    if (v.game === undefined && body === 'sc-abstention') {
      if (v.json) {
        printJson(io, ternaryPowerJson());
        return 0;
      }
      const game = councilAbstentionGame();
      const classes = ternaryPower(game);
      io.out(`${game.name}\nPer member of each class:\n`);
      io.out(
        table(
          ['Class', 'Members', 'Shapley–Shubik', 'Banzhaf (normalized)', 'Banzhaf (absolute)'],
          classes.map((c) => [c.id, String(c.count), fmt(c.shapleyShubik), fmt(c.banzhafNormalized), fmt(c.banzhafAbsolute)]),
        ),
      );
      io.out(
        "Model: ternary (yes/abstain/no); a permanent member's abstention is not a veto (Charter Art. 27(3) as practised; spec R22).\n",
      );
      return 0;
    }

    let game: WeightedGame;
    if (v.game !== undefined) {
      let text: string;
      try {
        text = v.game === '-' ? await io.readStdin() : await readFile(v.game, 'utf8');
      } catch (e) {
        throw new UsageError(`cannot read ${v.game}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new UsageError(`${v.game} is not valid JSON`);
      }
      const parsed = parseWeightedGame(json);
      if (!parsed.ok) throw new UsageError(`${v.game}: ${parsed.error.message}`);
      game = parsed.value;
    } else {
      game = WEIGHTED_BODIES[body as Exclude<Body, 'sc-abstention'>]();
    }
    if (v.json) {
      printJson(io, binaryPowerJson(v.game === undefined ? body : 'game', game));
      return 0;
    }
    const power = powerIndices(game);
    io.out(`${game.name}: quota ${game.quota}\n`);
    // Equal weights have equal power: show one row per weight when the body is symmetric.
    const rows = power.length > 30 ? dedupeByWeight(power) : power.map((p) => ({ p, count: 1 }));
    io.out(
      table(
        ['Player', 'Weight', 'Shapley–Shubik', 'Banzhaf (normalized)', 'Banzhaf (absolute)'],
        rows.map(({ p, count }) => [
          count > 1 ? `${p.id} (and ${count - 1} more of weight ${p.weight})` : p.id,
          String(p.weight),
          fmt(p.shapleyShubik),
          fmt(p.banzhafNormalized),
          fmt(p.banzhafAbsolute),
        ]),
      ),
    );
    if (body === 'sc' && v.game === undefined)
      io.out('Model: binary (yes / not yes): an abstaining permanent member blocks here; see --body sc-abstention.\n');
    return 0;
  },
};

function dedupeByWeight<P extends { weight: number }>(power: P[]): { p: P; count: number }[] {
  const seen = new Map<number, { p: P; count: number }>();
  for (const p of power) {
    const e = seen.get(p.weight);
    if (e) e.count++;
    else seen.set(p.weight, { p, count: 1 });
  }
  return [...seen.values()];
}
