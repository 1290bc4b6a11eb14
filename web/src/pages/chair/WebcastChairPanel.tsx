/** Arria-formula meetings: no votes; the convener collects webcast consents and records the decision (spec R43). */
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';
import { WebcastBoard } from '../board/WebcastBoard.js';

export function WebcastChairPanel({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="arria-heading">
      <h2 id="arria-heading">{t('arria.heading')}</h2>
      <p className="help">{t('arria.note')}</p>
      {state.webcast.decision === null ? (
        <button type="button" onClick={() => void commands.send('decide-webcast')} disabled={commands.busy}>
          {t('arria.decide')}
        </button>
      ) : null}
      <WebcastBoard state={state} />
    </section>
  );
}
