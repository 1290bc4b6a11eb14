/** The documents the session issued, by organ (a joint A/–S/ document is listed under both, spec R49), with links to print them. */
import type { MouseEvent } from 'react';
import { documentUrl, openDocument } from '../api/client.js';
import { useI18n } from '../i18n/index.js';
import { participantsOnly, type SessionState } from '../session/view.js';

type Issued = SessionState['documents']['issued'][number];
const ORGANS = ['security-council', 'general-assembly'] as const;

function titleOf(state: SessionState, d: Issued): string {
  const of = d.of;
  if (of.kind === 'communication')
    return state.documents.communications.find((c) => c.communicationId === of.communicationId)?.title ?? d.documentId;
  return state.drafts.find((x) => x.draftId === of.draftId)?.title ?? d.documentId;
}

export function DocumentsList({ sessionId, state, token }: { sessionId: string; state: SessionState; token: string | null }) {
  const { t } = useI18n();
  // A closed meeting's documents need the reader's token, which a plain link cannot send.
  const closed = participantsOnly(state);
  const withToken = (documentId: string, format: 'html' | 'pdf') => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!closed || !token) return;
    event.preventDefault();
    void openDocument(sessionId, documentId, format, token);
  };
  const issued = state.documents.issued;
  if (issued.length === 0) return <p className="help">{t('documents.none')}</p>;
  return (
    <>
      {ORGANS.map((organ) => {
        const docs = issued.filter((d) => d.organs.some((o) => o.organ === organ));
        if (docs.length === 0) return null;
        return (
          <div key={organ} className="documents-organ">
            <h3>{t(`documents.organ.${organ}`)}</h3>
            <ul className="documents" data-testid={`documents-${organ}`}>
              {docs.map((d) => (
                <li key={d.documentId} data-document={d.documentId}>
                  <strong className="document-symbol">{d.symbol}</strong>
                  <span className="document-title">{titleOf(state, d)}</span>
                  <span className="help">
                    {t(`documents.distribution.${d.distribution}`)} · {d.date}
                  </span>
                  <span className="row">
                    <a
                      href={documentUrl(sessionId, d.documentId, 'html')}
                      target="_blank"
                      rel="noopener"
                      aria-label={t('documents.htmlLabel', { symbol: d.symbol })}
                      onClick={withToken(d.documentId, 'html')}
                    >
                      {t('documents.html')}
                    </a>
                    <a
                      href={documentUrl(sessionId, d.documentId, 'pdf')}
                      target="_blank"
                      rel="noopener"
                      aria-label={t('documents.pdfLabel', { symbol: d.symbol })}
                      onClick={withToken(d.documentId, 'pdf')}
                    >
                      {t('documents.pdf')}
                    </a>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
