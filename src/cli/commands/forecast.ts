/** `council forecast`: who will vote how, and will it pass — on the Council (fitted on its own votes) or in the GA (on a resolution series). */
import { z } from 'zod';
import { parseOptions } from '../args.js';
import { printJson, UsageError, type CliIO, type CommandModule } from '../command.js';
import { checkDate } from '../../data/dates.js';
import { memberState } from '../../data/index.js';
import { councilForecast } from '../../analysis/council/forecast.js';
import { gaForecast } from '../../analysis/ga-forecast/forecast.js';
import { SERIES } from '../../analysis/ga/series.js';
import { displayName } from '../../analysis/states.js';
import { gaRecordFor, pct, progressFor, stateList, table } from '../analysis-support.js';

const matterSchema = z.enum(['procedural', 'non-procedural']);
const bodySchema = z.enum(['security-council', 'general-assembly', 'ga-main-committee']);
const majoritySchema = z.enum(['simple', 'two-thirds']);

export const forecastCommand: CommandModule = {
  async run(argv: string[], io: CliIO): Promise<number> {
    const v = parseOptions(argv, {
      date: { type: 'string' },
      body: { type: 'string' },
      'resolution-series': { type: 'string' },
      series: { type: 'string' },
      majority: { type: 'string' },
      'requested-by': { type: 'string' },
      'opposed-by': { type: 'string' },
      subject: { type: 'string' },
      matter: { type: 'string' },
      'ga-data': { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
    }).values;
    const body = bodySchema.safeParse(v.body ?? 'security-council');
    if (!body.success) throw new UsageError(`--body must be security-council, general-assembly or ga-main-committee, not "${v.body}"`);
    if (!v.date) throw new UsageError('missing --date YYYY-MM-DD');
    const date = checkDate(v.date);
    if (!date.ok) throw new UsageError(date.error.message);
    const quiet = Boolean(v.json || v.quiet);

    if (body.data !== 'security-council') {
      const key = v['resolution-series'];
      if (!key) throw new UsageError(`missing --resolution-series (one of ${SERIES.map((s) => s.key).join(', ')})`);
      if (!SERIES.some((s) => s.key === key))
        throw new UsageError(`--resolution-series must be one of ${SERIES.map((s) => s.key).join(', ')}`);
      const majority = majoritySchema.safeParse(v.majority ?? 'simple');
      if (!majority.success) throw new UsageError(`--majority must be simple or two-thirds, not "${v.majority}"`);
      const record = await gaRecordFor(v['ga-data'], progressFor(io, quiet));
      const r = gaForecast(record, { series: key, date: date.value, body: body.data, majority: majority.data });
      if (!r.ok) throw new UsageError(r.error.message);
      const f = r.value;
      if (v.json) {
        printJson(io, f);
        return 0;
      }
      io.out(`${f.series.title} — ${f.body === 'ga-main-committee' ? 'Main Committee' : 'plenary'} vote on ${f.date}\n\n`);
      const sorted = [...f.states].sort((a, b) => b.p.yes - a.p.yes || a.code.localeCompare(b.code));
      io.out(
        table(
          ['State', 'Code', 'Last vote', 'P(yes)', 'P(abstain)', 'P(no)'],
          sorted.map((s) => [displayName(s.code, f.date), s.code, s.lastVote ?? '-', pct(s.p.yes), pct(s.p.abstain), pct(s.p.no)]),
        ),
      );
      io.out(
        `\nExpected: ${f.expected.yes.toFixed(1)} yes, ${f.expected.no.toFixed(1)} no, ${f.expected.abstain.toFixed(1)} abstaining or absent of ${f.states.length}.\n`,
      );
      io.out(`Pass probability: ${pct(f.passProbability)}. ${f.note}\n`);
      io.out(`Model: multinomial logistic on ${f.training.examples} votes in ${f.training.rollCalls} earlier roll calls of the series.\n`);
      return 0;
    }

    if (!v['requested-by']) throw new UsageError('missing --requested-by (comma-separated state codes)');
    const requestedBy = stateList(v['requested-by'], 'requested-by');
    const opposedBy = stateList(v['opposed-by'], 'opposed-by');
    const subject = v.subject?.trim().toUpperCase();
    if (subject !== undefined && !memberState(subject)) throw new UsageError(`--subject: unknown state code "${v.subject}"`);
    if (v.series !== undefined && !SERIES.some((s) => s.key === v.series))
      throw new UsageError(`--series must be one of ${SERIES.map((s) => s.key).join(', ')}`);
    const matter = matterSchema.safeParse(v.matter ?? 'procedural');
    if (!matter.success) throw new UsageError(`--matter must be procedural or non-procedural, not "${v.matter}"`);

    const record = await gaRecordFor(v['ga-data'], progressFor(io, quiet));
    const result = councilForecast(record, {
      date: date.value,
      requestedBy,
      opposedBy,
      ...(subject ? { subject } : {}),
      ...(v.series ? { series: v.series } : {}),
      matter: matter.data,
    });
    if (!result.ok) throw new UsageError(result.error.message);
    const f = result.value;
    if (v.json) {
      printJson(io, f);
      return 0;
    }
    io.out(
      `Forecast for ${f.date}: ${f.matter} question, ${f.required} yes votes needed${f.veto ? ', no permanent member voting no' : ''}\n\n`,
    );
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
    io.out(
      `Model: fitted on the Council (${f.model.trainedOn} votes), temperature ${f.model.temperature}, case swing σ ${f.model.sigma.toFixed(2)}` +
        `${f.model.series ? `; GA series ${f.model.series} (${f.model.seriesRollCalls} roll calls in the last 5 years)` : ''}.\n${f.model.note}\n`,
    );
    return 0;
  },
};
