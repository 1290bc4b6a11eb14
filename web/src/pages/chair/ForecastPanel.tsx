/**
 * Before calling a vote: how the members are likely to vote, from the analysis service
 * (`/api/forecast`, optional). On the Council the chair names who asks for the question and
 * who opposes it (prefilled from the request and the objections); in the General Assembly
 * the chair picks the resolution series and the majority, and gets the whip count of every
 * Member. Without the service, the panel says so and nothing else changes.
 */
import { ScrollBox } from '../../components/ScrollBox.js';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { ApiError } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { MemberPicker } from '../../components/MemberPicker.js';
import { useI18n } from '../../i18n/index.js';
import { isAssembly, members, nameOf, type Matter, type SessionState } from '../../session/view.js';

/** The GA resolution series the service knows (src/analysis/ga/series.ts). */
const SERIES = [
  'dprk-human-rights',
  'myanmar-human-rights',
  'iran-human-rights',
  'syria-human-rights',
  'crimea-human-rights',
  'ukraine-territorial-integrity',
  'cuba-embargo',
  'palestine-self-determination',
] as const;

interface Forecast {
  members: { code: string; basis?: string; p: { yes: number; no: number; abstain: number } }[];
  passProbability: number;
  expectedYes: number;
  required?: number;
  swing: string[];
  /** GA answers: expected counts. */
  expected?: { yes: number; no: number; abstain: number };
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
    ...(f.expected && typeof f.expected.yes === 'number' && typeof f.expected.no === 'number' && typeof f.expected.abstain === 'number'
      ? { expected: f.expected }
      : {}),
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
  const assembly = isAssembly(state);
  const [series, setSeries] = useState<string>(SERIES[0]);
  const [majority, setMajority] = useState<'simple' | 'two-thirds'>('simple');

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const params: Record<string, string> = assembly
      ? {
          date: session.date,
          body: session.body === 'general-assembly' ? 'general-assembly' : 'ga-main-committee',
          series,
          ...(session.body === 'general-assembly' ? { majority } : {}),
        }
      : { date: session.date, matter, requestedBy: requestedBy.join(',') };
    if (!assembly && opposedBy.length > 0) params.opposedBy = opposedBy.join(',');
    if (!assembly && /^[A-Za-z]{3}$/.test(subject.trim())) params.subject = subject.trim().toUpperCase();
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
        {assembly ? (
          <>
            <label htmlFor="fc-series">{t('forecast.series')}</label>
            <select id="fc-series" value={series} onChange={(e) => setSeries(e.target.value)}>
              {SERIES.map((k) => (
                <option key={k} value={k}>
                  {t(`forecast.series.${k}`)}
                </option>
              ))}
            </select>
            {session.body === 'general-assembly' ? (
              <fieldset className="inline">
                <legend>{t('forecast.majority')}</legend>
                {(['simple', 'two-thirds'] as const).map((m) => (
                  <label className="check" key={m}>
                    <input type="radio" name="fc-majority" checked={majority === m} onChange={() => setMajority(m)} />
                    {t(`forecast.majority.${m}`)}
                  </label>
                ))}
              </fieldset>
            ) : null}
          </>
        ) : (
          <>
            <MemberPicker
              legend={t('forecast.requestedBy')}
              members={members(state)}
              chosen={requestedBy}
              onChange={setRequestedBy}
              idPrefix="fc-req"
            />
            <MemberPicker
              legend={t('forecast.opposedBy')}
              members={members(state)}
              chosen={opposedBy}
              onChange={setOpposedBy}
              idPrefix="fc-opp"
            />
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
          </>
        )}
        <button type="submit" className="secondary" disabled={busy || (!assembly && requestedBy.length === 0)}>
          {t('forecast.run')}
        </button>
      </form>
      <div aria-live="polite">
        {busy ? <p>{t('common.loading')}</p> : null}
        {error?.code === 'forecast-unavailable' ? <p className="help">{t('forecast.unavailable')}</p> : <ErrorMessage error={error} />}
        {forecast && !busy ? (
          <>
            <p data-testid="forecast-summary">
              {forecast.expected
                ? t('forecast.gaSummary', {
                    pass: percent(forecast.passProbability),
                    yes: forecast.expected.yes.toFixed(0),
                    no: forecast.expected.no.toFixed(0),
                    abstain: forecast.expected.abstain.toFixed(0),
                  })
                : t('forecast.summary', { pass: percent(forecast.passProbability), yes: forecast.expectedYes.toFixed(1) })}
            </p>
            {forecast.swing.length > 0 ? <p>{t('forecast.swing', { names: list(forecast.swing.slice(0, 4).map(name)) })}</p> : null}
            <ScrollBox label={t('forecast.caption')}>
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
            </ScrollBox>
            <p className="help">{t(forecast.expected ? 'forecast.gaNote' : 'forecast.councilNote')}</p>
          </>
        ) : null}
      </div>
    </details>
  );
}
