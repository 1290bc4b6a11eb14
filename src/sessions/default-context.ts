/** The engine wired to the real rules engine and data layer: what the CLI and server use. */
import type { EngineContext } from './context.js';
import { membersOn, presidentOn } from './data-adapter.js';
import { decideVote, type RulesOptions } from './rules-adapter.js';

export function engineContext(options: RulesOptions = {}): EngineContext {
  return { decideVote: (q) => decideVote(q, options), membersOn, presidentOn, now: () => Date.now() };
}

export const defaultContext: EngineContext = engineContext();
