/** `council power`: exact Shapley–Shubik and Banzhaf voting power of the Council, the GA or any weighted game. */
import { readFile } from 'node:fs/promises';
import { parseOptions } from '../args.js';
import { printJson, UsageError, type CliIO, type Command } from '../command.js';
import {
  BODIES,
  councilAbstentionGame,
  WEIGHTED_BODIES,
  formatRational,
  parseWeightedGame,
  powerIndices,
  powerToJson,
  rationalToNumber,
  ternaryPower,
  type Body,
  type WeightedGame,
} from '../../analysis/power/index.js';
import { table } from '../../analysis/cli-support.js';

const usage = `Usage: council power [--body ${BODIES.join('|')}] [--game FILE|-] [--json]
  Exact voting-power indices as fractions (BigInt) with decimals:
    sc             Council, non-procedural, binary yes/not-yes model (9 of 15 incl. all 5 permanent)
    sc-1945        Council 1946–1965 (7 of 11 incl. all 5 permanent)
    sc-procedural  any 9 of 15
    ga             General Assembly, 193 equal members, simple majority
    sc-abstention  ternary yes/abstain/no model: a permanent abstention is not a veto
  --game FILE: {"quota":n,"players":[{"id":"A","weight":3},...]} (- reads stdin)`;

const fmt = (r: { num: bigint; den: bigint }) => `${formatRational(r)} (${rationalToNumber(r).toFixed(6)})`;

export const powerCommand: Command = {
  name: 'power',
  summary: 'exact Shapley–Shubik and Banzhaf voting power (Council, GA, any weighted game)',
  usage,
  async run(argv: string[], io: CliIO): Promise<number> {
    const v = parseOptions(argv, { body: { type: 'string' }, game: { type: 'string' }, json: { type: 'boolean' } }).values;
    if (v.body !== undefined && v.game !== undefined) throw new UsageError('give --body or --game, not both');
    if (v.body !== undefined && !(BODIES as readonly string[]).includes(v.body)) throw new UsageError(`--body must be one of ${BODIES.join(', ')}`);
    const body = (v.body ?? 'sc') as Body;

    if (v.game === undefined && body === 'sc-abstention') {
      const game = councilAbstentionGame();
      const classes = ternaryPower(game);
      if (v.json) {
        printJson(io, {
          body,
          model: 'ternary',
          name: game.name,
          definition:
            'Each member votes yes, abstain or no; passes iff yes >= 9 and no permanent member votes no. Shapley–Shubik: share of the n!·3^n equally likely (ordering, votes) roll-calls in which the member is the pivot (Felsenthal & Machover 1997). Banzhaf absolute: probability over the 3^(n-1) votes of the others that the member\'s yes passes and its no fails.',
          classes: classes.map((c) => ({
            id: c.id,
            count: c.count,
            shapleyShubik: { exact: formatRational(c.shapleyShubik), value: rationalToNumber(c.shapleyShubik) },
            banzhafNormalized: { exact: formatRational(c.banzhafNormalized), value: rationalToNumber(c.banzhafNormalized) },
            banzhafAbsolute: { exact: formatRational(c.banzhafAbsolute), value: rationalToNumber(c.banzhafAbsolute) },
          })),
        });
        return 0;
      }
      io.out(`${game.name}\nPer member of each class:\n`);
      io.out(table(['Class', 'Members', 'Shapley–Shubik', 'Banzhaf (normalized)', 'Banzhaf (absolute)'], classes.map((c) => [c.id, String(c.count), fmt(c.shapleyShubik), fmt(c.banzhafNormalized), fmt(c.banzhafAbsolute)])));
      io.out('Model: ternary (yes/abstain/no); a permanent member\'s abstention is not a veto (Charter Art. 27(3) as practised; spec R22).\n');
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
    const power = powerIndices(game);
    if (v.json) {
      printJson(io, { body: v.game === undefined ? body : 'game', model: 'binary', name: game.name, quota: game.quota, players: power.map(powerToJson) });
      return 0;
    }
    io.out(`${game.name}: quota ${game.quota}\n`);
    // Equal weights have equal power: show one row per weight when the body is symmetric.
    const rows = power.length > 30 ? dedupeByWeight(power) : power.map((p) => ({ p, count: 1 }));
    io.out(
      table(
        ['Player', 'Weight', 'Shapley–Shubik', 'Banzhaf (normalized)', 'Banzhaf (absolute)'],
        rows.map(({ p, count }) => [count > 1 ? `${p.id} (and ${count - 1} more of weight ${p.weight})` : p.id, String(p.weight), fmt(p.shapleyShubik), fmt(p.banzhafNormalized), fmt(p.banzhafAbsolute)]),
      ),
    );
    if (body === 'sc' && v.game === undefined) io.out('Model: binary (yes / not yes): an abstaining permanent member blocks here; see --body sc-abstention.\n');
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
