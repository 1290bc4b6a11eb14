import { rule18Order, type RotationMember } from '../presidency.js';

/**
 * Rule 20 (spec R7; T25): a President directly connected with a question may decide, at its
 * own discretion, not to preside over it; the chair passes for that question only to the next
 * member in English alphabetical order, the same test applying to each in turn. The monthly
 * rotation and the President's vote are unaffected. Returns undefined only if every member is
 * connected.
 */
export function chairFor<M extends RotationMember>(
  president: M,
  members: readonly M[],
  question: { presidentStandsAside: boolean; connected: readonly string[] },
): M | undefined {
  if (!question.presidentStandsAside) return president;
  const ordered = rule18Order(members);
  const start = ordered.findIndex((m) => m.code === president.code);
  const connected = new Set(question.connected);
  for (let k = 1; k < ordered.length; k++) {
    const m = ordered[(start + k) % ordered.length]!;
    if (!connected.has(m.code)) return m;
  }
  return undefined;
}
