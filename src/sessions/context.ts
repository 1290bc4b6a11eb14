/**
 * What the engine needs from outside a session to handle a command: the rules engine (it
 * never counts votes itself) and the Council's history (who sat when). Injected, so the
 * handlers stay pure and tests can pin every answer.
 */
import type { Result, RuleError } from '../rules/result.js';
import type { CommandErrorCode } from '../protocol/errors.js';
import type { Ballot, Decision, IsoDate, StateCode, Tally } from '../rules/types.js';
import type { Majority, Matter, Member, SessionBody } from './events.js';

export interface VoteQuestion {
  body: SessionBody;
  date: IsoDate;
  members: readonly Member[];
  matter: Matter;
  majority?: Majority;
  /** Per-member ballots; members not listed are absent (spec R18). */
  ballots?: Readonly<Record<StateCode, Ballot>>;
  /** GA recorded votes known only by their totals. */
  tally?: Tally;
}

export interface EngineContext {
  /** The rules engine's decision on a vote, with its explanation. */
  decideVote(question: VoteQuestion): Result<Decision, RuleError<CommandErrorCode>>;
  /** The body's members on a date (data layer), or null when unknown. */
  membersOn(body: SessionBody, date: IsoDate): Member[] | null;
  /** The President of the Security Council on a date (Rule 18), or null when unknown. */
  presidentOn(date: IsoDate): StateCode | null;
  /** The server's clock (ms since the epoch) for facts stamped with it (the floor's start); default Date.now. */
  now?(): number;
}
