/**
 * Which pending text may be put to the vote next, as the rules engine orders them: drafts
 * in order of submission (Rule 32; spec R30), amendments before the text they amend, in the
 * Council adding/deleting amendments first then the furthest removed (Rules 33(6), 36;
 * R31), in the GA the furthest removed first (GA rule 90 [130]; R58). Ordering only.
 */
import { orderGaAmendments } from '../rules/general-assembly/amendments.js';
import { orderDrafts, orderScAmendments } from '../rules/security-council/amendments.js';
import type { SessionBody } from './events.js';
import type { Draft } from './state.js';

const pending = (d: Draft) => d.status === 'submitted';

/** The amendments to `draftId` still to be voted, in the order they must be voted. */
export function amendmentOrder(drafts: readonly Draft[], draftId: string, body: SessionBody): Draft[] {
  const amendments = drafts.filter((d) => pending(d) && d.amends === draftId);
  const shaped = amendments.map((d) => ({
    id: d.draftId,
    kind: d.change ?? ('revise' as const),
    submittedAt: d.seq,
    distance: d.distance ?? 0,
    draft: d,
  }));
  if (body !== 'security-council') return orderGaAmendments(shaped).map((a) => a.draft);
  const ordered = orderScAmendments(shaped);
  return ordered.ok ? ordered.value.map((a) => a.draft) : amendments;
}

/** Null when `draft` may be voted now; otherwise what must be voted first. */
export function mustVoteFirst(drafts: readonly Draft[], draft: Draft, body: SessionBody): Draft | null {
  if (draft.amends !== undefined) {
    const next = amendmentOrder(drafts, draft.amends, body)[0];
    return next && next.draftId !== draft.draftId ? next : null;
  }
  const amendment = amendmentOrder(drafts, draft.draftId, body)[0];
  if (amendment) return amendment;
  const principal = orderDrafts(drafts.filter((d) => pending(d) && d.amends === undefined).map((d) => ({ submittedAt: d.seq, draft: d })));
  const first = principal[0]?.draft;
  return first && first.draftId !== draft.draftId ? first : null;
}
