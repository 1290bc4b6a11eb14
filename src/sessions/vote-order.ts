/**
 * Which pending text may be put to the vote next. Drafts go in order of submission
 * (Rule 32; GA rule 91 [131]); amendments before the text they amend (Rule 33(6);
 * GA rule 90 [130]); among amendments, those adding or deleting text first, then the one
 * furthest removed in substance (Rule 36; spec R31, R58: the GA has no add/delete
 * exception). Ties keep submission order.
 * Ordering only: whether a vote passes is always the rules engine's call.
 */
import type { Draft } from './state.js';

const pending = (d: Draft) => d.status === 'submitted';

/** The amendments to `draftId` still to be voted, in the order they must be voted. */
export function amendmentOrder(drafts: readonly Draft[], draftId: string, body: 'security-council' | 'general-assembly' | 'ga-third-committee'): Draft[] {
  const rank = (a: Draft) => (body === 'security-council' && (a.change === 'add' || a.change === 'delete') ? 0 : 1);
  return drafts
    .filter((d) => pending(d) && d.amends === draftId)
    .sort((a, b) => rank(a) - rank(b) || (b.distance ?? 0) - (a.distance ?? 0) || a.seq - b.seq);
}

/** Null when `draft` may be voted now; otherwise what must be voted first. */
export function mustVoteFirst(drafts: readonly Draft[], draft: Draft, body: 'security-council' | 'general-assembly' | 'ga-third-committee'): Draft | null {
  if (draft.amends !== undefined) {
    const next = amendmentOrder(drafts, draft.amends, body)[0];
    return next && next.draftId !== draft.draftId ? next : null;
  }
  const amendment = amendmentOrder(drafts, draft.draftId, body)[0];
  if (amendment) return amendment;
  const earlier = drafts.find((d) => pending(d) && d.amends === undefined && d.seq < draft.seq);
  return earlier ?? null;
}
