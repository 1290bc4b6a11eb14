/** Division of a text as pages read it (Rule 32; GA rule 89 [129]): which divisions are live, which part is under vote. */
import { nextPart, type Part } from '../../../src/rules/index.js';
import type { SessionState } from './view.js';

export type Division = SessionState['divisions'][number];
export type { Part };

/** Divisions still before the meeting: asked, objected to, or being voted part by part. */
export function activeDivisions(state: SessionState): Division[] {
  return (state.divisions ?? []).filter((d) => d.status === 'requested' || d.status === 'objected' || d.status === 'agreed');
}

/** The part the rules put to the vote next, or null when every part is decided. */
export function nextPartOf(division: Division): Part | null {
  return nextPart(division.parts, division.results);
}

/** The text and paragraph under a separate vote now, if any. */
export function partUnderVote(state: SessionState): { draftId: string; part: Part } | null {
  const subject = state.openVote?.subject;
  if (subject?.kind !== 'part' || !subject.part) return null;
  const division = (state.divisions ?? []).find((d) => d.divisionId === subject.divisionId);
  return division ? { draftId: division.draftId, part: subject.part } : null;
}

/** The text a division vote (on the motion or a part) concerns, if the open vote is one. */
export function textOfDivisionVote(state: SessionState): string | null {
  const subject = state.openVote?.subject;
  if (subject?.kind !== 'part' && subject?.kind !== 'division') return null;
  return (state.divisions ?? []).find((d) => d.divisionId === subject.divisionId)?.draftId ?? null;
}

/** Texts whose paragraphs may be divided now: pending, with paragraphs, no live division. */
export function divisibleTexts(state: SessionState): SessionState['drafts'] {
  const live = new Set(activeDivisions(state).map((d) => d.draftId));
  return state.drafts.filter((d) => d.status === 'submitted' && !live.has(d.draftId) && (d.preambular?.length || d.operative?.length));
}
