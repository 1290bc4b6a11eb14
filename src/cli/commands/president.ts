/** `council president --month YYYY-MM`: the President of the Security Council that month (Rule 18; spec R5, R6). */
import { type CommandModule, printJson, UsageError } from '../command.js';
import { parseOptions } from '../args.js';
import { presidentOf } from '../../data/presidencies.js';
import type { Presidency } from '../../data/types.js';

function describe(p: Presidency): string {
  return [
    `${p.month}: ${p.name} (${p.code})`,
    `  ${p.computed ? 'as the Rule 18 rotation gives' : `exception: ${p.exception}`}`,
    ...(p.note ? [`  note: ${p.note}`] : []),
    `  confirmed: ${p.confirmed ?? 'not checked against a record (computed)'}`,
    `  source: ${p.source}`,
    '',
  ].join('\n');
}

export const presidentCommand: CommandModule = {
  async run(argv, io) {
    const { values } = parseOptions(argv, { month: { type: 'string' }, json: { type: 'boolean' } });
    if (values.month === undefined) throw new UsageError('missing --month YYYY-MM');
    const result = presidentOf(values.month);
    if (!result.ok) throw new UsageError(result.error.message);
    if (values.json) printJson(io, result.value);
    else io.out(describe(result.value));
    return 0;
  },
};
