/**
 * Division of a proposal: parts of a text voted separately, in every body the live app serves.
 *  - Security Council, provisional Rule 32 (second sentence): parts of a motion or of a draft
 *    resolution are voted on separately at the request of any representative, unless the original
 *    mover objects (spec R30). A part keeps the class of the whole (procedural or not), so the veto
 *    applies to a part of a non-procedural draft (spec R30, R19).
 *  - General Assembly rule 89 (committees: rule 129; the HRC applies the committee rules): any
 *    representative may move division of a proposal or of an amendment; if objection is made the
 *    motion for division is voted upon (two speakers for, two against); the parts approved are then
 *    put to the vote as a whole; if all operative parts are rejected, the proposal is rejected as a
 *    whole (spec R58). A part needs the proposal's own majority (GA rule 84 in plenary; rule 125 in
 *    committee).
 */
import { err, ok, type Result, type RuleError } from '../result.js';
import type { BodyKind } from '../types.js';
import { BODY_PROFILES } from './profile.js';

/** What this module refuses: a closed list (src/rules/errors.ts collects it). */
export const DIVISION_ERRORS = [
  'no-such-part',
  'duplicate-part',
  'amendments-first',
  'division-pending',
  'not-the-mover',
  'division-needs-vote',
  'division-not-voted',
] as const;
export type DivisionError = RuleError<(typeof DIVISION_ERRORS)[number]>;

export interface Part {
  part: 'preambular' | 'operative';
  index: number;
}

export interface PartResult {
  part: Part;
  retained: boolean;
}

/** The rule that governs division in `body` (Rule 32; GA rule 89; GA rule 129, also for the HRC). */
export function divisionRule(body: BodyKind): string {
  return BODY_PROFILES[body].features.division ?? 'GA rule 89';
}

const isSc = (body: BodyKind) => body === 'security-council';
const key = (p: Part) => `${p.part}:${p.index}`;

/** Parts in the order of the text: preambular paragraphs first, then operative, each by number. */
export function orderParts(parts: readonly Part[]): Part[] {
  return [...parts].sort((a, b) => (a.part === b.part ? a.index - b.index : a.part === 'preambular' ? -1 : 1));
}

/**
 * May parts of this text be voted separately now (Rule 32; GA rule 89 [129])? The parts must be
 * paragraphs of the text, each named once. Amendments to the text are voted before it (Rule 33(6),
 * Rule 36; GA rule 90 [130]), and the parts are named on the text as it stands after them, so a
 * division waits until they are decided. One division of a text at a time.
 */
export function checkDivisionRequest(
  body: BodyKind,
  input: { preambular: number; operative: number; parts: readonly Part[]; pendingAmendments: number; divisionPending: boolean },
): Result<{ parts: Part[]; rule: string }, DivisionError> {
  const rule = divisionRule(body);
  if (input.divisionPending)
    return err({ code: 'division-pending', message: 'a division of this text is already before the meeting', rule });
  if (input.pendingAmendments > 0) {
    return err({
      code: 'amendments-first',
      message: 'amendments to this text are voted before it; ask for division of the text as amended',
      rule: BODY_PROFILES[body].amendmentOrder,
    });
  }
  if (input.parts.length === 0) return err({ code: 'no-such-part', message: 'name at least one paragraph to vote separately', rule });
  const seen = new Set<string>();
  for (const p of input.parts) {
    const count = p.part === 'preambular' ? input.preambular : input.operative;
    if (p.index < 0 || p.index >= count) {
      return err({ code: 'no-such-part', message: `the text has ${count} ${p.part} paragraph${count === 1 ? '' : 's'}`, rule });
    }
    if (seen.has(key(p))) return err({ code: 'duplicate-part', message: `${p.part} paragraph ${p.index + 1} is named twice`, rule });
    seen.add(key(p));
  }
  return ok({ parts: orderParts(input.parts), rule });
}

/**
 * What an objection to the division does. Council (Rule 32): only the original mover's objection
 * counts, and it blocks the division; anyone else's is refused. Assembly, committees, HRC (GA rule
 * 89 [129]): any member's objection sends the motion for division to a vote.
 */
export function judgeDivisionObjection(
  body: BodyKind,
  input: { objector: string; movers: readonly string[] },
): Result<{ effect: 'blocks' | 'vote'; rule: string }, DivisionError> {
  const rule = divisionRule(body);
  if (!isSc(body)) return ok({ effect: 'vote', rule });
  if (input.movers.includes(input.objector)) return ok({ effect: 'blocks', rule });
  return err({ code: 'not-the-mover', message: 'only the original mover of the text may object to its division', rule });
}

/**
 * May the chair take the division as agreed without a vote? In the Council, yes unless the mover
 * objected (which already blocked it; Rule 32). In the Assembly bodies, only if nobody objected:
 * an objection means the motion for division is voted upon (GA rule 89 [129]).
 */
export function agreeDivisionWithoutVote(body: BodyKind, input: { objections: number }): Result<{ rule: string }, DivisionError> {
  const rule = divisionRule(body);
  if (!isSc(body) && input.objections > 0) {
    return err({ code: 'division-needs-vote', message: 'objection was made: the motion for division is put to the vote', rule });
  }
  return ok({ rule });
}

/**
 * The question on a motion for division (GA rule 89 [129]): procedural, decided by a majority of
 * the members present and voting (GA rules 85, 125), after at most two speakers for and two against.
 * The Council never votes on it: the mover's objection decides (Rule 32).
 */
export function divisionMotionQuestion(
  body: BodyKind,
): Result<{ matter: 'procedural'; majority: 'simple'; rule: string; speakers: { for: number; against: number } }, DivisionError> {
  const rule = divisionRule(body);
  if (isSc(body))
    return err({ code: 'division-not-voted', message: 'the Council does not vote on a division: only the mover may stop it', rule });
  return ok({ matter: 'procedural', majority: 'simple', rule, speakers: { for: 2, against: 2 } });
}

/**
 * A part voted separately is decided like the proposal itself: the same class in the Council
 * (spec R30: a paragraph of a non-procedural draft is non-procedural, the veto applies); the
 * proposal's majority in the Assembly (GA rule 84: two thirds for a part of an important question)
 * and a simple majority in committee and the HRC (GA rule 125).
 */
export function partQuestion<M extends string, J extends string>(
  body: BodyKind,
  proposal: { matter: M; majority?: J },
): { matter: M; majority?: J; rule: string } {
  const rule = isSc(body) ? 'Rule 32; spec R30' : body === 'general-assembly' ? 'GA rules 84, 89' : divisionRule(body);
  return proposal.majority === undefined
    ? { matter: proposal.matter, rule }
    : { matter: proposal.matter, majority: proposal.majority, rule };
}

/** The next part to vote on, in the order of the text; null when every part has been decided. */
export function nextPart(parts: readonly Part[], decided: readonly PartResult[]): Part | null {
  const done = new Set(decided.map((r) => key(r.part)));
  return orderParts(parts).find((p) => !done.has(key(p))) ?? null;
}

/**
 * The text left after the separate votes: rejected parts drop out, the rest is put to the vote as
 * a whole. In the Assembly bodies, if every operative paragraph was voted separately and rejected,
 * the proposal is rejected as a whole with no further vote (GA rule 89 [129]). Rule 32 has no such
 * clause: in the Council what is left is always put to the vote.
 */
export function textAfterDivision(
  body: BodyKind,
  text: { preambular: readonly string[]; operative: readonly string[] },
  results: readonly PartResult[],
): { preambular: string[]; operative: string[]; outcome: 'vote-as-whole' | 'rejected-as-whole'; rule: string } {
  const rejected = new Set(results.filter((r) => !r.retained).map((r) => key(r.part)));
  const preambular = text.preambular.filter((_, i) => !rejected.has(`preambular:${i}`));
  const operative = text.operative.filter((_, i) => !rejected.has(`operative:${i}`));
  const rule = divisionRule(body);
  const allOperativeRejected = text.operative.length > 0 && operative.length === 0;
  if (!isSc(body) && allOperativeRejected) return { preambular, operative, outcome: 'rejected-as-whole', rule };
  return { preambular, operative, outcome: 'vote-as-whole', rule };
}
