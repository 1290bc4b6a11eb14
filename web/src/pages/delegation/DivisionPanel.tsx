/**
 * A delegation asks from its phone that paragraphs be voted separately, and may object: in the
 * Council only the text's mover can, and that stops the division (Rule 32); in the Assembly bodies
 * any member can, and the motion for division is then voted (GA rule 89 [129]).
 */
import { DivisionRequestForm } from '../../components/DivisionRequestForm.js';
import { DivisionStatus } from '../../components/DivisionStatus.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { activeDivisions, divisibleTexts } from '../../session/division.js';
import type { SessionState } from '../../session/view.js';

export function DivisionPanel({ state, code, commands }: { state: SessionState; code: string; commands: Commands }) {
  const { t } = useI18n();
  const isMember = state.session?.members.some((m) => m.code === code) ?? false;
  const council = state.session?.body === 'security-council';
  const divisions = activeDivisions(state);
  if (!isMember || state.phase !== 'open' || (divisions.length === 0 && divisibleTexts(state).length === 0)) return null;
  return (
    <section className="card" aria-labelledby="division-phone-heading">
      <h2 id="division-phone-heading">{t('division.heading')}</h2>
      {divisions.map((d) => {
        const sponsors = state.drafts.find((x) => x.draftId === d.draftId)?.sponsors ?? [];
        const mayObject =
          (d.status === 'requested' || d.status === 'objected') && !d.objections.includes(code) && (!council || sponsors.includes(code));
        return (
          <DivisionStatus key={d.divisionId} state={state} division={d}>
            {mayObject ? (
              <button
                type="button"
                className="secondary"
                disabled={commands.busy || state.openVote !== null}
                onClick={() => void commands.send('object-to-division', { divisionId: d.divisionId })}
              >
                {t(council ? 'division.objectAsMover' : 'division.object')}
              </button>
            ) : null}
          </DivisionStatus>
        );
      })}
      {state.openVote === null ? <DivisionRequestForm state={state} commands={commands} /> : null}
    </section>
  );
}
