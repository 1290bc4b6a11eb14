/**
 * The General Assembly alignment map (/api/alignment): a window of years and an issue,
 * the server's SVG map inline, and the same positions as a table for screen readers and
 * anyone who prefers numbers. A server without the GA data answers 503: we say so plainly.
 */
import { ScrollBox } from '../../components/ScrollBox.js';
import { useEffect, useState, type FormEvent } from 'react';
import { ISSUE_KEYS } from '../../../../src/protocol/words.js';
import { api } from '../../api/client.js';
import type { ApiError } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useI18n, type MessageKey } from '../../i18n/index.js';
import { readAlignment, type AlignmentMap } from './readers.js';

const GROUP_KEYS: Record<string, MessageKey> = {
  African: 'analysis.group.african',
  'Asia-Pacific': 'analysis.group.asia-pacific',
  'Eastern European': 'analysis.group.eastern-european',
  'Latin American and Caribbean': 'analysis.group.latin-american',
  'Western European and Others': 'analysis.group.western',
};

const issueKey = (issue: string) => `analysis.issue.${issue}` as MessageKey;

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'map'; map: AlignmentMap }
  | { kind: 'no-data' }
  | { kind: 'error'; error: ApiError };

export function AlignmentSection() {
  const { t, stateName, lang } = useI18n();
  const [from, setFrom] = useState('2014');
  const [to, setTo] = useState('2018');
  const [issue, setIssue] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const draw = async () => {
    setStatus({ kind: 'busy' });
    const params: Record<string, string> = { from: from.trim(), to: to.trim() };
    if (issue) params.issue = issue;
    const result = await api.alignment(params);
    if (!result.ok) {
      setStatus(result.error.status === 503 || result.error.status === 404 ? { kind: 'no-data' } : { kind: 'error', error: result.error });
      return;
    }
    const map = readAlignment(result.value);
    setStatus(map ? { kind: 'map', map } : { kind: 'error', error: { code: 'error', message: '', status: 200 } });
  };
  useEffect(() => {
    void draw();
    // Draw the default window once on arrival; later maps are drawn on request.
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void draw();
  };
  const groupName = (group: string | null) => t(group && GROUP_KEYS[group] ? GROUP_KEYS[group] : 'analysis.group.none');

  return (
    <section className="card" aria-labelledby="map-heading">
      <h2 id="map-heading">{t('analysis.mapHeading')}</h2>
      <p className="help">{t('analysis.mapHelp')}</p>
      <form onSubmit={submit} className="row analysis-form">
        <div className="field">
          <label htmlFor="align-from">{t('analysis.from')}</label>
          <input
            id="align-from"
            type="number"
            inputMode="numeric"
            min={1946}
            max={2100}
            required
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="align-to">{t('analysis.to')}</label>
          <input
            id="align-to"
            type="number"
            inputMode="numeric"
            min={1946}
            max={2100}
            required
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="align-issue">{t('analysis.issue')}</label>
          <select id="align-issue" value={issue} onChange={(e) => setIssue(e.target.value)}>
            <option value="">{t('analysis.issue.all')}</option>
            {ISSUE_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(issueKey(key))}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={status.kind === 'busy'}>
          {t('analysis.draw')}
        </button>
      </form>
      <div aria-live="polite">
        {status.kind === 'busy' ? <p>{t('common.loading')}</p> : null}
        {status.kind === 'no-data' ? (
          <p className="notice" data-testid="alignment-unavailable">
            {t('analysis.noData')}
          </p>
        ) : null}
        <ErrorMessage error={status.kind === 'error' ? status.error : null} />
        {status.kind === 'map' && status.map.pastDataEnd ? (
          <p className="notice" data-testid="data-end-notice">
            {t('analysis.pastDataEnd', { end: status.map.dataEnd ?? '—', to: status.map.to })}
          </p>
        ) : null}
        {status.kind === 'map' ? (
          <p data-testid="map-summary">
            {t('analysis.mapSummary', {
              states: status.map.points.length,
              rollCalls: status.map.rollCalls,
              explained:
                status.map.explained === null ? '—' : new Intl.NumberFormat(lang, { style: 'percent' }).format(status.map.explained),
            })}
          </p>
        ) : null}
      </div>
      {status.kind === 'map' ? (
        <>
          <figure className="alignment-map">
            {/* The server's own SVG (escaped text, role="img" with a title): drawn once, in one place. */}
            <ScrollBox label={t('analysis.mapHeading')}>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is generated by our own server, every text in it escaped (src/analysis/alignment/svg.ts) */}
              <div dangerouslySetInnerHTML={{ __html: status.map.svg }} />
            </ScrollBox>
            <figcaption className="help">
              {t('analysis.mapLabel', {
                from: status.map.from,
                to: status.map.to,
                issue: t(status.map.issue ? issueKey(status.map.issue) : 'analysis.issue.all'),
              })}
              . {t('analysis.mapEnglish')}
            </figcaption>
          </figure>
          <details>
            <summary>{t('analysis.tableToggle')}</summary>
            <ScrollBox label={t('analysis.tableCaption')}>
              <table className="vote-table" data-testid="map-table">
                <caption>{t('analysis.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('analysis.state')}</th>
                    <th scope="col">{t('analysis.group')}</th>
                    <th scope="col">{t('analysis.dim1')}</th>
                    <th scope="col">{t('analysis.dim2')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...status.map.points]
                    .sort((a, b) => b.x - a.x)
                    .map((p) => (
                      <tr key={p.code}>
                        <th scope="row">
                          {stateName(p.code, p.name)} ({p.code})
                        </th>
                        <td>{groupName(p.group)}</td>
                        <td>{p.x.toFixed(3)}</td>
                        <td>{p.y.toFixed(3)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </ScrollBox>
          </details>
        </>
      ) : null}
    </section>
  );
}
