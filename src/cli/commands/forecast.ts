/** `council forecast`: who will vote how on a Council question, and will it pass (GA-trained model). */
import { z } from 'zod';
import { parseOptions } from '../args.js';
import { printJson, UsageError, type CliIO, type Command } from '../command.js';
import { checkDate } from '../../data/dates.js';
import { memberState } from '../../data/index.js';
import { forecast } from '../../analysis/forecast/forecast.js';
import { ISSUE_KEYS, isIssueKey } from '../../analysis/ga/issues.js';
import { gaRecordFor, pct, progressFor, stateList, table } from '../../analysis/cli-support.js';

const usage = `Usage: council forecast --date YYYY-MM-DD --requested-by USA,GBR,FRA [--opposed-by CHN,RUS]
                        [--subject PRK] [--matter procedural|non-procedural] [--issue ISSUE]
                        [--ga-data DIR] [--json] [--quiet]
  Forecasts each Council member's vote (P yes/no/abstain) from GA roll calls dated before --date,
  the exact probability the question passes, the expected yes votes and whom to persuade.
  Issues: ${ISSUE_KEYS.join(', ')}`;

const matterSchema = z.enum(['procedural', 'non-procedural']);

export const forecastCommand: Command = {
  name: 'forecast',
  summary: 'forecast a Council vote from the GA record: per-member odds, pass probability, swing members',
  usage,
  async run(argv: string[], io: CliIO): Promise<number> {
    const v = parseOptions(argv, {
      date: { type: 'string' },
      'requested-by': { type: 'string' },
      'opposed-by': { type: 'string' },
      subject: { type: 'string' },
      matter: { type: 'string' },
      issue: { type: 'string' },
      'ga-data': { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
    }).values;
    if (!v.date) throw new UsageError('missing --date YYYY-MM-DD');
    const date = checkDate(v.date);
    if (!date.ok) throw new UsageError(date.error.message);
    if (!v['requested-by']) throw new UsageError('missing --requested-by (comma-separated state codes)');
    const requestedBy = stateList(v['requested-by'], 'requested-by');
    const opposedBy = stateList(v['opposed-by'], 'opposed-by');
    const subject = v.subject?.trim().toUpperCase();
    if (subject !== undefined && !memberState(subject)) throw new UsageError(`--subject: unknown state code "${v.subject}"`);
    const matter = matterSchema.safeParse(v.matter ?? 'procedural');
    if (!matter.success) throw new UsageError(`--matter must be procedural or non-procedural, not "${v.matter}"`);
    if (v.issue !== undefined && !isIssueKey(v.issue)) throw new UsageError(`--issue must be one of ${ISSUE_KEYS.join(', ')}`);

    const record = await gaRecordFor(v['ga-data'], progressFor(io, Boolean(v.json || v.quiet)));
    const result = forecast(record, {
      date: date.value,
      requestedBy,
      opposedBy,
      ...(subject ? { subject } : {}),
      matter: matter.data,
      ...(v.issue && isIssueKey(v.issue) ? { issue: v.issue } : {}),
    });
    if (!result.ok) throw new UsageError(result.error.message);
    const f = result.value;
    if (v.json) {
      printJson(io, f);
      return 0;
    }
    io.out(`Forecast for ${f.date}: ${f.matter} question, ${f.required} yes votes needed${f.veto ? ', no permanent member voting no' : ''}\n\n`);
    io.out(
      table(
        ['Member', 'Code', 'Side', 'P(yes)', 'P(abstain)', 'P(no)'],
        f.members.map((m) => [m.name + (m.permanent ? ' *' : ''), m.code, m.role, pct(m.p.yes), pct(m.p.abstain), pct(m.p.no)]),
      ),
    );
    io.out(`\n* permanent member\nPass probability: ${pct(f.passProbability)}   Expected yes votes: ${f.expectedYes.toFixed(2)}\n`);
    io.out(
      f.swingDetail.length
        ? `Whom to persuade (pass probability if that member votes yes): ${f.swingDetail.map((s) => `${s.code} ${pct(s.passIfYes)}`).join(', ')}\n`
        : 'No undeclared member can change the outcome.\n',
    );
    io.out(`Model: ${f.model.kind}, ${f.model.training.examples} GA votes on ${f.model.training.rollCalls} roll calls ${f.model.training.from}…${f.model.training.to}` +
      `${f.model.issue ? `, issue ${f.model.issue}` : ''}${f.model.subjectRollCalls ? `, ${f.model.subjectRollCalls} GA roll calls on ${subject}` : ''}.\n${f.model.note}\n`);
    return 0;
  },
};
