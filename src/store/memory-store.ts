/**
 * The in-memory EventStore: for tests and replays. It keeps each event as the same
 * JSON text the durable stores write, so it accepts, refuses and returns exactly what
 * they do (enforced by test/store/contract.ts). Nothing survives the process.
 */
import { checkSameCommand, prepareAppend, prepareFind, prepareRead, storedEvent } from './append-input.js';
import {
  ConcurrencyError,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type SessionSummary,
  type StoredEvent,
} from './event-store.js';
import { identityExists, preparePut, type FoundJoin, type IdentityRecord, type IdentityStore, type JoinEntry } from './identity-store.js';
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
  /** commandId -> [first, last] version it produced, and the hash of its body and sender. */
  commands: Map<string, [number, number, string | null]>;
}

export class MemoryEventStore implements EventStore {
  readonly soleWriter = true;
  private readonly streams = new Map<string, Stream>();
  private closed = false;
  readonly identities: IdentityStore = new MemoryIdentities(() => this.assertOpen());

  async append(
    sessionId: string,
    expectedVersion: number,
    events: NewEvent[],
    commandId?: string,
    commandHash?: string,
  ): Promise<AppendResult> {
    this.assertOpen();
    const input = prepareAppend(sessionId, expectedVersion, events, commandId, commandHash);
    const stream = this.streams.get(input.sessionId);
    const original = input.commandId === null ? undefined : stream?.commands.get(input.commandId);
    if (stream && original) {
      checkSameCommand(input, original[2]);
      return { version: original[1], events: this.slice(input.sessionId, stream, original[0] - 1, original[1]), duplicate: true };
    }
    const current = stream?.rows.length ?? 0;
    if (current !== input.expectedVersion) throw new ConcurrencyError(input.sessionId, input.expectedVersion, current);

    const target: Stream = stream ?? { rows: [], commands: new Map() };
    const at = new Date().toISOString();
    for (const event of input.events) target.rows.push({ type: event.type, json: event.json, commandId: input.commandId, at });
    const version = target.rows.length;
    if (input.commandId !== null) target.commands.set(input.commandId, [current + 1, version, input.commandHash]);
    this.streams.set(input.sessionId, target);
    return { version, events: this.slice(input.sessionId, target, current, version), duplicate: false };
  }

  async findCommand(sessionId: string, commandId: string, commandHash?: string): Promise<AppendResult | undefined> {
    this.assertOpen();
    const input = prepareFind(sessionId, commandId, commandHash);
    const stream = this.streams.get(input.sessionId);
    const original = stream?.commands.get(input.commandId!);
    if (!stream || !original) return undefined;
    checkSameCommand(input, original[2]);
    return { version: original[1], events: this.slice(input.sessionId, stream, original[0] - 1, original[1]), duplicate: true };
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

  async close(): Promise<void> {
    this.closed = true;
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

class MemoryIdentities implements IdentityStore {
  private readonly records = new Map<string, string>();
  private readonly joins = new Map<string, { sessionId: string; code: string }>();

  constructor(private readonly assertOpen: () => void) {}

  async put(sessionId: string, record: IdentityRecord, joins: JoinEntry[]): Promise<void> {
    this.assertOpen();
    const input = preparePut(sessionId, record, joins);
    if (this.records.has(input.sessionId) || input.joins.some((j) => this.joins.has(j.joinHash))) throw identityExists(input.sessionId);
    this.records.set(input.sessionId, JSON.stringify(input.record));
    for (const j of input.joins) this.joins.set(j.joinHash, { sessionId: input.sessionId, code: j.code });
  }

  async get(sessionId: string): Promise<IdentityRecord | undefined> {
    this.assertOpen();
    const json = this.records.get(sessionId);
    return json === undefined ? undefined : (JSON.parse(json) as IdentityRecord);
  }

  async findJoin(joinHash: string): Promise<FoundJoin | undefined> {
    this.assertOpen();
    const found = this.joins.get(joinHash);
    const json = found && this.records.get(found.sessionId);
    return found && json ? { ...found, record: JSON.parse(json) as IdentityRecord } : undefined;
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
