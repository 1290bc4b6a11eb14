/**
 * The life of a meeting, one step at a time: a request under Rule 2 or 3 and its whip
 * count, scheduling, opening, the provisional agenda (adopted without a vote, or put to a
 * procedural vote on an objection, R13), invitations under Rules 37 and 39, and the end.
 */
import { useState, type FormEvent } from 'react';
import { MemberPicker } from '../../components/MemberPicker.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { members, nameOf, type SessionState } from '../../session/view.js';
import { InvitationsForm } from './InvitationsForm.js';

export function MeetingFlowPanel({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t, stateName, list } = useI18n();
  const session = state.session!;
  const arria = session.format === 'arria';
  const formal = session.format === 'public' || session.format === 'private';
  const phase = state.phase;
  const before = phase === 'pending' || phase === 'scheduled';
  const names = (codes: string[]) => list(codes.map((c) => stateName(c, nameOf(state, c))));
  return (
    <section className="card" aria-labelledby="flow-heading">
      <h2 id="flow-heading">{t('flow.heading')}</h2>
      {phase === 'pending' && !arria ? <RequestStep state={state} commands={commands} /> : null}
      {before ? (
        <div className="row">
          <button type="button" onClick={() => void commands.send('open-meeting')} disabled={commands.busy}>
            {t('flow.open')}
          </button>
        </div>
      ) : null}
      {phase === 'open' && formal ? (
        <>
          <AgendaStep state={state} commands={commands} />
          {state.agenda.status === 'proposed' && state.agenda.objections.length > 0 ? (
            <p className="notice">{t('flow.objectionsBy', { names: names(state.agenda.objections) })}</p>
          ) : null}
          <InvitationsForm state={state} commands={commands} />
        </>
      ) : null}
      {phase === 'withdrawn' ? <p>{t('flow.withdrawn')}</p> : null}
      <div className="row">
        {phase === 'open' ? (
          <button type="button" className="secondary" onClick={() => void commands.send('suspend-meeting')} disabled={commands.busy}>
            {t('flow.suspend')}
          </button>
        ) : null}
        {phase === 'suspended' ? (
          <button type="button" onClick={() => void commands.send('resume-meeting')} disabled={commands.busy}>
            {t('flow.resume')}
          </button>
        ) : null}
        {phase === 'open' || phase === 'suspended' ? (
          <>
            <button type="button" className="secondary" onClick={() => void commands.send('adjourn-meeting')} disabled={commands.busy}>
              {t('flow.adjourn')}
            </button>
            <button type="button" className="secondary" onClick={() => void commands.send('close-meeting')} disabled={commands.busy}>
              {t('flow.close')}
            </button>
          </>
        ) : null}
      </div>
    </section>
  );
}

function RequestStep({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t } = useI18n();
  const seats = members(state);
  const [requesters, setRequesters] = useState<string[]>([]);
  const [supporters, setSupporters] = useState<string[]>([]);
  const [symbol, setSymbol] = useState('');
  const [date, setDate] = useState(state.session?.date ?? '');
  const request = state.request;
  const lastCount = state.whipCounts[state.whipCounts.length - 1];

  const submitRequest = (event: FormEvent) => {
    event.preventDefault();
    void commands.send('request-meeting', { basis: 'rule-2', requesters, letter: { symbol: symbol.trim() } });
  };
  if (!request) {
    return (
      <form onSubmit={submitRequest} className="stack subform" aria-labelledby="request-heading">
        <h3 id="request-heading">{t('flow.requestHeading')}</h3>
        <MemberPicker legend={t('flow.requesters')} members={seats} chosen={requesters} onChange={setRequesters} idPrefix="req" />
        <label htmlFor="letter-symbol">{t('flow.letterSymbol')}</label>
        <input id="letter-symbol" value={symbol} onChange={(e) => setSymbol(e.target.value)} placeholder="S/2017/1024" required />
        <button type="submit" disabled={commands.busy || requesters.length === 0}>
          {t('flow.recordRequest')}
        </button>
      </form>
    );
  }
  return (
    <div className="stack subform">
      <h3>{t('flow.requestHeading')}</h3>
      <p>{t('flow.requestBy', { count: request.requesters.length, symbol: request.letter?.symbol ?? '—' })}</p>
      <MemberPicker legend={t('flow.supporters')} members={seats} chosen={supporters} onChange={setSupporters} idPrefix="sup" />
      <div className="row">
        <button type="button" className="secondary" disabled={commands.busy} onClick={() => void commands.send('count-support', { supporters })}>
          {t('flow.countSupport')}
        </button>
        <button type="button" className="secondary" disabled={commands.busy} onClick={() => void commands.send('withdraw-request')}>
          {t('flow.withdraw')}
        </button>
      </div>
      {lastCount ? (
        <p role="status">
          {t(lastCount.winnable ? 'flow.winnable' : 'flow.notWinnable', { count: lastCount.count, required: lastCount.required })}
        </p>
      ) : null}
      {state.phase === 'pending' ? (
        <div className="row">
          <label htmlFor="schedule-date">{t('flow.scheduleDate')}</label>
          <input id="schedule-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          <button type="button" className="secondary" disabled={commands.busy || !date} onClick={() => void commands.send('schedule-meeting', { date })}>
            {t('flow.schedule')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function AgendaStep({ state, commands }: { state: SessionState; commands: Commands }) {
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
