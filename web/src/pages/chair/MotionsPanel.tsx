/**
 * Motions moved from the floor, in the order the body must decide them (Rule 33 for the
 * Council, GA rule 77 [119] for the Assembly, its committees and the HRC): the order comes from
 * the rules engine (orderMotions), never from this page. The chair puts the first to the vote;
 * the engine decides it as a procedural question.
 */
import { isCaucusMotion, orderMotions } from '../../../../src/rules/index.js';
import { caucusTerms } from '../../components/CaucusClock.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { nameOf, type SessionState } from '../../session/view.js';

export function MotionsPanel({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t, stateName } = useI18n();
  const council = state.session?.body === 'security-council';
  const pending = orderMotions(
    council,
    state.motions
      .filter((m) => m.status === 'pending')
      .map((m) => ({
        id: m.motionId,
        kind: m.motion,
        tabledAt: m.seq,
        totalSeconds: m.totalSeconds,
        speakingSeconds: m.speakingSeconds,
        motion: m,
      })),
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
      <p className="help">{t(council ? 'motions.order' : 'motions.orderGa')}</p>
      {state.session?.practice === 'mun' ? <p className="help">{t('caucus.order')}</p> : null}
      <ol className="motions">
        {pending.map(({ motion: m }, i) => (
          <li key={m.motionId} className="row" data-testid="motion" data-motion={m.motion}>
            <span>
              {t('motions.moved', {
                motion: t(`motions.kind.${m.motion}` as 'motions.kind.suspend'),
                name: m.by === 'chair' ? t('motions.byChair') : stateName(m.by, nameOf(state, m.by)),
              })}
              {isCaucusMotion(m.motion) ? ` (${caucusTerms(t, m)})` : ''}
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
