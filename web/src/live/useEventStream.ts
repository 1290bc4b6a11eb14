/** React face of EventStream: the session's events so far and the connection status. */
import { useEffect, useState } from 'react';
import type { StoredEvent } from '../api/types.js';
import { EventStream, type ConnectionStatus } from './eventStream.js';

export interface LiveSession {
  events: StoredEvent[];
  status: ConnectionStatus;
}

export function useEventStream(sessionId: string | null, token: string | null = null): LiveSession {
  const [events, setEvents] = useState<StoredEvent[]>([]);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  useEffect(() => {
    if (!sessionId) return;
    setEvents([]);
    const stream = new EventStream(
      sessionId,
      {
        events: (fresh) => setEvents((held) => [...held, ...fresh]),
        status: setStatus,
      },
      0,
      token,
    );
    stream.start();
    return () => stream.stop();
  }, [sessionId, token]);
  return { events, status };
}
