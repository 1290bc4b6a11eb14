/** Straw polls: non-binding soundings, labelled as such, never recorded as decisions. */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';
import { StrawPollResult } from '../../components/StrawPollResult.js';

export function StrawPollPanel({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t } = useI18n();
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState('');
  const open = state.strawPolls.find((p) => p.status === 'open');
  const last = state.strawPolls.at(-1);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = options
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    void commands
      .send('open-straw-poll', {
        pollId: `poll-${state.strawPolls.length + 1}`,
        question: question.trim(),
        options: list.length >= 2 ? list : [t('ballot.yes'), t('ballot.no')],
      })
      .then((r) => r.ok && setQuestion(''));
  };
  return (
    <section className="card" aria-labelledby="straw-heading">
      <h2 id="straw-heading">{t('straw.heading')}</h2>
      <p className="help">{t('straw.help')}</p>
      {open ? (
        <>
          <StrawPollResult poll={open} />
          <button type="button" onClick={() => void commands.send('close-straw-poll', { pollId: open.pollId })} disabled={commands.busy}>
            {t('straw.close')}
          </button>
        </>
      ) : (
        <>
          {last ? <StrawPollResult poll={last} /> : null}
          <form className="stack subform" onSubmit={submit}>
            <label htmlFor="straw-question">{t('straw.question')}</label>
            <input id="straw-question" value={question} onChange={(e) => setQuestion(e.target.value)} required maxLength={2000} />
            <label htmlFor="straw-options">{t('straw.options')}</label>
            <input
              id="straw-options"
              value={options}
              onChange={(e) => setOptions(e.target.value)}
              placeholder={`${t('ballot.yes')}, ${t('ballot.no')}`}
            />
            <button type="submit" disabled={commands.busy || state.phase !== 'open' || state.openVote !== null}>
              {t('straw.open')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
