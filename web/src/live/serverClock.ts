/**
 * The server's clock as this page estimates it. Every WebSocket frame carries `serverTime`;
 * the offset is taken from the freshest frame (network delay makes it read a little late,
 * by tens of milliseconds, the same on every screen). The floor's countdown is computed from
 * it, so the board and every phone agree, after a reload or a reconnect too.
 */
import { useEffect, useState } from 'react';

let offsetMs = 0;

export function noteServerTime(serverTime: unknown): void {
  if (typeof serverTime === 'number' && Number.isFinite(serverTime)) offsetMs = serverTime - Date.now();
}

export function serverNow(): number {
  return Date.now() + offsetMs;
}

/** Re-render every `periodMs` with the server's current time. */
export function useServerNow(periodMs = 250): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const id = setInterval(() => setNow(serverNow()), periodMs);
    return () => clearInterval(id);
  }, [periodMs]);
  return now;
}
