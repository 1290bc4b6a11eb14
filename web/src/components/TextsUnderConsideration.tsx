/** The pending texts with paragraphs, the one under vote first, its amended paragraph marked. */
import { textOfDivisionVote } from '../session/division.js';
import { DraftText } from './DraftText.js';
import type { SessionState } from '../session/view.js';

export function TextsUnderConsideration({ state }: { state: SessionState }) {
  const subject = state.openVote?.subject;
  const underVote = subject?.kind === 'draft' ? (state.drafts.find((d) => d.draftId === subject.draftId) ?? null) : null;
  const principalId = underVote?.amends ?? underVote?.draftId ?? textOfDivisionVote(state) ?? undefined;
  const texts = state.drafts.filter(
    (d) =>
      d.amends === undefined && (d.preambular?.length || d.operative?.length) && (d.status === 'submitted' || d.draftId === principalId),
  );
  if (texts.length === 0) return null;
  const ordered = [...texts.filter((d) => d.draftId === principalId), ...texts.filter((d) => d.draftId !== principalId)];
  return (
    <div className="texts">
      {ordered.map((d) => (
        <DraftText key={d.draftId} state={state} draft={d} underVote={underVote} />
      ))}
    </div>
  );
}
