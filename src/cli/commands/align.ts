/** `council align`: GA voting agreement and a two-dimensional map of states (SVG). */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseOptions } from '../args.js';
import { printJson, UsageError, type CliIO, type CommandModule } from '../command.js';
import { alignment, alignmentByYear } from '../../analysis/alignment/alignment.js';
import { pairAgreement } from '../../analysis/alignment/agreement.js';
import { alignmentSvg } from '../../analysis/alignment/svg.js';
import { ISSUE_KEYS, isIssueKey } from '../../analysis/ga/issues.js';
import { gaRecordFor, pct, progressFor, stateList, table } from '../analysis-support.js';
import { dataEnd, dataEndNotice } from '../../analysis/ga/data-end.js';

function year(raw: string | undefined, option: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{4}$/u.test(raw)) throw new UsageError(`--${option} must be a year like 2014, not "${raw}"`);
  return Number(raw);
}

export const alignCommand: CommandModule = {
  async run(argv: string[], io: CliIO): Promise<number> {
    const v = parseOptions(argv, {
      from: { type: 'string' },
      to: { type: 'string' },
      issue: { type: 'string' },
      states: { type: 'string' },
      pair: { type: 'string' },
      svg: { type: 'string' },
      'by-year': { type: 'boolean' },
      'ga-data': { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
    }).values;
    const from = year(v.from, 'from');
    const to = year(v.to, 'to');
    if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
    if (v.issue !== undefined && !isIssueKey(v.issue)) throw new UsageError(`--issue must be one of ${ISSUE_KEYS.join(', ')}`);
    const issue = v.issue !== undefined && isIssueKey(v.issue) ? v.issue : undefined;
    const states = v.states !== undefined ? stateList(v.states, 'states') : undefined;
    const pairList = v.pair !== undefined ? stateList(v.pair, 'pair') : undefined;
    if (pairList && pairList.length !== 2) throw new UsageError('--pair takes exactly two state codes, e.g. USA,CHN');
    if (v['by-year'] && (from === undefined || to === undefined)) throw new UsageError('--by-year needs --from and --to');

    const record = await gaRecordFor(v['ga-data'], progressFor(io, Boolean(v.json || v.quiet)));
    const opts = { from, to, issue, ...(states ? { states } : {}), ...(pairList ? { pair: [pairList[0]!, pairList[1]!] as const } : {}) };
    const result = alignment(record, opts);
    if (!result.ok) throw new UsageError(result.error.message);
    const a = result.value;
    // Say plainly when the window runs past the data (Voeten's release ends in January 2020).
    const notice = dataEndNotice(record, to ?? null);
    if (a.window.rollCalls === 0)
      throw new UsageError(`no GA roll calls in that window${notice ? ` (the GA voting data end on ${dataEnd(record)})` : ''}`);
    const byYear = v['by-year'] ? alignmentByYear(record, { ...opts, from: from!, to: to! }) : null;
    if (byYear && !byYear.ok) throw new UsageError(byYear.error.message);

    if (v.svg) {
      // write beside the target, then rename: never a half-written file
      const target = path.resolve(v.svg);
      const temp = `${target}.${process.pid}.tmp`;
      try {
        await writeFile(temp, alignmentSvg(a), 'utf8');
        await rename(temp, target);
      } catch (e) {
        throw new UsageError(`cannot write ${v.svg}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    }
    if (v.json) {
      printJson(io, { ...a, ...(byYear?.ok ? { byYear: byYear.value } : {}), dataEnd: dataEnd(record), dataEndNotice: notice });
      return 0;
    }
    if (notice) io.out(`${notice}\n\n`);
    if (a.pair) {
      const p = a.pair;
      io.out(
        `${p.a}–${p.b}: ${p.rate === null ? 'never voted together' : `${pct(p.rate)} agreement`} (${p.identical} identical of ${p.jointVotes} roll calls both voted on)\n\n`,
      );
    }
    io.out(
      `${a.window.rollCalls} roll calls; dimension 1 explains ${pct(a.explained[0])}, dimension 2 ${pct(a.explained[1])}; ${a.anchor ?? '—'} fixed positive.\n`,
    );
    const sorted = [...a.points].sort((p, q) => q.x - p.x);
    io.out(
      table(
        ['Code', 'State', 'Group', 'Dim 1', 'Dim 2', 'Votes'],
        sorted.map((p) => [p.code, p.name, p.group ?? '-', p.x.toFixed(3), p.y.toFixed(3), String(p.votes)]),
      ),
    );
    if (a.omitted.length) io.out(`Too few votes to place: ${a.omitted.join(', ')}\n`);
    if (byYear?.ok) {
      const codes = states ?? (pairList ? [...pairList] : ['USA', 'CHN', 'RUS']);
      io.out(`\nPer year (dimension 1; each year scaled on its own):\n`);
      io.out(
        table(
          ['Year', 'Roll calls', ...(pairList ? [`${pairList[0]}–${pairList[1]}`] : []), ...codes],
          byYear.value.map(({ year, result }) => {
            const pair = pairList ? pairAgreement(record, pairList[0]!, pairList[1]!, { from: year, to: year, issue }) : null;
            return [
              String(year),
              String(result.window.rollCalls),
              ...(pair ? [pair.ok && pair.value.rate !== null ? pct(pair.value.rate) : '-'] : []),
              ...codes.map((c) => result.points.find((p) => p.code === c)?.x.toFixed(3) ?? '-'),
            ];
          }),
        ),
      );
    }
    if (v.svg) io.out(`Map written to ${v.svg}\n`);
    return 0;
  },
};
