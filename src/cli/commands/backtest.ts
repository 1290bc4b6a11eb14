/** `council backtest`: score the forecast on the Council's recorded procedural votes against two baselines. */
import { parseOptions } from '../args.js';
import { printJson, type CliIO, type Command } from '../command.js';
import { backtest } from '../../analysis/backtest/backtest.js';
import { gaRecordFor, pct, progressFor, table } from '../../analysis/cli-support.js';
import { UsageError } from '../command.js';

const usage = `Usage: council backtest [--ga-data DIR] [--json] [--quiet]
  Runs the forecast over every recorded Council procedural vote, each from GA data dated before it,
  and compares accuracy (argmax), Brier score and log loss with two baselines:
  all-yes (every undeclared member votes with the requesters) and last-ga-vote (each votes as on
  its latest GA vote on the subject country, else its regional group's majority).`;

export const backtestCommand: Command = {
  name: 'backtest',
  summary: 'score the vote forecast on past Council procedural votes against two baselines',
  usage,
  async run(argv: string[], io: CliIO): Promise<number> {
    const v = parseOptions(argv, { 'ga-data': { type: 'string' }, json: { type: 'boolean' }, quiet: { type: 'boolean' } }).values;
    const record = await gaRecordFor(v['ga-data'], progressFor(io, Boolean(v.json || v.quiet)));
    const result = backtest(record);
    if (!result.ok) throw new UsageError(result.error.message);
    const b = result.value;
    if (v.json) {
      printJson(io, { votes: b.votes, all: b.all, undeclared: b.undeclared, passBrier: b.passBrier, skipped: b.skipped, epsilon: b.epsilon, predictions: b.predictions });
      return 0;
    }
    io.out(
      table(
        ['Vote', 'Outcome', 'Yes', 'E[yes]', 'P(pass) model', 'all-yes', 'last-ga-vote', 'GA data through'],
        b.votes.map((x) => [x.id, x.outcome, String(x.actualYes), x.expectedYes.toFixed(2), pct(x.passProbability.model), pct(x.passProbability['all-yes']), pct(x.passProbability['last-ga-vote']), x.dataThrough ?? '-']),
      ),
    );
    for (const [label, scores] of [['All members (declared sides included)', b.all], ['Undeclared members only', b.undeclared]] as const) {
      io.out(`\n${label}: ${scores[0]?.predictions ?? 0} member-votes\n`);
      io.out(table(['Method', 'Accuracy', 'Brier', 'Log loss'], scores.map((s) => [s.method, pct(s.accuracy), s.brier.toFixed(3), s.logLoss.toFixed(3)])));
    }
    // Per member: how often each method's most likely vote was the one cast (undeclared members).
    const byMember = new Map<string, { n: number; hits: Record<string, number> }>();
    for (const p of b.predictions.filter((x) => x.role === 'undeclared')) {
      const e = byMember.get(p.code) ?? { n: 0, hits: { model: 0, 'all-yes': 0, 'last-ga-vote': 0 } };
      e.n++;
      for (const m of ['model', 'all-yes', 'last-ga-vote'] as const) {
        const q = p.p[m];
        const top = (['yes', 'abstain', 'no'] as const).reduce((a, c) => (q[c] > q[a] ? c : a));
        if (top === p.actual) e.hits[m]!++;
      }
      byMember.set(p.code, e);
    }
    io.out('\nBy member (undeclared votes; correct / votes):\n');
    io.out(
      table(
        ['Member', 'Votes', 'model', 'all-yes', 'last-ga-vote'],
        [...byMember.entries()].sort(([a], [c]) => a.localeCompare(c)).map(([code, e]) => [code, String(e.n), `${e.hits.model}/${e.n}`, `${e.hits['all-yes']}/${e.n}`, `${e.hits['last-ga-vote']}/${e.n}`]),
      ),
    );
    io.out(`\nPass/fail Brier over ${b.votes.length} votes: ${Object.entries(b.passBrier).map(([m, v]) => `${m} ${v.toFixed(3)}`).join(', ')}\n`);
    io.out(`\nBrier: sum over yes/abstain/no of squared error (0 best, 2 worst). Log loss after mixing every method with ${b.epsilon} uniform.\n`);
    io.out('The GA data end in January 2020: later votes (2022, 2024) are forecast from GA votes up to then.\n');
    for (const s of b.skipped) io.out(`Skipped ${s.id}: ${s.reason}\n`);
    return 0;
  },
};
