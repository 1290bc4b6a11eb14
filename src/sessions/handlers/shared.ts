/**
 * Guards shared by the handlers: who may act (authorization lives in the engine, not the
 * server) and in which phase. Each returns a CommandError or null.
 */
import { err, ok, type Result } from '../../rules/result.js';
import type { CommandOf, CommandType } from '../../protocol/commands.js';
import type { EngineContext } from '../context.js';
import { commandError, type CommandError } from '../../protocol/errors.js';
import type { SessionEvent, Stamp } from '../events.js';
import { isMember, type SessionState } from '../state.js';

export type Outcome = Result<SessionEvent[], CommandError>;
export type Handler<T extends CommandType> = (state: SessionState, command: CommandOf<T>, ctx: EngineContext) => Outcome;

type AnyCommand = CommandOf<CommandType>;

export const refuse = (code: CommandError['code'], message: string, rule?: string): Outcome => err(commandError(code, message, rule));
/** A rule's refusal, carried as the rule gave it: its own code, message and citation. */
export const refusedByRule = (error: { code: CommandError['code']; message: string; rule?: string }): Outcome =>
  err(commandError(error.code, error.message, error.rule));
export const emit = (...events: SessionEvent[]): Outcome => ok(events);
/** Nothing to do (a repeated objection, the same ballot again): accepted, no event. */
export const nothing = (): Outcome => ok([]);

/** The meeting clock and source of a command, without undefined keys (events are JSON). */
export function stamp(command: AnyCommand): Stamp {
  const s: Stamp = {};
  if (command.time !== undefined) s.time = command.time;
  if (command.source !== undefined) s.source = command.source;
  return s;
}

/** Drop undefined fields so an event survives a JSON round trip unchanged. */
export function clean<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** The chair (President, presiding officer, Arria convener) or the system acting for it. */
export function isChair(command: AnyCommand): boolean {
  return command.actor.role === 'chair' || command.actor.role === 'system';
}

export function requireChair(command: AnyCommand, what: string, rule = 'Rule 19'): CommandError | null {
  return isChair(command) ? null : commandError('not-chair', `only the chair may ${what}`, rule);
}

export function actingState(command: AnyCommand): string | null {
  return command.actor.role === 'delegation' ? command.actor.code : null;
}

/** A delegation acting as a voting member of the body (R18: invitees cannot vote or object, R38). */
export function requireMemberDelegation(state: SessionState, command: AnyCommand, what: string): CommandError | null {
  const code = actingState(command);
  if (code === null) return commandError('not-your-ballot', `only a delegation may ${what}, for itself`);
  if (!isMember(state, code)) return commandError('not-a-council-member', `${code} is not a member and may not ${what}`, 'spec R38');
  return null;
}

export function requireOpen(state: SessionState, what: string): CommandError | null {
  if (state.phase === 'open') return null;
  return commandError(
    'wrong-phase',
    `cannot ${what}: the meeting is ${state.phase === 'pending' || state.phase === 'scheduled' ? 'not open yet' : state.phase}`,
  );
}

/** Outside a vote only: once voting begins nothing interrupts it (R27, R57). */
export function requireNoVote(state: SessionState, what: string): CommandError | null {
  return state.openVote ? commandError('vote-in-progress', `cannot ${what} while a vote is being taken`, 'spec R27') : null;
}

export function first(...checks: (CommandError | null)[]): CommandError | null {
  for (const c of checks) if (c) return c;
  return null;
}

export const isSecurityCouncil = (state: SessionState) => state.session?.body === 'security-council';
