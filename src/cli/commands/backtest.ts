/** `council backtest`: score the Council vote forecast on the Council's own procedural votes, and the GA forecast on GA roll calls. */
import { parseOptions } from '../args.js';
import { printJson, UsageError, type CliIO, type CommandModule } from '../command.js';
import { councilBacktest, COUNCIL_METHODS, type CouncilBacktest } from '../../analysis/council/backtest.js';
import { gaBacktest, type GaBacktest } from '../../analysis/ga-forecast/backtest.js';
import { gaRecordFor, pct, progressFor, table } from '../analysis-support.js';
import { dataEndNotice } from '../../analysis/ga/data-end.js';

const ci = (x: [number, number], d = 3) => (Number.isFinite(x[0]) ? `[${x[0].toFixed(d)}, ${x[1].toFixed(d)}]` : '-');
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '-');

function printCouncil(io: CliIO, b: CouncilBacktest): void {
  io.out(
    `Council procedural votes: ${b.counts.votes} (${b.counts.withBallots} with every ballot, ${b.counts.tallyOnly} with the tally only).\n`,
  );
  io.out(`Settings frozen on ${b.settings.frozenOn} (src/analysis/council/settings.ts), before the results were seen.\n\n`);
  io.out(
    table(
      ['Vote', 'Side', 'Outcome', 'Tally', 'model', 'rolling', 'all-yes', 'last-ga', 'last-council', 'GA data to'],
      b.cases.map((c) => [
        c.id,
        c.side,
        c.outcome,
        `${c.tally.yes}-${c.tally.no}-${c.tally.abstain}${c.hasBallots ? '' : '*'}`,
        pct(c.pass.model),
        pct(c.pass['model-rolling']),
        pct(c.pass['all-yes']),
        pct(c.pass['last-ga-vote']),
        pct(c.pass['last-council-vote']),
        c.dataThrough ?? '-',
      ]),
    ),
  );
  io.out('P(pass) per method; * tally only (scored on the outcome, not per member).\n');
  for (const s of b.splits) {
    io.out(`\n${s.label}: ${s.cases} votes — pass/fail outcome (95% bootstrap intervals over votes)\n`);
    io.out(
      table(
        ['Method', 'Calls', 'CI', 'Brier', 'CI', 'Log loss', 'CI'],
        COUNCIL_METHODS.map((m) => {
          const o = s.outcomes[m];
          return [m, pct(o.calls), ci(o.ci.calls), f3(o.brier), ci(o.ci.brier), f3(o.logLoss), ci(o.ci.logLoss)];
        }),
      ),
    );
    const n = s.members.model.n;
    io.out(`${s.label}: ${n} ballots of undeclared members\n`);
    io.out(
      table(
        ['Method', 'Accuracy', 'CI', 'Brier', 'CI', 'Log loss', 'CI'],
        COUNCIL_METHODS.map((m) => {
          const o = s.members[m];
          return [m, pct(o.accuracy), ci(o.ci.accuracy), f3(o.brier), ci(o.ci.brier), f3(o.logLoss), ci(o.ci.logLoss)];
        }),
      ),
    );
  }
  io.out('\nReliability of the model (undeclared members, every class probability):\n');
  io.out(
    table(
      ['Bin', 'N', 'Mean predicted', 'Observed'],
      b.reliability.members.map((r) => [
        `${r.from.toFixed(1)}–${r.to.toFixed(1)}`,
        String(r.n),
        r.n ? f3(r.meanPredicted) : '-',
        r.n ? f3(r.observed) : '-',
      ]),
    ),
  );
  io.out('\nReliability of the model (pass probability):\n');
  io.out(
    table(
      ['Bin', 'N', 'Mean predicted', 'Observed'],
      b.reliability.pass.map((r) => [
        `${r.from.toFixed(1)}–${r.to.toFixed(1)}`,
        String(r.n),
        r.n ? f3(r.meanPredicted) : '-',
        r.n ? f3(r.observed) : '-',
      ]),
    ),
  );
  io.out(
    `\nBrier: squared error summed over yes/abstain/no (members) or over pass/fail; log loss after mixing every method with ${b.settings.epsilon} uniform.\n`,
  );
}

function printGa(io: CliIO, g: GaBacktest): void {
  io.out(`\nGA resolution series: ${g.rollCalls} roll calls forecast, ${g.predictions} state votes (each from earlier roll calls only).\n`);
  io.out(
    table(
      ['Method', 'Accuracy', 'CI', 'Brier', 'CI', 'Log loss', 'CI', 'Outcome calls'],
      g.methods.map((m) => [
        m.method,
        pct(m.accuracy),
        ci(m.ci.accuracy),
        f3(m.brier),
        ci(m.ci.brier),
        f3(m.logLoss),
        ci(m.ci.logLoss),
        pct(m.outcomeCalls),
      ]),
    ),
  );
  io.out(
    table(
      ['Series', 'Roll calls', 'model acc.', 'same-as-last-year acc.'],
      g.bySeries.map((s) => [s.series, String(s.rollCalls), pct(s.model), pct(s.sameAsLastYear)]),
    ),
  );
}

export const backtestCommand: CommandModule = {
  async run(argv: string[], io: CliIO): Promise<number> {
    const v = parseOptions(argv, {
      body: { type: 'string' },
      'ga-data': { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
    }).values;
    const body = v.body ?? 'council';
    if (body !== 'council' && body !== 'ga') throw new UsageError(`--body must be council or ga, not "${body}"`);
    const record = await gaRecordFor(v['ga-data'], progressFor(io, Boolean(v.json || v.quiet)));
    if (body === 'ga') {
      const g = gaBacktest(record);
      if (v.json) printJson(io, g);
      else printGa(io, g);
      return 0;
    }
    const b = councilBacktest(record);
    if (v.json) {
      printJson(io, b);
      return 0;
    }
    printCouncil(io, b);
    const notice = dataEndNotice(record, b.cases[b.cases.length - 1]?.date ?? null);
    if (notice) io.out(`${notice}\n`);
    return 0;
  },
};
