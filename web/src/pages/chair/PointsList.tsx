/** Points of order (Rule 30) and requests for the right of reply raised from phones: the chair hears or dismisses each. */
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { nameOf, type SessionState } from '../../session/view.js';

export function PointsList({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t, stateName } = useI18n();
  const pending = state.points.filter((p) => p.status === 'pending');
  if (pending.length === 0) return null;
  return (
    <div className="subform" role="region" aria-label={t('points.heading')}>
      <h3>{t('points.heading')}</h3>
      <ul className="plain">
        {pending.map((p) => {
          const who = stateName(p.by, nameOf(state, p.by));
          return (
            <li key={p.pointId} className="row" data-testid="point">
              <strong>{t(p.kind === 'order' ? 'points.order' : 'points.reply', { name: who })}</strong>
              <button
                type="button"
                onClick={() => void commands.send('resolve-point', { pointId: p.pointId, outcome: 'heard' })}
                disabled={commands.busy}
              >
                {t('points.heard')}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => void commands.send('resolve-point', { pointId: p.pointId, outcome: 'dismissed' })}
                disabled={commands.busy}
              >
                {t('points.dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
