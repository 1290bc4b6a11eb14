/**
 * `/chair/<session>#<token>`: the President's console. The token arrives in the URL
 * fragment (never sent to the server in a request line), is kept in localStorage, and
 * the fragment is wiped from the address bar.
 */
import { useState } from 'react';
import { ConnectionStatus } from '../../components/ConnectionStatus.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Layout } from '../../components/Layout.js';
import { Loading } from '../../components/Loading.js';
import { Link } from '../../components/Link.js';
import { MeetingSummary } from '../../components/MeetingSummary.js';
import { useI18n } from '../../i18n/index.js';
import { withLanguage } from '../../i18n/language.js';
import { useCommands } from '../../live/useCommands.js';
import { useSession } from '../../live/useSession.js';
import { chairToken, saveChairToken } from '../../session/credentials.js';
import { DelegationsPanel } from './DelegationsPanel.js';
import { DocumentsChairPanel } from './DocumentsChairPanel.js';
import { ExportsPanel } from './ExportsPanel.js';
import { MeetingFlowPanel } from './MeetingFlowPanel.js';
import { SpeakersPanel } from './SpeakersPanel.js';
import { VotePanel } from './VotePanel.js';
import { RollCallPanel } from './RollCallPanel.js';
import { WebcastChairPanel } from './WebcastChairPanel.js';

function takeTokenFromHash(sessionId: string): string | null {
  const fragment = location.hash.replace(/^#/, '');
  if (fragment) {
    saveChairToken(sessionId, decodeURIComponent(fragment));
    history.replaceState(null, '', location.pathname + location.search);
  }
  return chairToken(sessionId);
}

export function ChairPage({ sessionId }: { sessionId: string }) {
  const { t, lang } = useI18n();
  const [token] = useState(() => takeTokenFromHash(sessionId));
  const live = useSession(sessionId, token);
  const commands = useCommands(sessionId, token);
  const { state } = live;
  const arria = state.session?.format === 'arria';
  return (
    <Layout title={t('chair.title')} status={<ConnectionStatus status={live.status} />}>
      {!token ? <p className="error" role="alert">{t('chair.noToken')}</p> : null}
      {!live.loaded ? (
        <Loading missing={live.missing} />
      ) : (
        <>
          <MeetingSummary state={state} />
          <p>
            {/* The board opens in the President's language, whatever the projector's browser prefers. */}
            <Link href={withLanguage(`/board/${encodeURIComponent(sessionId)}`, lang)} target="_blank" rel="noopener">
              {t('chair.openBoard')}
            </Link>
          </p>
          <ErrorMessage error={commands.error} />
          <div className="console">
            <div className="console-main">
              <MeetingFlowPanel state={state} commands={commands} />
              <RollCallPanel state={state} commands={commands} />
              {arria ? <WebcastChairPanel state={state} commands={commands} /> : <VotePanel state={state} commands={commands} />}
              <DocumentsChairPanel sessionId={sessionId} state={state} token={token} commands={commands} />
            </div>
            <div className="console-side">
              <SpeakersPanel state={state} commands={commands} />
              <DelegationsPanel sessionId={sessionId} token={token} state={state} />
              <ExportsPanel sessionId={sessionId} token={token} arria={arria} />
            </div>
          </div>
        </>
      )}
    </Layout>
  );
}
