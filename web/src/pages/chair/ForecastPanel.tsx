/**
 * Before calling a vote: how the members are likely to vote, from the analysis service
 * (`/api/forecast`, optional). The chair names who asks for the question and who opposes
 * it (prefilled from the request and the objections). Without the service, the panel says
 * so and nothing else changes.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { ApiError } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { MemberPicker } from '../../components/MemberPicker.js';
import { useI18n } from '../../i18n/index.js';
import { members, nameOf, type Matter, type SessionState } from '../../session/view.js';

interface Forecast {
  members: { code: string; basis?: string; p: { yes: number; no: number; abstain: number } }[];
  passProbability: number;
  expectedYes: number;
  required?: number;
  swing: string[];
}

function readForecast(value: unknown): Forecast | null {
  if (!value || typeof value !== 'object') return null;
  const f = value as Partial<Forecast>;
  if (!Array.isArray(f.members) || typeof f.passProbability !== 'number' || typeof f.expectedYes !== 'number') return null;
  const list = f.members.filter((m) => m && typeof m.code === 'string' && m.p && typeof m.p.yes === 'number');
  return {
    members: list,
    passProbability: f.passProbability,
    expectedYes: f.expectedYes,
    ...(typeof f.required === 'number' ? { required: f.required } : {}),
    swing: Array.isArray(f.swing) ? f.swing : [],
  };
}

const percent = (p: number) => `${Math.round(p * 100)} %`;

export function ForecastPanel({ state }: { state: SessionState }) {
  const { t, stateName, list } = useI18n();
  const session = state.session!;
  const [requestedBy, setRequestedBy] = useState<string[]>(() => state.request?.requesters ?? []);
  const [opposedBy, setOpposedBy] = useState<string[]>(() => state.agenda.objections);
  const [matter, setMatter] = useState<Matter>('procedural');
  const [subject, setSubject] = useState('');
  const [forecast, setForecast] = useState<Forecast | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const params: Record<string, string> = { date: session.date, matter, requestedBy: requestedBy.join(',') };
    if (opposedBy.length > 0) params.opposedBy = opposedBy.join(',');
    if (/^[A-Za-z]{3}$/.test(subject.trim())) params.subject = subject.trim().toUpperCase();
    const result = await api.forecast(params);
    setBusy(false);
    const parsed = result.ok ? readForecast(result.value) : null;
    setForecast(parsed);
    // A server without the analysis module answers 404: say "unavailable", not an error.
    setError(result.ok ? null : result.error.status === 404 ? { code: 'forecast-unavailable', message: '', status: 404 } : result.error);
  };
  const name = (code: string) => stateName(code, nameOf(state, code));
  return (
    <details className="forecast">
      <summary>{t('forecast.heading')}</summary>
      <form onSubmit={run} className="stack">
        <MemberPicker legend={t('forecast.requestedBy')} members={members(state)} chosen={requestedBy} onChange={setRequestedBy} idPrefix="fc-req" />
        <MemberPicker legend={t('forecast.opposedBy')} members={members(state)} chosen={opposedBy} onChange={setOpposedBy} idPrefix="fc-opp" />
        <fieldset className="inline">
          <legend>{t('vote.matter')}</legend>
          <label className="check">
            <input type="radio" name="fc-matter" checked={matter === 'procedural'} onChange={() => setMatter('procedural')} />
            {t('matter.procedural')}
          </label>
          <label className="check">
            <input type="radio" name="fc-matter" checked={matter === 'non-procedural'} onChange={() => setMatter('non-procedural')} />
            {t('matter.nonProcedural')}
          </label>
        </fieldset>
        <label htmlFor="fc-subject">{t('forecast.subject')}</label>
        <input id="fc-subject" value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={3} placeholder="PRK" />
        <button type="submit" className="secondary" disabled={busy || requestedBy.length === 0}>
          {t('forecast.run')}
        </button>
      </form>
      <div aria-live="polite">
        {busy ? <p>{t('common.loading')}</p> : null}
        {error?.code === 'forecast-unavailable' ? <p className="help">{t('forecast.unavailable')}</p> : <ErrorMessage error={error} />}
        {forecast && !busy ? (
          <>
            <p data-testid="forecast-summary">
              {t('forecast.summary', { pass: percent(forecast.passProbability), yes: forecast.expectedYes.toFixed(1) })}
            </p>
            {forecast.swing.length > 0 ? <p>{t('forecast.swing', { names: list(forecast.swing.slice(0, 4).map(name)) })}</p> : null}
            <table className="vote-table">
              <caption>{t('forecast.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('board.member')}</th>
                  <th scope="col">{t('ballot.yes')}</th>
                  <th scope="col">{t('ballot.no')}</th>
                  <th scope="col">{t('ballot.abstain')}</th>
                </tr>
              </thead>
              <tbody>
                {forecast.members.map((m) => (
                  <tr key={m.code}>
                    <th scope="row">{name(m.code)}</th>
                    <td>{percent(m.p.yes)}</td>
                    <td>{percent(m.p.no)}</td>
                    <td>{percent(m.p.abstain)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="help">{t('forecast.note')}</p>
          </>
        ) : null}
      </div>
    </details>
  );
}
