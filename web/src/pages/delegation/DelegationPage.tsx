/**
 * `/d/<session>`: a delegation's phone. Vote, object, ask for the floor, give webcast
 * consent. The token lives in localStorage, the event stream reconnects by itself, and an
 * unanswered ballot is resent with the same command id when the page comes back.
 */
import { useEffect } from 'react';
import type { ClientCommand } from '../../api/types.js';
import { ConnectionStatus } from '../../components/ConnectionStatus.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Layout } from '../../components/Layout.js';
import { Loading } from '../../components/Loading.js';
import { useI18n } from '../../i18n/index.js';
import { sendCommand } from '../../live/sendCommand.js';
import { useCommands } from '../../live/useCommands.js';
import { useSession } from '../../live/useSession.js';
import { delegationIdentity, pending } from '../../session/credentials.js';
import { JoinForm } from '../home/JoinForm.js';
import { BallotPanel } from './BallotPanel.js';
import { DocumentsPanel } from './DocumentsPanel.js';
import { FloorClock } from '../../components/FloorClock.js';
import { CaucusClock } from '../../components/CaucusClock.js';
import { CaucusMotionPanel } from './CaucusMotionPanel.js';
import { FloorPanel } from './FloorPanel.js';
import { MotionPanel } from './MotionPanel.js';
import { NotesToChair } from './NotesToChair.js';
import { StrawPollAnswer } from './StrawPollAnswer.js';
import { TextsPanel } from './TextsPanel.js';
import { DivisionPanel } from './DivisionPanel.js';
import { ObjectionPanel } from './ObjectionPanel.js';
import { WebcastPanel } from './WebcastPanel.js';
import { RollPanel } from './RollPanel.js';
import { MeetingSummary } from '../../components/MeetingSummary.js';

export function DelegationPage({ sessionId }: { sessionId: string }) {
  const { t, stateName } = useI18n();
  const identity = delegationIdentity(sessionId);
  const live = useSession(identity ? sessionId : null, identity?.token ?? null);
  const commands = useCommands(sessionId, identity?.token ?? null);
  const ballotKey = identity ? `${sessionId}.${identity.code}.ballot` : '';

  // A ballot sent just before a reload or a dropped connection: send it again, same id,
  // whenever the link comes back (the page load counts as coming back).
  const online = live.status === 'live';
  useEffect(() => {
    if (!identity || !online) return;
    const unsent = pending<ClientCommand>(ballotKey);
    if (unsent) void sendCommand(sessionId, identity.token, unsent, { pendingKey: ballotKey });
  }, [sessionId, identity?.token, ballotKey, online]);

  if (!identity) {
    return (
      <Layout title={t('delegation.notJoined')}>
        <p>{t('delegation.notJoinedText')}</p>
        <JoinForm />
      </Layout>
    );
  }
  const name = stateName(identity.code, identity.name);
  const { state } = live;
  const format = state.session?.format;
  return (
    <Layout title={t('delegation.title', { name })} status={<ConnectionStatus status={live.status} />}>
      {!live.loaded ? (
        <Loading missing={live.missing} />
      ) : (
        <div className="phone">
          <MeetingSummary state={state} />
          <RollPanel state={state} code={identity.code} commands={commands} />
          <CaucusClock state={state} />
          <FloorClock state={state} me={identity.code} large />
          <BallotPanel state={state} code={identity.code} commands={commands} pendingKey={ballotKey} />
          <TextsPanel state={state} code={identity.code} commands={commands} />
          <DivisionPanel state={state} code={identity.code} commands={commands} />
          {format === 'arria' ? <WebcastPanel state={state} code={identity.code} commands={commands} /> : null}
          <ObjectionPanel state={state} code={identity.code} commands={commands} />
          <FloorPanel state={state} code={identity.code} commands={commands} />
          <DocumentsPanel sessionId={sessionId} state={state} code={identity.code} token={identity.token} commands={commands} />
          <StrawPollAnswer state={state} code={identity.code} commands={commands} />
          <MotionPanel state={state} code={identity.code} commands={commands} />
          <CaucusMotionPanel state={state} code={identity.code} commands={commands} />
          <NotesToChair sessionId={sessionId} token={identity.token} state={state} notesSignal={live.notesSignal} commands={commands} />
          <ErrorMessage error={commands.error} />
        </div>
      )}
    </Layout>
  );
}
