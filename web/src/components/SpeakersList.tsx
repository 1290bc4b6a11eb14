/** Who asked for the floor, in order; the current delegation is marked. */
import { useI18n } from '../i18n/index.js';
import { nameOf, type SessionState } from '../session/view.js';

export function SpeakersList({ state, highlight }: { state: SessionState; highlight?: string }) {
  const { t, stateName } = useI18n();
  if (state.speakers.length === 0) return <p className="help">{t('speakers.empty')}</p>;
  return (
    <ol className="speakers" aria-label={t('speakers.listLabel')}>
      {state.speakers.map((speaker) => (
        <li key={speaker} className={speaker === highlight ? 'me' : undefined} aria-current={speaker === highlight ? 'true' : undefined}>
          {stateName(speaker, nameOf(state, speaker))}
        </li>
      ))}
    </ol>
  );
}
