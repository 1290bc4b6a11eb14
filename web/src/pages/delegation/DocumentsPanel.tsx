/** The phone's "Documents": what the session issued, by organ, and the delegation's own letters. */
import { DocumentsList } from '../../components/DocumentsList.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';
import { SubmitLetterForm } from './SubmitLetterForm.js';

interface Props {
  sessionId: string;
  state: SessionState;
  code: string;
  token: string;
  commands: Commands;
}

export function DocumentsPanel({ sessionId, state, code, token, commands }: Props) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="documents-heading" data-testid="documents">
      <h2 id="documents-heading">{t('documents.heading')}</h2>
      <DocumentsList sessionId={sessionId} state={state} token={token} />
      <SubmitLetterForm state={state} code={code} commands={commands} />
    </section>
  );
}
