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
  /** A private meeting or consultations, and no participant's token: nothing to stream (spec R41, R42). */
  restricted: boolean;
  /** How many restricted events (notes) the stream has announced: a change means "fetch the notes you may read". */
  notesSignal: number;
}

/** `token`: the chair's or the delegation's, needed to follow a private meeting or consultations. */
export function useSession(sessionId: string | null, token: string | null = null): LiveState {
  const [missing, setMissing] = useState(false);
  const [restricted, setRestricted] = useState(false);
  // The socket opens once the server has said the session may be read with this token.
  const [readable, setReadable] = useState(false);
  useEffect(() => {
    setMissing(false);
    setRestricted(false);
    setReadable(false);
    if (!sessionId) return;
    let live = true;
    void api.session(sessionId, token).then((r) => {
      if (!live) return;
      // A network failure is not a refusal: let the stream try (it reconnects by itself).
      setReadable(r.ok || r.error.status === 0 || r.error.status >= 500);
      if (r.ok) return;
      setMissing(r.error.status === 404 || r.error.status === 400);
      setRestricted(r.error.status === 401 || r.error.status === 403);
    });
    return () => {
      live = false;
    };
  }, [sessionId, token]);
  const { events, status } = useEventStream(readable ? sessionId : null, token);
  const state = useMemo(() => project(events), [events]);
  const last = events[events.length - 1];
  const notesSignal = useMemo(() => events.filter((e) => e.type === 'restricted').length, [events]);
  return { state, version: last?.version ?? 0, status, loaded: state.session !== null, missing, restricted, notesSignal };
}
