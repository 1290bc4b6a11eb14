/**
 * `/board/<session>`: the projector. Read-only, no token: the horseshoe with every seat's
 * vote as it is cast, the threshold, and the outcome with the rule that decided it. For an
 * Arria-formula meeting it shows instead whether the meeting may be webcast.
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import { ConnectionStatus } from '../../components/ConnectionStatus.js';
import { Layout } from '../../components/Layout.js';
import { Loading } from '../../components/Loading.js';
import { MeetingSummary } from '../../components/MeetingSummary.js';
import { VoteBoard } from '../../components/VoteBoard.js';
import { useI18n } from '../../i18n/index.js';
import { useSession } from '../../live/useSession.js';
import { currentVote, isAssembly, members, presentSet, type SessionState } from '../../session/view.js';
import { WebcastBoard } from './WebcastBoard.js';
import { SpeakersList } from '../../components/SpeakersList.js';
import { FloorClock } from '../../components/FloorClock.js';
import { CaucusClock } from '../../components/CaucusClock.js';
import { StrawPollResult } from '../../components/StrawPollResult.js';

export function BoardPage({ sessionId }: { sessionId: string }) {
  const { t, known } = useI18n();
  const live = useSession(sessionId);
  const title = live.state.session?.title ? known(live.state.session.title) : t('board.title');
  if (live.restricted) {
    return (
      <Layout title={t('board.title')} bare>
        <PrivateBoard sessionId={sessionId} />
      </Layout>
    );
  }
  return (
    <Layout title={title} bare status={<ConnectionStatus status={live.status} />}>
      {live.loaded ? <Board state={live.state} /> : <Loading missing={live.missing} />}
    </Layout>
  );
}

/** A private meeting shows the public only its communiqué, once issued (Rule 55); consultations show nothing (spec R42). */
function PrivateBoard({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const [communique, setCommunique] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const look = () =>
      void api.communique(sessionId).then((r) => {
        if (live && r.ok && r.value.communique) setCommunique(r.value.communique);
      });
    look();
    const timer = setInterval(look, 30_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [sessionId]);
  return (
    <div className="board">
      <p role="status">{t('board.private')}</p>
      {communique ? (
        <section aria-labelledby="communique-heading">
          <h2 id="communique-heading">{t('board.communique')}</h2>
          <p>{communique}</p>
        </section>
      ) : null}
    </div>
  );
}

export function Board({ state }: { state: SessionState }) {
  const { t } = useI18n();
  const arria = state.session?.format === 'arria';
  const openPoll = state.strawPolls.find((p) => p.status === 'open');
  return (
    <div className="board">
      <MeetingSummary state={state} />
      <CaucusClock state={state} large />
      <FloorClock state={state} large />
      {openPoll ? <StrawPollResult poll={openPoll} /> : null}
      {arria ? (
        <WebcastBoard state={state} />
      ) : (
        <VoteBoard
          members={members(state)}
          president={state.session?.president ?? null}
          vote={currentVote(state)}
          assembly={isAssembly(state)}
          present={presentSet(state)}
          body={state.session?.body}
        />
      )}
      {state.speakers.length > 0 ? (
        <section className="board-speakers" aria-labelledby="board-speakers-heading">
          <h2 id="board-speakers-heading">{t('speakers.listLabel')}</h2>
          <SpeakersList state={state} />
        </section>
      ) : null}
    </div>
  );
}
