/** Ask for the floor, and see who is waiting to speak. */
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';
import { SpeakersList } from '../../components/SpeakersList.js';

export function FloorPanel({ state, code, commands }: { state: SessionState; code: string; commands: Commands }) {
  const { t } = useI18n();
  const waiting = state.speakers.includes(code);
  const open = state.phase === 'open' || state.phase === 'pending' || state.phase === 'scheduled';
  return (
    <section className="card" aria-labelledby="floor-heading">
      <h2 id="floor-heading">{t('speakers.heading')}</h2>
      <button type="button" disabled={waiting || commands.busy || !open} onClick={() => void commands.send('request-floor')}>
        {waiting ? t('delegation.onList') : t('delegation.askFloor')}
      </button>
      <SpeakersList state={state} highlight={code} />
    </section>
  );
}
