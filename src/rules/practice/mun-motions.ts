/**
 * Model UN practice motions — not in any UN rules of procedure, so a labelled practice set,
 * enabled only in a session created with practice 'mun': a moderated caucus (a total time and
 * a speaking time), an unmoderated caucus (a total time), and extending the caucus under way.
 * Their precedence follows common MUN practice [P]: the more disruptive first — an unmoderated
 * caucus before a moderated one, then extensions; between two caucuses of the same kind, the
 * longer first. They rank after the body's own procedural motions (Rule 33; GA rule 77).
 */
import { err, ok, type Result, type RuleError } from '../result.js';
import type { Practice } from './floor.js';

export type MunMotion = 'unmoderated-caucus' | 'moderated-caucus' | 'extend-caucus';
export const MUN_MOTION_ORDER: readonly MunMotion[] = ['unmoderated-caucus', 'moderated-caucus', 'extend-caucus'];

export const MUN_MOTION_ERRORS = ['practice-not-enabled', 'invalid-caucus'] as const;
export type MunMotionError = RuleError<(typeof MUN_MOTION_ERRORS)[number]>;

export function isMunMotion(kind: string): kind is MunMotion {
  return (MUN_MOTION_ORDER as readonly string[]).includes(kind);
}

/** May this MUN motion be moved, with these times, under the session's practice? */
export function checkMunMotion(practice: Practice, kind: MunMotion, totalSeconds?: number, speakingSeconds?: number): Result<true, MunMotionError> {
  if (practice !== 'mun') {
    return err({ code: 'practice-not-enabled', message: `a motion for a ${kind.replace('-', ' ')} is Model UN practice, not in the UN rules of procedure`, rule: 'practice: MUN motions' });
  }
  if (totalSeconds === undefined) return err({ code: 'invalid-caucus', message: 'a caucus needs its total time', rule: 'practice: MUN motions' });
  if (kind === 'moderated-caucus' && (speakingSeconds === undefined || speakingSeconds > totalSeconds)) {
    return err({ code: 'invalid-caucus', message: 'a moderated caucus needs a speaking time no longer than its total time', rule: 'practice: MUN motions' });
  }
  return ok(true);
}

/** Order of MUN motions among themselves (practice [P]): by kind, then the longer caucus first, then tabling order. */
export function orderMunMotions<T extends { kind: MunMotion; tabledAt: number; totalSeconds?: number }>(pending: readonly T[]): T[] {
  return [...pending].sort(
    (a, b) => MUN_MOTION_ORDER.indexOf(a.kind) - MUN_MOTION_ORDER.indexOf(b.kind) || (b.totalSeconds ?? 0) - (a.totalSeconds ?? 0) || a.tabledAt - b.tabledAt,
  );
}
