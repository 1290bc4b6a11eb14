/**
 * One session's event log, kept in step with the server over a WebSocket: it asks for
 * everything after the last version it holds, so a reconnect resumes without gaps or
 * duplicates, and it reconnects with capped exponential backoff and jitter.
 */
import type { ServerMessage, StoredEvent } from '../api/types.js';
import { noteServerTime } from './serverClock.js';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface EventStreamListener {
  events(events: StoredEvent[]): void;
  status(status: ConnectionStatus): void;
}

const MAX_DELAY_MS = 10_000;
const BASE_DELAY_MS = 500;
/** The server pings; a silent socket for this long is treated as dead. */
const SILENCE_MS = 45_000;

export class EventStream {
  private socket: WebSocket | null = null;
  private version: number;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private silenceTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly sessionId: string,
    private readonly listener: EventStreamListener,
    startAfter = 0,
    /** A participant's token: private meetings and consultations stream only to their participants. */
    private readonly token: string | null = null,
  ) {
    this.version = startAfter;
  }

  start(): void {
    this.stopped = false;
    window.addEventListener('online', this.reconnectNow);
    document.addEventListener('visibilitychange', this.onVisible);
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    window.removeEventListener('online', this.reconnectNow);
    document.removeEventListener('visibilitychange', this.onVisible);
    this.clearTimers();
    this.socket?.close();
    this.socket = null;
  }

  /** Send a message if the socket is open; false means the caller should use HTTP. */
  send(message: unknown): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  private connect(): void {
    if (this.stopped) return;
    this.listener.status(this.attempt === 0 ? 'connecting' : 'reconnecting');
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const url = `${scheme}://${location.host}/ws?session=${encodeURIComponent(this.sessionId)}&after=${this.version}`;
    let socket: WebSocket;
    try {
      // Browsers cannot set headers on a WebSocket: the token travels as a subprotocol, never in the URL.
      socket = this.token ? new WebSocket(url, ['council', `council.token.${this.token}`]) : new WebSocket(url);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.listener.status('live');
      this.armSilence();
    };
    socket.onmessage = (message) => {
      this.armSilence();
      this.receive(message.data);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.scheduleRetry();
    };
    socket.onerror = () => socket.close();
  }

  private receive(raw: unknown): void {
    if (typeof raw !== 'string') return;
    let message: ServerMessage;
    try {
      message = JSON.parse(raw) as ServerMessage;
    } catch {
      return;
    }
    if ('serverTime' in message) noteServerTime(message.serverTime);
    if (message.type === 'ping') {
      this.send({ type: 'pong' });
      return;
    }
    if (message.type !== 'events' || !Array.isArray(message.events)) return;
    const fresh: StoredEvent[] = [];
    for (const event of message.events) {
      if (event.version <= this.version) continue; // already held: a resume overlap
      if (event.version !== this.version + 1) {
        // A gap means we missed something: start again from what we hold.
        this.socket?.close();
        break;
      }
      fresh.push(event);
      this.version = event.version;
    }
    if (fresh.length > 0) this.listener.events(fresh);
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    this.clearTimers();
    this.listener.status(navigator.onLine === false ? 'offline' : 'reconnecting');
    const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** this.attempt);
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private armSilence(): void {
    if (this.silenceTimer) clearTimeout(this.silenceTimer);
    this.silenceTimer = setTimeout(() => this.socket?.close(), SILENCE_MS);
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.silenceTimer) clearTimeout(this.silenceTimer);
    this.retryTimer = null;
    this.silenceTimer = null;
  }

  private readonly reconnectNow = () => {
    if (this.stopped || this.socket) return;
    this.attempt = 0;
    this.connect();
  };

  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') this.reconnectNow();
  };
}
