/** `council members --date YYYY-MM-DD`: who sat on the Security Council that day (spec R1–R4). */
import { type CommandModule, printJson, UsageError } from '../command.js';
import { parseOptions } from '../args.js';
import { councilOn, type CouncilMember } from '../../data/index.js';
import { members } from '../../library/members.js';

function termText(m: CouncilMember): string {
  if (!m.term) return 'permanent';
  const [from, to] = [m.term[0].slice(0, 4), m.term[1].slice(0, 4)];
  return from === to ? `elected ${from} (one-year term)` : `elected ${from}–${to}`;
}

function table(date: string, members: readonly CouncilMember[]): string {
  const width = Math.max(...members.map((m) => m.name.length));
  const line = (m: CouncilMember) => `  ${m.code}  ${m.name.padEnd(width)}  ${termText(m)}`;
  const permanent = members.filter((m) => m.permanent);
  const elected = members.filter((m) => !m.permanent);
  return [
    `Security Council on ${date}: ${members.length} members`,
    'Permanent members',
    ...permanent.map(line),
    'Elected members (Rule 18 order)',
    ...elected.map(line),
    '',
  ].join('\n');
}

export const membersCommand: CommandModule = {
  async run(argv, io) {
    const { values } = parseOptions(argv, { date: { type: 'string' }, json: { type: 'boolean' } });
    if (values.date === undefined) throw new UsageError('missing --date YYYY-MM-DD');
    if (values.json) {
      const result = members(values.date);
      if (!result.ok) throw new UsageError(result.error.message);
      printJson(io, result.value);
    } else {
      const result = councilOn(values.date);
      if (!result.ok) throw new UsageError(result.error.message);
      io.out(table(values.date, result.value));
    }
    return 0;
  },
};
