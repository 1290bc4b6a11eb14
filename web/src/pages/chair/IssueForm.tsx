/**
 * The chair, acting as the Secretariat, issues a letter or a draft (spec R46-R50): the series
 * (from the letter's request, or typed for a draft), the symbol each would give next,
 * distribution, date and original language.
 */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { previewSymbol, type SessionState } from '../../session/view.js';

export interface IssueTarget {
  kind: 'communication' | 'draft';
  id: string;
  title: string;
  /** The series the request names, ticked at first; a draft's are typed. */
  series: string[];
}

export function IssueForm({
  state,
  target,
  commands,
  onDone,
}: {
  state: SessionState;
  target: IssueTarget;
  commands: Commands;
  onDone(): void;
}) {
  const { t } = useI18n();
  const prefix = `issue-${target.kind}-${target.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const [chosen, setChosen] = useState<string[]>(target.series);
  const [typed, setTyped] = useState(target.kind === 'draft' ? `S/${(state.scheduledDate ?? state.session!.date).slice(0, 4)}` : '');
  const [distribution, setDistribution] = useState<'' | 'general' | 'limited'>('');
  const [date, setDate] = useState(state.scheduledDate ?? state.session!.date);
  const [original, setOriginal] = useState('English');
  const series = target.kind === 'draft' ? typed.split(/[,\s]+/).filter(Boolean) : chosen;
  const toggle = (key: string, on: boolean) => setChosen(on ? [...chosen.filter((k) => k !== key), key] : chosen.filter((k) => k !== key));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const of =
      target.kind === 'communication' ? { kind: 'communication', communicationId: target.id } : { kind: 'draft', draftId: target.id };
    const payload: Record<string, unknown> = {
      documentId: `doc-${state.documents.issued.length + 1}`,
      of,
      series,
      date,
      original: original.trim() || 'English',
    };
    if (distribution) payload.distribution = distribution;
    void commands.send('issue-document', payload).then((r) => {
      if (r.ok) onDone();
    });
  };

  return (
    <form onSubmit={submit} className="stack subform" aria-label={t('issue.formLabel')}>
      {target.kind === 'communication' ? (
        <fieldset>
          <legend>{t('issue.series')}</legend>
          {target.series.map((key) => (
            <label key={key}>
              <input type="checkbox" checked={chosen.includes(key)} onChange={(e) => toggle(key, e.target.checked)} /> {key}
              <span className="help"> {t('issue.next', { symbol: previewSymbol(state, key) ?? '—' })}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <label htmlFor={`${prefix}-series`}>{t('issue.seriesTyped')}</label>
          <input id={`${prefix}-series`} value={typed} onChange={(e) => setTyped(e.target.value)} required />
          <span className="help">{series.map((key) => previewSymbol(state, key) ?? '—').join(', ')}</span>
        </>
      )}
      <label htmlFor={`${prefix}-distribution`}>{t('issue.distribution')}</label>
      <select id={`${prefix}-distribution`} value={distribution} onChange={(e) => setDistribution(e.target.value as typeof distribution)}>
        <option value="">{t('issue.distributionDefault')}</option>
        <option value="general">{t('documents.distribution.general')}</option>
        <option value="limited">{t('documents.distribution.limited')}</option>
      </select>
      <label htmlFor={`${prefix}-date`}>{t('issue.date')}</label>
      <input id={`${prefix}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      <label htmlFor={`${prefix}-original`}>{t('issue.original')}</label>
      <input id={`${prefix}-original`} value={original} onChange={(e) => setOriginal(e.target.value)} />
      <div className="row">
        <button type="submit" disabled={commands.busy || series.length === 0}>
          {t('issue.submit')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
