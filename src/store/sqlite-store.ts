/**
 * The embedded default EventStore: one SQLite file (better-sqlite3), created with its
 * schema on first open, no setup.
 *
 * Durability: WAL with synchronous=FULL. NORMAL would already survive kill -9 (a commit
 * sits in the WAL in the OS page cache), but in WAL mode NORMAL may lose the last
 * commits on power loss or an OS crash; FULL fsyncs the WAL at every commit, so an
 * acknowledged append survives those too ("nothing acknowledged may ever be lost").
 *
 * Group commit: appends that arrive in the same event-loop turn are written in one
 * BEGIN IMMEDIATE transaction, so they share one fsync; each append is its own savepoint
 * inside it, and each caller is answered only after the whole transaction has committed.
 * A live session's fifteen ballots (or a thousand sessions' ballots) thus cost one disk
 * flush per turn instead of one each, with the same guarantee for every acknowledgement.
 *
 * Concurrency: BEGIN IMMEDIATE takes the write lock before reading the stream head, so the
 * version check and the insert see the same state even with several processes on one
 * file; other writers wait (busy timeout). Within a batch, appends run in arrival order,
 * so two appends at the same expected version resolve as one winner and one conflict. The
 * primary key (session_id, version) and unique (session_id, command_id, command_index)
 * back that up in the schema itself.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { prepareAppend, prepareRead, storedEvent, type PreparedAppend } from './append-input.js';
import {
  ConcurrencyError,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type SessionSummary,
  type StoredEvent,
} from './event-store.js';
import { Listeners } from './listeners.js';
import { StoreError, unavailable } from './store-error.js';

export interface SqliteStoreOptions {
  /** How long an append waits for another process's write lock, in ms (default 15000). */
  busyTimeoutMs?: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS council_events (
  session_id    TEXT    NOT NULL,
  version       INTEGER NOT NULL CHECK (version > 0),
  type          TEXT    NOT NULL,
  data          TEXT    NOT NULL CHECK (json_valid(data)),
  command_id    TEXT,
  command_index INTEGER NOT NULL DEFAULT 0,
  at            TEXT    NOT NULL,
  PRIMARY KEY (session_id, version)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS council_events_command
  ON council_events (session_id, command_id, command_index);
`;

interface EventRow {
  version: number;
  type: string;
  data: string;
  command_id: string | null;
  at: string;
}

type Outcome =
  | { kind: 'appended'; version: number; rows: EventRow[] }
  | { kind: 'duplicate'; rows: EventRow[] }
  | { kind: 'conflict'; actual: number }
  | { kind: 'failed'; error: unknown };

interface PendingAppend {
  input: PreparedAppend;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/** Open (creating if needed) the SQLite event store in `file`. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): EventStore {
  try {
    if (file !== ':memory:' && !file.startsWith('file:')) makeParents(dirname(file));
    const db = new Database(file, { timeout: options.busyTimeoutMs ?? 15_000 });
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec(SCHEMA);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteEventStore(db);
  } catch (error) {
    throw unavailable(`cannot open SQLite store ${file}`, error);
  }
}

/**
 * mkdir -p, one level at a time: Node's own recursive mkdir loops forever on a path under
 * /proc (ENOENT for a directory whose parent exists), which would hang the process.
 */
function makeParents(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeParents(parent);
  mkdirSync(dir);
}

class SqliteEventStore implements EventStore {
  private readonly listeners = new Listeners();
  private closed = false;
  private readonly selectCommand;
  private readonly selectHead;
  private readonly insert;
  private readonly selectAfter;
  private readonly selectSessions;
  private readonly appendOne;
  private readonly appendBatch;
  private pending: PendingAppend[] = [];
  private flushScheduled = false;

  constructor(private readonly db: Database.Database) {
    this.selectCommand = db.prepare<[string, string], EventRow>(
      'SELECT version, type, data, command_id, at FROM council_events WHERE session_id = ? AND command_id = ? ORDER BY version',
    );
    this.selectHead = db.prepare<[string], { v: number }>(
      'SELECT coalesce(max(version), 0) AS v FROM council_events WHERE session_id = ?',
    );
    this.insert = db.prepare<[string, number, string, string, string | null, number, string]>(
      'INSERT INTO council_events (session_id, version, type, data, command_id, command_index, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.selectAfter = db.prepare<[string, number], EventRow>(
      'SELECT version, type, data, command_id, at FROM council_events WHERE session_id = ? AND version > ? ORDER BY version',
    );
    this.selectSessions = db.prepare<[], { session_id: string; version: number; created_at: string; updated_at: string }>(
      `SELECT session_id, max(version) AS version, min(at) AS created_at, max(at) AS updated_at
         FROM council_events GROUP BY session_id ORDER BY created_at, session_id`,
    );
    // Called inside appendBatch's transaction, better-sqlite3 runs this as a SAVEPOINT:
    // one append that fails rolls back alone and the rest of the batch still commits.
    this.appendOne = db.transaction((input: PreparedAppend): Outcome => {
      if (input.commandId !== null) {
        const original = this.selectCommand.all(input.sessionId, input.commandId);
        if (original.length > 0) return { kind: 'duplicate', rows: original };
      }
      const head = this.selectHead.get(input.sessionId)?.v ?? 0;
      if (head !== input.expectedVersion) return { kind: 'conflict', actual: head };
      const at = new Date().toISOString();
      const rows = input.events.map((event, i): EventRow => {
        const version = head + i + 1;
        this.insert.run(input.sessionId, version, event.type, event.json, input.commandId, i, at);
        return { version, type: event.type, data: event.json, command_id: input.commandId, at };
      });
      return { kind: 'appended', version: head + rows.length, rows };
    });
    this.appendBatch = db.transaction((batch: PreparedAppend[]): Outcome[] =>
      batch.map((input): Outcome => {
        try {
          return this.appendOne(input);
        } catch (error) {
          return { kind: 'failed', error };
        }
      }),
    );
  }

  append(sessionId: string, expectedVersion: number, events: NewEvent[], commandId?: string): Promise<AppendResult> {
    try {
      this.assertOpen();
      const input = prepareAppend(sessionId, expectedVersion, events, commandId);
      return new Promise<AppendResult>((resolve, reject) => {
        this.pending.push({ input, resolve, reject });
        if (!this.flushScheduled) {
          this.flushScheduled = true;
          setImmediate(() => this.flush());
        }
      });
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Write every append queued this turn in one transaction, then answer each caller. */
  private flush(): void {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = this.appendBatch.immediate(batch.map((p) => p.input));
    } catch (error) {
      const failure = unavailable('SQLite append failed', error);
      for (const p of batch) p.reject(failure);
      return;
    }
    batch.forEach((p, i) => this.settle(p, outcomes[i]!));
  }

  private settle({ input, resolve, reject }: PendingAppend, outcome: Outcome): void {
    const toEvents = (rows: EventRow[]) =>
      rows.map((r) => storedEvent(input.sessionId, r.version, r.type, r.data, r.command_id, r.at));
    switch (outcome.kind) {
      case 'failed':
        return reject(unavailable('SQLite append failed', outcome.error));
      case 'conflict':
        return reject(new ConcurrencyError(input.sessionId, input.expectedVersion, outcome.actual));
      case 'duplicate':
        return resolve({ version: outcome.rows[outcome.rows.length - 1]!.version, events: toEvents(outcome.rows), duplicate: true });
      case 'appended':
        this.listeners.emit(input.sessionId, outcome.version);
        return resolve({ version: outcome.version, events: toEvents(outcome.rows), duplicate: false });
    }
  }

  async read(sessionId: string, afterVersion = 0): Promise<StoredEvent[]> {
    this.assertOpen();
    const input = prepareRead(sessionId, afterVersion);
    let rows: EventRow[];
    try {
      rows = this.selectAfter.all(input.sessionId, input.afterVersion);
    } catch (error) {
      throw unavailable('SQLite read failed', error);
    }
    return rows.map((r) => storedEvent(input.sessionId, r.version, r.type, r.data, r.command_id, r.at));
  }

  async listSessions(): Promise<SessionSummary[]> {
    this.assertOpen();
    try {
      return this.selectSessions
        .all()
        .map((r) => ({ sessionId: r.session_id, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at }));
    } catch (error) {
      throw unavailable('SQLite listSessions failed', error);
    }
  }

  /** Appends made through this store object only: other processes on the same file are not seen. */
  subscribe(listener: (sessionId: string, version: number) => void): () => void {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush(); // appends already accepted are written, never dropped
    this.closed = true;
    this.listeners.clear();
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('store-closed', 'the event store is closed');
  }
}
