/**
 * The in-memory EventStore: for tests and replays. It keeps each event as the same
 * JSON text the durable stores write, so it accepts, refuses and returns exactly what
 * they do (enforced by test/store/contract.ts). Nothing survives the process.
 */
import { prepareAppend, prepareRead, storedEvent } from './append-input.js';
import {
  ConcurrencyError,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type SessionSummary,
  type StoredEvent,
} from './event-store.js';
import { Listeners } from './listeners.js';
import { StoreError } from './store-error.js';

interface Row {
  type: string;
  json: string;
  commandId: string | null;
  at: string;
}

interface Stream {
  /** rows[i] holds version i + 1. */
  rows: Row[];
  /** commandId -> [first, last] version it produced. */
  commands: Map<string, [number, number]>;
}

export class MemoryEventStore implements EventStore {
  private readonly streams = new Map<string, Stream>();
  private readonly listeners = new Listeners();
  private closed = false;

  async append(sessionId: string, expectedVersion: number, events: NewEvent[], commandId?: string): Promise<AppendResult> {
    this.assertOpen();
    const input = prepareAppend(sessionId, expectedVersion, events, commandId);
    const stream = this.streams.get(input.sessionId);
    const original = input.commandId === null ? undefined : stream?.commands.get(input.commandId);
    if (stream && original) {
      return { version: original[1], events: this.slice(input.sessionId, stream, original[0] - 1, original[1]), duplicate: true };
    }
    const current = stream?.rows.length ?? 0;
    if (current !== input.expectedVersion) throw new ConcurrencyError(input.sessionId, input.expectedVersion, current);

    const target: Stream = stream ?? { rows: [], commands: new Map() };
    const at = new Date().toISOString();
    for (const event of input.events) target.rows.push({ type: event.type, json: event.json, commandId: input.commandId, at });
    const version = target.rows.length;
    if (input.commandId !== null) target.commands.set(input.commandId, [current + 1, version]);
    this.streams.set(input.sessionId, target);
    this.listeners.emit(input.sessionId, version);
    return { version, events: this.slice(input.sessionId, target, current, version), duplicate: false };
  }

  async read(sessionId: string, afterVersion = 0): Promise<StoredEvent[]> {
    this.assertOpen();
    const input = prepareRead(sessionId, afterVersion);
    const stream = this.streams.get(input.sessionId);
    return stream ? this.slice(input.sessionId, stream, input.afterVersion, stream.rows.length) : [];
  }

  async listSessions(): Promise<SessionSummary[]> {
    this.assertOpen();
    const summaries: SessionSummary[] = [];
    for (const [sessionId, { rows }] of this.streams) {
      const first = rows[0];
      const last = rows[rows.length - 1];
      if (first && last) summaries.push({ sessionId, version: rows.length, createdAt: first.at, updatedAt: last.at });
    }
    return summaries.sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.sessionId, b.sessionId));
  }

  subscribe(listener: (sessionId: string, version: number) => void): () => void {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
  }

  /** Events with afterVersion < version <= upTo, as fresh objects. */
  private slice(sessionId: string, stream: Stream, afterVersion: number, upTo: number): StoredEvent[] {
    return stream.rows
      .slice(afterVersion, upTo)
      .map((row, i) => storedEvent(sessionId, afterVersion + i + 1, row.type, row.json, row.commandId, row.at));
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('store-closed', 'the event store is closed');
  }
}

/** Plain string order (the durable stores sort by binary collation: the same for ASCII ids). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A fresh, empty in-memory store. */
export function openMemoryStore(): EventStore {
  return new MemoryEventStore();
}
