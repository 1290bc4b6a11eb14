/** Arria-formula meetings: each member says whether it agrees to a UN webcast (spec R43). */
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';

export function WebcastPanel({ state, code, commands }: { state: SessionState; code: string; commands: Commands }) {
  const { t } = useI18n();
  const mine = state.webcast.consents[code];
  const decided = state.webcast.decision !== null;
  return (
    <section className="card" aria-labelledby="webcast-heading">
      <h2 id="webcast-heading">{t('webcast.heading')}</h2>
      <p>{t('webcast.question')}</p>
      <div className="ballot-buttons" role="group" aria-label={t('webcast.heading')}>
        <button
          type="button"
          className="ballot-button b-yes"
          aria-pressed={mine === true}
          disabled={decided || commands.busy}
          onClick={() => void commands.send('consent-webcast', { consent: true })}
        >
          <span aria-hidden="true">✓</span> {t('webcast.consent')}
        </button>
        <button
          type="button"
          className="ballot-button b-no"
          aria-pressed={mine === false}
          disabled={decided || commands.busy}
          onClick={() => void commands.send('consent-webcast', { consent: false })}
        >
          <span aria-hidden="true">✗</span> {t('webcast.object')}
        </button>
      </div>
      <p role="status">{mine === undefined ? t('webcast.notAnswered') : mine ? t('webcast.youConsent') : t('webcast.youObject')}</p>
    </section>
  );
}
