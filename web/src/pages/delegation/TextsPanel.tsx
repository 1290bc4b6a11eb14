/** The texts before the meeting on the phone: the paragraph under vote marked; sign on as a co-sponsor. */
import { textOfDivisionVote } from '../../session/division.js';
import { DraftText } from '../../components/DraftText.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';

export function TextsPanel({ state, code, commands }: { state: SessionState; code: string; commands: Commands }) {
  const { t } = useI18n();
  const subject = state.openVote?.subject;
  const underVote = subject?.kind === 'draft' ? (state.drafts.find((d) => d.draftId === subject.draftId) ?? null) : null;
  const principalId = underVote?.amends ?? underVote?.draftId ?? textOfDivisionVote(state) ?? undefined;
  const texts = state.drafts.filter(
    (d) =>
      d.amends === undefined && (d.preambular?.length || d.operative?.length) && (d.status === 'submitted' || d.draftId === principalId),
  );
  if (texts.length === 0) return null;
  const ordered = [...texts.filter((d) => d.draftId === principalId), ...texts.filter((d) => d.draftId !== principalId)];
  const isMember = state.session?.members.some((m) => m.code === code) ?? false;
  return (
    <section className="card" aria-labelledby="texts-heading">
      <h2 id="texts-heading">{t('draftText.heading')}</h2>
      {ordered.map((d) => {
        const signed = d.sponsors.includes(code) || (d.cosponsors ?? []).includes(code);
        return (
          <div key={d.draftId}>
            <DraftText state={state} draft={d} underVote={underVote} />
            {d.status === 'submitted' && isMember ? (
              <button
                type="button"
                className="secondary"
                disabled={signed || commands.busy || state.openVote !== null}
                onClick={() => void commands.send('cosponsor-draft', { draftId: d.draftId })}
              >
                {signed ? t('draftText.signed') : t('draftText.cosponsor', { text: d.symbol ?? d.title })}
              </button>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
