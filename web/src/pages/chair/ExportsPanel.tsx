/** The record (S/PV-style PDF, HTML, Markdown) and the votes (CSV, JSON), from src/records via the server. */
import type { MouseEvent } from 'react';
import { downloadExport, exportUrl } from '../../api/client.js';
import { useI18n } from '../../i18n/index.js';

const FORMATS = ['pdf', 'html', 'md', 'csv', 'json'] as const;

export function ExportsPanel({ sessionId, token, arria }: { sessionId: string; token: string | null; arria: boolean }) {
  const { t, lang } = useI18n();
  // A private meeting's exports need the chair's token, which a plain link cannot send: fetch them with it.
  const withToken = (format: (typeof FORMATS)[number]) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!token) return;
    event.preventDefault();
    void downloadExport(sessionId, format, token, lang);
  };
  return (
    <section className="card" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t('exports.heading')}</h2>
      {arria ? <p className="help">{t('exports.arriaNote')}</p> : null}
      <ul className="exports">
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={exportUrl(sessionId, format, lang)} download onClick={withToken(format)}>
              {t(`exports.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
