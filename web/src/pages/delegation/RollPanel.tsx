/**
 * Answering the roll from the phone (GA rules 67, 108): "present" or "present and voting" (which
 * bars abstaining, by Model UN practice). Observers are told they speak but do not vote.
 */
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';

export function RollPanel({ state, code, commands }: { state: SessionState; code: string; commands: Commands }) {
  const { t } = useI18n();
  const observer = state.session?.observers?.some((o) => o.code === code) ?? false;
  if (observer)
    return (
      <p className="notice" data-testid="observer-note">
        {t('observer.note')}
      </p>
    );
  if (!state.roll) return null;
  const mine = state.roll.answers[code];
  const answer = (attendance: 'present' | 'present-and-voting') => void commands.send('answer-roll', { attendance });
  return (
    <section className="card" aria-labelledby="roll-answer-heading">
      <h2 id="roll-answer-heading">{t('roll.heading')}</h2>
      <div className="ballot-buttons" role="group" aria-labelledby="roll-answer-heading">
        <button
          type="button"
          className="ballot-button"
          aria-pressed={mine === 'present'}
          disabled={commands.busy}
          onClick={() => answer('present')}
          data-roll="present"
        >
          {t('roll.present')}
        </button>
        <button
          type="button"
          className="ballot-button"
          aria-pressed={mine === 'present-and-voting'}
          disabled={commands.busy}
          onClick={() => answer('present-and-voting')}
          data-roll="present-and-voting"
        >
          {t('roll.presentAndVoting')}
        </button>
      </div>
      {mine ? (
        <p role="status">{t('roll.answered', { answer: t(mine === 'present' ? 'roll.present' : 'roll.presentAndVoting') })}</p>
      ) : null}
    </section>
  );
}
