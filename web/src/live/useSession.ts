/** A live session: its events from the WebSocket, folded into state by the engine's reducer. */
import { useMemo } from 'react';
import { project, type SessionState } from '../session/view.js';
import { useEventStream } from './useEventStream.js';
import type { ConnectionStatus } from './eventStream.js';

export interface LiveState {
  state: SessionState;
  version: number;
  status: ConnectionStatus;
  /** True once the session-created event has arrived. */
  loaded: boolean;
}

export function useSession(sessionId: string | null): LiveState {
  const { events, status } = useEventStream(sessionId);
  const state = useMemo(() => project(events), [events]);
  const last = events[events.length - 1];
  return { state, version: last?.version ?? 0, status, loaded: state.session !== null };
}
