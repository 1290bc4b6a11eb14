/**
 * Model UN caucuses (practice: Model UN; src/rules/practice/caucus.ts), on the motions engine:
 * a caucus motion is moved like any other (move-motion), put to the vote in the order the
 * rules give, decided by the practice's majority, and once carried the caucus is session state
 * with the server's start time. The chair ends it (end-caucus); an extension motion adds time.
 * Under 'un' practice the rule refuses every caucus motion.
 */
import type { CommandOf } from '../../protocol/commands.js';
import {
  caucusFloor,
  caucusRemaining,
  checkCaucusMotion,
  decideCaucusMotion,
  isCaucusMotion,
  type CaucusError,
  type CaucusTerms,
} from '../../rules/practice/caucus.js';
import type { Result } from '../../rules/result.js';
import type { Ballot, Decision, StateCode } from '../../rules/types.js';
import type { EngineContext } from '../context.js';
import { event, type SessionEvent, type Stamp, type VoteSubject } from '../events.js';
import type { SessionState } from '../state.js';
import { clean, emit, first, refuse, requireChair, requireNoVote, stamp, type Handler } from './shared.js';

const nowMs = (ctx: EngineContext) => (ctx.now ?? Date.now)();
export const practiceOf = (state: SessionState) => state.session?.practice ?? 'un';

/** The rule's answer on a caucus motion being moved now: its checked terms, or the refusal. */
export function checkCaucusMove(state: SessionState, c: CommandOf<'move-motion'>): Result<CaucusTerms, CaucusError> {
  const terms: CaucusTerms = clean({
    totalSeconds: c.totalSeconds,
    speakingSeconds: c.speakingSeconds,
    seconds: c.seconds,
    topic: c.topic,
  });
  return checkCaucusMotion(practiceOf(state), c.motion as Parameters<typeof checkCaucusMotion>[1], terms, state.caucus);
}

export const isCaucusVote = (subject: VoteSubject): boolean => subject.kind === 'motion' && isCaucusMotion(subject.motion);

/** A caucus motion is decided by the practice's majority of members present (rule: decideCaucusMotion). */
export function decideCaucusVote(state: SessionState, ballots: Readonly<Record<StateCode, Ballot>>): Decision {
  const roll = state.roll ? Object.keys(state.roll.answers) : undefined;
  return decideCaucusMotion({ ballots, ...(roll ? { present: roll } : {}) });
}

/** What a carried caucus motion does: start the caucus, or extend the one under way. */
export function caucusConsequences(state: SessionState, at: Stamp, subject: VoteSubject, ctx: EngineContext): SessionEvent[] {
  if (subject.kind !== 'motion' || subject.motionId === undefined) return [];
  const moved = state.motions.find((m) => m.motionId === subject.motionId);
  if (!moved) return [];
  if (moved.motion === 'extend-caucus')
    return state.caucus ? [event('caucus-extended.v1', { ...at, motionId: moved.motionId, seconds: moved.seconds ?? 0 })] : [];
  return [
    event(
      'caucus-started.v1',
      clean({
        ...at,
        motionId: moved.motionId,
        kind: moved.motion === 'moderated-caucus' ? ('moderated' as const) : ('unmoderated' as const),
        totalSeconds: moved.totalSeconds ?? 0,
        speakingSeconds: moved.speakingSeconds,
        topic: moved.topic,
        startedAt: new Date(nowMs(ctx)).toISOString(),
      }),
    ),
  ];
}

/** A caucus motion is voted as moved, with its times: the chair cannot put one directly. */
export function caucusNeedsMotionId(subject: VoteSubject): boolean {
  return subject.kind === 'motion' && isCaucusMotion(subject.motion) && subject.motionId === undefined;
}

/** The speaking time the floor is given for in a moderated caucus, or the rule's refusal; null outside a caucus. */
export function caucusSpeakingTime(
  state: SessionState,
  seconds: number | undefined,
  ctx: EngineContext,
): Result<number, CaucusError> | null {
  return state.caucus ? caucusFloor(state.caucus, nowMs(ctx), seconds) : null;
}

export const endCaucus: Handler<'end-caucus'> = (state, c, ctx) => {
  const denied = first(requireChair(c, 'end a caucus', 'practice: Model UN'), requireNoVote(state, 'end a caucus'));
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  const caucus = state.caucus;
  if (!caucus) return refuse('no-caucus', 'no caucus is under way', 'practice: Model UN');
  const elapsed = Math.max(0, Math.round(caucus.totalSeconds - caucusRemaining(caucus, nowMs(ctx))));
  // A pending extension has nothing left to extend.
  const lapsed = state.motions
    .filter((m) => m.status === 'pending' && m.motion === 'extend-caucus')
    .map((m) => event('motion-decided.v1', { ...stamp(c), motionId: m.motionId, status: 'lapsed' as const }));
  return emit(event('caucus-ended.v1', { ...stamp(c), elapsedSeconds: elapsed }), ...lapsed);
};
