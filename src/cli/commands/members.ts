/**
 * `council members --date YYYY-MM-DD [--body B]`: who sat on the Security Council (spec R1–R4),
 * the General Assembly or the Human Rights Council that day. A date whose membership is only
 * partly known (the Council after 2027, the HRC after 2026) prints the known members and says
 * how many seats are unknown; it is not refused (issue 9).
 */
import { type CommandModule, printJson, UsageError } from '../command.js';
import { parseOptions } from '../args.js';
import { councilOn } from '../../data/composition.js';
import { LAST_DAY } from '../../data/council-seats.js';
import { BODY_KINDS, type Roster, type RosterMember } from '../../data/roster.js';
import { rosterOn } from '../../data/rosters.js';
import type { CouncilMember } from '../../data/types.js';
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

const TITLES: Readonly<Record<Roster['body'], string>> = {
  'security-council': 'Security Council',
  'general-assembly': 'General Assembly',
  'ga-main-committee': 'Main Committee of the General Assembly',
  'human-rights-council': 'Human Rights Council',
};

function rosterLine(m: RosterMember, width: number): string {
  const term = m.permanent ? 'permanent' : m.term ? `${m.term[0]} – ${m.term[1]}` : (m.group ?? '');
  return `  ${m.code}  ${m.name.padEnd(width)}  ${term}`;
}

function rosterTable(r: Roster): string {
  const width = Math.max(10, ...[...r.members, ...r.suspended].map((m) => m.name.length));
  const known = r.unknownSeats > 0 ? ` (${r.unknownSeats} of ${r.seats} seats unknown)` : '';
  return [
    `${TITLES[r.body]} on ${r.date}: ${r.members.length} members${known}`,
    ...r.members.map((m) => rosterLine(m, width)),
    ...(r.suspended.length ? ['Suspended', ...r.suspended.map((m) => rosterLine(m, width))] : []),
    ...(r.vacantSeats ? [`Vacant seats: ${r.vacantSeats}`] : []),
    ...r.notes.map((n) => `Note: ${n}`),
    '',
  ].join('\n');
}

function rosterJson(r: Roster): unknown {
  return {
    body: r.body,
    date: r.date,
    seats: r.seats,
    complete: r.complete,
    unknownSeats: r.unknownSeats,
    vacantSeats: r.vacantSeats,
    members: r.members,
    suspended: r.suspended,
    notes: r.notes,
  };
}

// A plain check, not a zod enum: `council members` must start without loading zod.
const isBody = (s: string): s is Roster['body'] => (BODY_KINDS as readonly string[]).includes(s);

export const membersCommand: CommandModule = {
  async run(argv, io) {
    const { values } = parseOptions(argv, { date: { type: 'string' }, body: { type: 'string' }, json: { type: 'boolean' } });
    if (values.date === undefined) throw new UsageError('missing --date YYYY-MM-DD');
    if (values.body === undefined && values.date <= LAST_DAY) {
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
    }
    const body = values.body ?? 'security-council';
    if (!isBody(body)) throw new UsageError(`--body must be one of ${BODY_KINDS.join(', ')}, got ${JSON.stringify(values.body)}`);
    const roster = rosterOn(body, values.date);
    if (!roster.ok) throw new UsageError(roster.error.message);
    if (values.json) printJson(io, rosterJson(roster.value));
    else io.out(rosterTable(roster.value));
    return 0;
  },
};
