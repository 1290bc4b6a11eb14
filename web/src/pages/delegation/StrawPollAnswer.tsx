/** Answer the open straw poll (non-binding; the answer may be changed until the chair closes it). */
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';
import { StrawPollResult } from '../../components/StrawPollResult.js';

export function StrawPollAnswer({ state, code, commands }: { state: SessionState; code: string; commands: Commands }) {
  const { t } = useI18n();
  const poll = state.strawPolls.find((p) => p.status === 'open') ?? null;
  if (!poll) {
    const last = state.strawPolls.at(-1);
    return last ? (
      <section className="card" aria-labelledby="straw-answer-heading">
        <h2 id="straw-answer-heading">{t('straw.heading')}</h2>
        <StrawPollResult poll={last} />
      </section>
    ) : null;
  }
  const mine = poll.answers[code];
  return (
    <section className="card" aria-labelledby="straw-answer-heading">
      <h2 id="straw-answer-heading">{t('straw.heading')}</h2>
      <p className="straw-label">{t('straw.labelOpen')}</p>
      <p className="question">{poll.question}</p>
      <div className="ballot-buttons">
        {poll.options.map((option, i) => (
          <button
            key={i}
            type="button"
            className="ballot-button"
            aria-pressed={mine === i}
            disabled={commands.busy}
            onClick={() => void commands.send('answer-straw-poll', { pollId: poll.pollId, option: i })}
          >
            {option}
          </button>
        ))}
      </div>
    </section>
  );
}
