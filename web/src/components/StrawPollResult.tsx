/** A straw poll's count so far, always labelled non-binding. */
import { useI18n } from '../i18n/index.js';
import type { SessionState } from '../session/view.js';

type Poll = SessionState['strawPolls'][number];

export function StrawPollResult({ poll }: { poll: Poll }) {
  const { t } = useI18n();
  const counts = poll.options.map((_, i) => Object.values(poll.answers).filter((a) => a === i).length);
  return (
    <div className="straw-poll" data-testid="straw-poll" data-status={poll.status}>
      <p className="straw-label">{t(poll.status === 'open' ? 'straw.labelOpen' : 'straw.labelClosed')}</p>
      <p className="question">{poll.question}</p>
      <ul className="plain straw-counts" data-testid="straw-counts">
        {poll.options.map((option, i) => (
          <li key={i}>
            {option}: <strong>{counts[i]}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
