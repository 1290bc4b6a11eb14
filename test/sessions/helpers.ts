/** Shared test scaffolding: a 2014 Council, a context, and a way to run command lists. */
import { parseCommand, type CommandInput } from '../../src/protocol/commands.js';
import { handle } from '../../src/sessions/handle.js';
import { engineContext } from '../../src/sessions/default-context.js';
import type { CommandError } from '../../src/protocol/errors.js';
import type { SessionEvent } from '../../src/sessions/events.js';
import { initialState, reduce, type SessionState } from '../../src/sessions/reducer.js';
import { seats } from '../../src/sessions/fixtures/script.js';

export const ctx = engineContext();
export const COUNCIL_2014 = ['ARG', 'AUS', 'TCD', 'CHL', 'CHN', 'FRA', 'JOR', 'LTU', 'LUX', 'NGA', 'KOR', 'RUS', 'RWA', 'GBR', 'USA'];
export const members2014 = seats(COUNCIL_2014, '2014-12-22');

let n = 0;
export const chair = (type: string, payload: Record<string, unknown> = {}): CommandInput =>
  ({ id: `t${++n}`, actor: { role: 'chair' }, type, ...payload }) as CommandInput;
export const by = (code: string, type: string, payload: Record<string, unknown> = {}): CommandInput =>
  ({ id: `t${++n}`, actor: { role: 'delegation', code }, type, ...payload }) as CommandInput;

export function create(
  format: 'public' | 'private' | 'consultations' | 'arria' = 'public',
  extra: Record<string, unknown> = {},
): CommandInput {
  return chair('create-session', {
    sessionId: 's1',
    body: 'security-council',
    format,
    date: '2014-12-22',
    title: 'Test meeting',
    members: members2014,
    president: 'TCD',
    ...extra,
  });
}

/** Apply one command; returns the new state and events, or the refusal. */
export function step(state: SessionState, input: CommandInput): { state: SessionState; events: SessionEvent[]; error?: CommandError } {
  const parsed = parseCommand(input);
  const decided = parsed.ok ? handle(state, parsed.value, ctx) : parsed;
  if (!decided.ok) return { state, events: [], error: decided.error };
  let next = state;
  for (const e of decided.value) next = reduce(next, e);
  return { state: next, events: decided.value };
}

/** Apply commands that must all succeed. */
export function run(inputs: CommandInput[], from: SessionState = initialState): SessionState {
  let state = from;
  for (const input of inputs) {
    const r = step(state, input);
    if (r.error) throw new Error(`${input.type} refused: ${r.error.code}: ${r.error.message}`);
    state = r.state;
  }
  return state;
}

/** An open 2014 meeting with an adopted agenda. */
export function openMeeting(format: 'public' | 'private' = 'public'): SessionState {
  return run([create(format), chair('open-meeting'), chair('propose-agenda', { items: [{ title: 'Item' }] }), chair('adopt-agenda')]);
}

export function ballotsFor(yes: string[], no: string[] = []): Record<string, string> {
  return Object.fromEntries(COUNCIL_2014.map((c) => [c, yes.includes(c) ? 'yes' : no.includes(c) ? 'no' : 'abstain']));
}
