/**
 * `/chair/<session>#<token>`: the President's console. The token arrives in the URL
 * fragment (never sent to the server in a request line), is kept in localStorage, and
 * the fragment is wiped from the address bar.
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
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
import { ChairKeyPanel } from './ChairKeyPanel.js';
import { ConsoleSections } from './ConsoleSections.js';
import { DelegationsPanel } from './DelegationsPanel.js';
import { DocumentsChairPanel } from './DocumentsChairPanel.js';
import { ExportsPanel } from './ExportsPanel.js';
import { MeetingFlowPanel } from './MeetingFlowPanel.js';
import { MotionsPanel } from './MotionsPanel.js';
import { CaucusPanel } from './CaucusPanel.js';
import { NotesPanel } from './NotesPanel.js';
import { StrawPollPanel } from './StrawPollPanel.js';
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
  const key = useKeyStatus(sessionId, token);
  const locked = key !== 'president' && key !== 'co-chair' && key !== 'checking';
  return (
    <Layout title={t('chair.title')} status={<ConnectionStatus status={live.status} />}>
      {locked ? (
        <p className="notice key-missing" role="alert" data-testid="no-key" id="no-key-notice">
          {t(key === 'revoked' ? 'chair.keyRevoked' : 'chair.noToken')} {t('chair.noTokenHelp')}
        </p>
      ) : null}
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
          {/* The section strip only moves the view: outside the lock, so its links stay focusable without a key. */}
          <ConsoleSections watch={state} />
          {/* Without a valid key every control is disabled, not merely refused when pressed. */}
          <fieldset className="console-lock" disabled={locked} aria-describedby={locked ? 'no-key-notice' : undefined}>
            <div className="console">
              <div className="console-main">
                <MeetingFlowPanel state={state} commands={commands} />
                <RollCallPanel state={state} commands={commands} />
                <MotionsPanel state={state} commands={commands} />
                <CaucusPanel state={state} commands={commands} />
                {arria ? <WebcastChairPanel state={state} commands={commands} /> : <VotePanel state={state} commands={commands} />}
                <DocumentsChairPanel sessionId={sessionId} state={state} token={token} commands={commands} />
                <StrawPollPanel state={state} commands={commands} />
              </div>
              <div className="console-side">
                {token && !locked ? <ChairKeyPanel sessionId={sessionId} token={token} president={key === 'president'} /> : null}
                <SpeakersPanel state={state} commands={commands} />
                <NotesPanel
                  sessionId={sessionId}
                  token={locked ? null : token}
                  state={state}
                  notesSignal={live.notesSignal}
                  commands={commands}
                />
                <DelegationsPanel sessionId={sessionId} token={token} state={state} />
                <ExportsPanel sessionId={sessionId} token={token} arria={arria} />
              </div>
            </div>
          </fieldset>
        </>
      )}
    </Layout>
  );
}

type KeyStatus = 'none' | 'checking' | 'president' | 'co-chair' | 'revoked';

/** Whether this device's key still opens the console: the President's, a co-chair's, or none (revoked links included). */
function useKeyStatus(sessionId: string, token: string | null): KeyStatus {
  const [status, setStatus] = useState<KeyStatus>(token ? 'checking' : 'none');
  useEffect(() => {
    if (!token) return setStatus('none');
    let live = true;
    void api.whoami(sessionId, token).then((r) => {
      if (!live) return;
      if (r.ok) setStatus(r.value.role !== 'chair' ? 'none' : r.value.coChair ? 'co-chair' : 'president');
      else if (r.error.status === 401) setStatus('revoked');
      else setStatus('checking'); // the network or server failed: keep the controls, the commands will say
    });
    return () => {
      live = false;
    };
  }, [sessionId, token]);
  return status;
}
