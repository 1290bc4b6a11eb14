/** A live session: its events from the WebSocket, folded into state by the engine's reducer. */
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/client.js';
import { project, type SessionState } from '../session/view.js';
import { useEventStream } from './useEventStream.js';
import type { ConnectionStatus } from './eventStream.js';

export interface LiveState {
  state: SessionState;
  version: number;
  status: ConnectionStatus;
  /** True once the session-created event has arrived. */
  loaded: boolean;
  /** The server says there is no such session (a mistyped link): stop trying. */
  missing: boolean;
}

export function useSession(sessionId: string | null): LiveState {
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    setMissing(false);
    if (!sessionId) return;
    let live = true;
    void api.session(sessionId).then((r) => live && setMissing(!r.ok && (r.error.status === 404 || r.error.status === 400)));
    return () => {
      live = false;
    };
  }, [sessionId]);
  const { events, status } = useEventStream(missing ? null : sessionId);
  const state = useMemo(() => project(events), [events]);
  const last = events[events.length - 1];
  return { state, version: last?.version ?? 0, status, loaded: state.session !== null, missing };
}
