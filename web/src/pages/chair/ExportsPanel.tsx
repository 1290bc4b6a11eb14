/** The record (S/PV-style PDF, HTML, Markdown) and the votes (CSV, JSON), from src/records via the server. */
import { exportUrl } from '../../api/client.js';
import { useI18n } from '../../i18n/index.js';

const FORMATS = ['pdf', 'html', 'md', 'csv', 'json'] as const;

export function ExportsPanel({ sessionId, arria }: { sessionId: string; token: string | null; arria: boolean }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t('exports.heading')}</h2>
      {arria ? <p className="help">{t('exports.arriaNote')}</p> : null}
      <ul className="exports">
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={exportUrl(sessionId, format)} download>
              {t(`exports.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
