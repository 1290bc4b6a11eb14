/**
 * Adoption of the agenda, the first item of every formal meeting (Rule 9): without a vote
 * when nobody objects, otherwise a procedural vote (spec R13).
 */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';

export function AgendaStep({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t } = useI18n();
  const session = state.session!;
  const [title, setTitle] = useState(session.item ?? session.title);
  const agenda = state.agenda;
  if (agenda.status === 'none') {
    const submit = (event: FormEvent) => {
      event.preventDefault();
      void commands.send('propose-agenda', { items: [{ title: title.trim() }] });
    };
    return (
      <form onSubmit={submit} className="stack subform" aria-labelledby="agenda-heading">
        <h3 id="agenda-heading">{t('flow.agendaHeading')}</h3>
        <label htmlFor="agenda-item">{t('flow.agendaItem')}</label>
        <input id="agenda-item" value={title} onChange={(e) => setTitle(e.target.value)} required />
        <button type="submit" disabled={commands.busy}>
          {t('flow.proposeAgenda')}
        </button>
      </form>
    );
  }
  const voteOnAgenda = () =>
    void commands.send('open-vote', {
      voteId: `agenda-${state.votes.length + 1}`,
      question: t('flow.agendaQuestion'),
      subject: { kind: 'agenda' },
      matter: 'procedural',
    });
  return (
    <div className="stack subform">
      <h3>{t('flow.agendaHeading')}</h3>
      <ul>
        {agenda.items.map((item, i) => (
          <li key={i}>{item.title}</li>
        ))}
      </ul>
      <p>{t(`agenda.${agenda.status}`)}</p>
      {agenda.status === 'proposed' && !state.openVote ? (
        <div className="row">
          <button type="button" disabled={commands.busy || agenda.objections.length > 0} onClick={() => void commands.send('adopt-agenda')}>
            {t('flow.adoptWithoutVote')}
          </button>
          <button type="button" className="secondary" disabled={commands.busy} onClick={voteOnAgenda}>
            {t('flow.agendaVote')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
