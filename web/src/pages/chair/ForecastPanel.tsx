/**
 * Before calling a vote: how the members are likely to vote, from the analysis service
 * (`/api/forecast`, optional). Without the service the panel says so and nothing breaks.
 */
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useI18n } from '../../i18n/index.js';
import { nameOf, type SessionState } from '../../session/view.js';

interface Forecast {
  members: { code: string; p: { yes: number; no: number; abstain: number } }[];
  passProbability: number;
  expectedYes: number;
  swing: string[];
}

function readForecast(value: unknown): Forecast | null {
  if (!value || typeof value !== 'object') return null;
  const f = value as Partial<Forecast>;
  if (!Array.isArray(f.members) || typeof f.passProbability !== 'number' || typeof f.expectedYes !== 'number') return null;
  const members = f.members.filter((m) => m && typeof m.code === 'string' && m.p && typeof m.p.yes === 'number');
  return { members, passProbability: f.passProbability, expectedYes: f.expectedYes, swing: Array.isArray(f.swing) ? f.swing : [] };
}

const percent = (p: number) => `${Math.round(p * 100)} %`;

export function ForecastPanel({ state }: { state: SessionState }) {
  const { t, stateName, list } = useI18n();
  const [forecast, setForecast] = useState<Forecast | null>(null);
  const [status, setStatus] = useState<'idle' | 'loading' | 'unavailable'>('idle');
  const session = state.session!;
  const run = async (matter: 'procedural' | 'non-procedural') => {
    setStatus('loading');
    const params: Record<string, string> = { date: session.date, matter };
    const requesters = state.request?.requesters ?? [];
    if (requesters.length > 0) params.requestedBy = requesters.join(',');
    if (state.agenda.objections.length > 0) params.opposedBy = state.agenda.objections.join(',');
    const result = await api.forecast(params);
    const parsed = result.ok ? readForecast(result.value) : null;
    setForecast(parsed);
    setStatus(parsed ? 'idle' : 'unavailable');
  };
  const name = (code: string) => stateName(code, nameOf(state, code));
  return (
    <details className="forecast">
      <summary>{t('forecast.heading')}</summary>
      <div className="row">
        <button type="button" className="secondary" onClick={() => void run('procedural')}>
          {t('forecast.procedural')}
        </button>
        <button type="button" className="secondary" onClick={() => void run('non-procedural')}>
          {t('forecast.substantive')}
        </button>
      </div>
      <div aria-live="polite">
        {status === 'loading' ? <p>{t('common.loading')}</p> : null}
        {status === 'unavailable' ? <p className="help">{t('forecast.unavailable')}</p> : null}
        {forecast && status === 'idle' ? (
          <>
            <p>
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
          </>
        ) : null}
      </div>
    </details>
  );
}
