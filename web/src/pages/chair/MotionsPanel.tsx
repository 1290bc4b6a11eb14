/**
 * Motions moved from the floor, in the order the body must decide them (Rule 33 for the
 * Council, GA rule 77 for the Assembly, then Model UN caucus motions when that practice is
 * on): the order comes from the rules engine (orderMotions), never from this page. The chair
 * puts the first to the vote; the engine decides it as a procedural question.
 */
import { orderMotions } from '../../../../src/rules/index.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { nameOf, type SessionState } from '../../session/view.js';

export function MotionsPanel({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t, stateName } = useI18n();
  const body = state.session?.body === 'security-council' ? 'security-council' : 'general-assembly';
  const pending = orderMotions(
    body,
    state.motions.filter((m) => m.status === 'pending').map((m) => ({ id: m.motionId, kind: m.motion, tabledAt: m.seq, motion: m, ...(m.totalSeconds ? { totalSeconds: m.totalSeconds } : {}) })),
  );
  if (pending.length === 0) return null;
  const put = (motionId: string, motion: string) =>
    void commands.send('open-vote', {
      voteId: `vote-${state.votes.length + 1}-${motionId}`,
      question: t('motions.question', { motion: t(`motions.kind.${motion}` as 'motions.kind.suspend') }),
      subject: { kind: 'motion', motion, motionId },
    });
  return (
    <section className="card" aria-labelledby="motions-heading">
      <h2 id="motions-heading">{t('motions.heading')}</h2>
      <p className="help">{t(body === 'security-council' ? 'motions.order' : 'motions.orderGa')}</p>
      <ol className="motions">
        {pending.map(({ motion: m }, i) => (
          <li key={m.motionId} className="row" data-testid="motion" data-motion={m.motion}>
            <span>
              {t('motions.moved', { motion: t(`motions.kind.${m.motion}` as 'motions.kind.suspend'), name: m.by === 'chair' ? t('motions.byChair') : stateName(m.by, nameOf(state, m.by)) })}
              {m.totalSeconds ? ` (${t('motions.times', { total: Math.round(m.totalSeconds / 60), speaking: m.speakingSeconds ?? '—' })})` : ''}
            </span>
            {i === 0 ? (
              <button type="button" onClick={() => put(m.motionId, m.motion)} disabled={commands.busy || state.openVote !== null}>
                {t('motions.put')}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
