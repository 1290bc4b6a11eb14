/**
 * The console's "Documents": letters and drafts awaiting issue, each with its "Issue" action;
 * where each series' numbering stands (and setting it, so a replay matches the real record);
 * and the documents issued, by organ.
 */
import { useState, type FormEvent } from 'react';
import { DocumentsList } from '../../components/DocumentsList.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { nameOf, requestedSeries, type SessionState } from '../../session/view.js';
import { IssueForm, type IssueTarget } from './IssueForm.js';

function CounterForm({ commands }: { commands: Commands }) {
  const { t } = useI18n();
  const [series, setSeries] = useState('');
  const [next, setNext] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void commands.send('set-symbol-counter', { series: series.trim(), next: Number(next) }).then((r) => {
      if (r.ok) setNext('');
    });
  };
  return (
    <form onSubmit={submit} className="row" aria-label={t('counters.formLabel')}>
      <label htmlFor="counter-series">{t('counters.series')}</label>
      <input id="counter-series" value={series} onChange={(e) => setSeries(e.target.value)} placeholder="S/2014" required size={10} />
      <label htmlFor="counter-next">{t('counters.next')}</label>
      <input
        id="counter-next"
        type="number"
        min={1}
        value={next}
        onChange={(e) => setNext(e.target.value)}
        required
        style={{ width: '6rem' }}
      />
      <button type="submit" className="secondary" disabled={commands.busy}>
        {t('counters.set')}
      </button>
    </form>
  );
}

interface Props {
  sessionId: string;
  state: SessionState;
  token: string | null;
  commands: Commands;
}

export function DocumentsChairPanel({ sessionId, state, token, commands }: Props) {
  const { t } = useI18n();
  const [issuing, setIssuing] = useState<string | null>(null);
  const issuedDrafts = new Set(state.documents.issued.flatMap((d) => (d.of.kind === 'draft' ? [d.of.draftId] : [])));
  const targets: IssueTarget[] = [
    ...state.documents.communications
      .filter((c) => c.issuedAs === null)
      .map((c) => ({
        kind: 'communication' as const,
        id: c.communicationId,
        title: c.title,
        series: requestedSeries(state, c),
        from: c.from,
      })),
    ...state.drafts
      .filter((d) => !issuedDrafts.has(d.draftId) && d.status === 'submitted')
      .map((d) => ({ kind: 'draft' as const, id: d.draftId, title: d.title, series: [] })),
  ];
  const counters = Object.entries(state.documents.counters);
  return (
    <section className="card" aria-labelledby="chair-documents-heading" data-testid="chair-documents">
      <h2 id="chair-documents-heading">{t('documents.heading')}</h2>
      {targets.length ? <h3>{t('issue.awaiting')}</h3> : null}
      <ul className="documents">
        {targets.map((target) => {
          const key = `${target.kind}:${target.id}`;
          const from = 'from' in target ? nameOf(state, String(target.from)) : null;
          const titleId = `awaiting-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
          return (
            <li key={key} data-awaiting={key}>
              <span className="document-title" id={titleId}>
                {target.title}
              </span>
              <span className="help">
                {from ? t('issue.from', { name: from }) : t('issue.draft')}
                {target.series.length ? ` · ${t('issue.asks', { series: target.series.join(' + ') })}` : ''}
              </span>
              {issuing === key ? (
                <IssueForm state={state} target={target} commands={commands} onDone={() => setIssuing(null)} />
              ) : (
                <button type="button" onClick={() => setIssuing(key)} aria-describedby={titleId}>
                  {t('issue.open')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <h3>{t('counters.heading')}</h3>
      {counters.length ? (
        <ul className="help">
          {counters.map(([series, next]) => (
            <li key={series}>{t('counters.line', { series, next: String(next) })}</li>
          ))}
        </ul>
      ) : (
        <p className="help">{t('counters.none')}</p>
      )}
      <CounterForm commands={commands} />
      <h3>{t('documents.issued')}</h3>
      <DocumentsList sessionId={sessionId} state={state} token={token} />
    </section>
  );
}
