/**
 * Exact voting power of the Council's seats (/api/power): today's Council in the binary
 * and the abstention-aware model, and the Council of 1946–1965, each labelled with its model.
 */
import { ScrollBox } from '../../components/ScrollBox.js';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import { useI18n, type MessageKey } from '../../i18n/index.js';
import { readCouncilPower, type PowerRow, type Share } from './readers.js';

const BODIES = ['sc', 'sc-abstention', 'sc-1945'] as const;
type CouncilBody = (typeof BODIES)[number];

const show = (s: Share) => `${s.exact} (${s.value.toFixed(4)})`;

export function PowerTables() {
  const { t } = useI18n();
  const [tables, setTables] = useState<Partial<Record<CouncilBody, PowerRow[] | 'failed'>>>({});
  useEffect(() => {
    let live = true;
    for (const body of BODIES) {
      void api.power(body).then((result) => {
        const rows = result.ok ? readCouncilPower(result.value) : null;
        if (live) setTables((prev) => ({ ...prev, [body]: rows ?? 'failed' }));
      });
    }
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="card" aria-labelledby="power-heading">
      <h2 id="power-heading">{t('analysis.powerHeading')}</h2>
      <p className="help">{t('analysis.powerHelp')}</p>
      {BODIES.map((body) => {
        const rows = tables[body];
        if (rows === undefined) return <p key={body}>{t('common.loading')}</p>;
        if (rows === 'failed')
          return (
            <p key={body} className="error">
              {t('analysis.powerUnavailable')}
            </p>
          );
        return (
          <ScrollBox key={body} label={t(`analysis.power.${body}` as MessageKey)}>
            <table className="vote-table power-table" data-testid={`power-${body}`}>
              <caption>{t(`analysis.power.${body}` as MessageKey)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('analysis.memberClass')}</th>
                  <th scope="col">{t('analysis.count')}</th>
                  <th scope="col">{t('analysis.shapley')}</th>
                  <th scope="col">{t('analysis.banzhaf')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.seat}>
                    <th scope="row">{t(r.seat === 'permanent' ? 'analysis.permanent' : 'analysis.elected')}</th>
                    <td>{r.count}</td>
                    <td>{show(r.shapleyShubik)}</td>
                    <td>{show(r.banzhafNormalized)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        );
      })}
    </section>
  );
}
