/**
 * The chair's side of a division (Rule 32; GA rule 89 [129]): take it as agreed when nobody (in
 * the Council: not the mover) objects, put the motion for division to the vote after an objection
 * (Assembly bodies), then each part in the order of the text. The engine decides and refuses with the rule.
 */
import { DivisionRequestForm } from '../../components/DivisionRequestForm.js';
import { DivisionStatus, usePartLabel } from '../../components/DivisionStatus.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { activeDivisions, nextPartOf } from '../../session/division.js';
import type { SessionState } from '../../session/view.js';

export function DivisionPanel({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t } = useI18n();
  const label = usePartLabel();
  const divisions = activeDivisions(state);
  const council = state.session?.body === 'security-council';
  const idle = state.phase === 'open' && state.openVote === null && !commands.busy;
  const voteId = () => `vote-${state.votes.length + 1}`;
  return (
    <div className="stack">
      {divisions.length > 0 ? <h3 id="division-chair-heading">{t('division.heading')}</h3> : null}
      {divisions.map((d) => {
        const next = nextPartOf(d);
        const draft = state.drafts.find((x) => x.draftId === d.draftId);
        const text = draft?.symbol ?? draft?.title ?? d.draftId;
        return (
          <DivisionStatus key={d.divisionId} state={state} division={d}>
            <div className="row">
              {d.status === 'requested' || (d.status === 'objected' && council) ? (
                <button type="button" disabled={!idle} onClick={() => void commands.send('agree-division', { divisionId: d.divisionId })}>
                  {t('division.agree')}
                </button>
              ) : null}
              {d.status === 'objected' && !council ? (
                <button
                  type="button"
                  disabled={!idle}
                  onClick={() =>
                    void commands.send('open-vote', {
                      voteId: voteId(),
                      question: t('division.motionQuestion', { text }),
                      subject: { kind: 'division', divisionId: d.divisionId },
                    })
                  }
                >
                  {t('division.voteMotion')}
                </button>
              ) : null}
              {d.status === 'agreed' && next ? (
                <button
                  type="button"
                  disabled={!idle}
                  onClick={() =>
                    void commands.send('open-vote', {
                      voteId: voteId(),
                      question: t('division.partQuestion', { part: label(next), text }),
                      subject: { kind: 'part', divisionId: d.divisionId, part: next },
                    })
                  }
                >
                  {t('division.votePart', { part: label(next) })}
                </button>
              ) : null}
            </div>
          </DivisionStatus>
        );
      })}
      {state.openVote === null ? <DivisionRequestForm state={state} commands={commands} onBehalf /> : null}
    </div>
  );
}
