/**
 * The embedded default EventStore: one SQLite file (better-sqlite3), created and
 * migrated on open (migrations.ts), no setup.
 *
 * Durability: WAL with synchronous=FULL. NORMAL would already survive kill -9 (a commit
 * sits in the WAL in the OS page cache), but in WAL mode NORMAL may lose the last
 * commits on power loss or an OS crash; FULL fsyncs the WAL at every commit, so an
 * acknowledged append survives those too ("nothing acknowledged may ever be lost").
 *
 * Appends are written by a writer thread (sqlite-writer.ts, the append path in
 * sqlite-appender.ts): the fsync of each commit blocks that thread, not the event loop
 * that serves sockets, and appends arriving meanwhile go together in the next
 * transaction (group commit). Each caller is answered only after its commit. Reads and
 * the identity tables use this thread's own connection (WAL readers see every commit).
 *
 * One writer per file: opened `exclusive` (as `council serve` does), the store holds an
 * exclusive SQLite lock on FILE.lock for its life (released with the process, even on
 * kill -9), so a second server on the file is refused at start (StoreError
 * 'store-locked') instead of running with live updates that never reach the other's
 * sockets.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { checkSameCommand, prepareAppend, prepareFind, prepareRead, storedEvent, type PreparedAppend } from './append-input.js';
import {
  ConcurrencyError,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type SessionSummary,
  type StoredEvent,
} from './event-store.js';
import {
  identityExists,
  parseRecord,
  preparePut,
  type FoundJoin,
  type IdentityRecord,
  type IdentityStore,
  type JoinEntry,
} from './identity-store.js';
import { pendingMigrations, SQLITE_MIGRATIONS } from './migrations.js';
import { EVENT_COLUMNS as COLUMNS, isConstraint, SqliteAppender, type EventRow, type Outcome } from './sqlite-appender.js';
import type { WriterOptions, WriterReply } from './sqlite-writer.js';
import { StoreError, unavailable } from './store-error.js';

export interface SqliteStoreOptions {
  /** How long an append waits for another process's write lock, in ms (default 15000). */
  busyTimeoutMs?: number;
  /** Hold the file for this store's life; another exclusive opener is refused (default false). */
  exclusive?: boolean;
}

interface PendingAppend {
  input: PreparedAppend;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/** Open (creating and migrating if needed) the SQLite event store in `file`. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): EventStore {
  const busyTimeoutMs = options.busyTimeoutMs ?? 15_000;
  let lock: Database.Database | null = null;
  let db: Database.Database;
  try {
    if (file !== ':memory:' && !file.startsWith('file:')) makeParents(dirname(file));
    if (options.exclusive && file !== ':memory:') lock = takeLock(file);
    db = new Database(file, { timeout: busyTimeoutMs });
  } catch (error) {
    lock?.close();
    if (error instanceof StoreError) throw error;
    throw unavailable(`cannot open SQLite store ${file}`, error);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    migrate(db, file);
    return new SqliteEventStore(db, file === ':memory:' ? new SqliteAppender(db) : { file, busyTimeoutMs }, lock);
  } catch (error) {
    db.close();
    lock?.close();
    if (error instanceof StoreError) throw error;
    throw unavailable(`cannot open SQLite store ${file}`, error);
  }
}

/** Hold FILE.lock exclusively for the store's life; refused at once if another process holds it. */
function takeLock(file: string): Database.Database {
  const lock = new Database(`${file}.lock`, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    // The first write takes the exclusive lock; EXCLUSIVE locking mode never releases it.
    lock.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS council_lock (note TEXT); COMMIT;');
    return lock;
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new StoreError('store-locked', `sqlite:${file} is in use by another council process (one writer per SQLite file)`);
    }
    throw error;
  }
}

/** Start the writer thread (under tsx, through its loader: the thread runs the .ts source). */
function startWriter(options: WriterOptions): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./sqlite-writer.js', here), { workerData: options });
  const entry = new URL('./sqlite-writer.ts', here).href;
  const loader = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: options });
}

/**
 * Apply the missing migrations, each with its record, in one write transaction (which
 * also takes the exclusive lock for an exclusive store).
 */
function migrate(db: Database.Database, file: string): void {
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS council_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const current = (db.prepare('SELECT coalesce(max(version), 0) AS v FROM council_schema').get() as { v: number }).v;
    let pending;
    try {
      pending = pendingMigrations(SQLITE_MIGRATIONS, current, `sqlite:${file}`);
    } catch (error) {
      throw new StoreError('store-unavailable', (error as Error).message);
    }
    const record = db.prepare('INSERT INTO council_schema (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
  }).immediate();
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
  private closed = false;
  private readonly selectCommand;
  private readonly selectAfter;
  private readonly selectSessions;
  /** The writer thread (a file), or the append path on this thread (:memory:, one connection). */
  private readonly writer: Worker | SqliteAppender;
  private writerFailure: string | null = null;
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  /** The batch the writer thread is writing, by id. */
  private inFlight: { id: number; batch: PendingAppend[] } | null = null;
  private nextId = 1;
  private drained: (() => void) | null = null;
  readonly identities: IdentityStore;

  constructor(
    private readonly db: Database.Database,
    writer: SqliteAppender | WriterOptions,
    private readonly lock: Database.Database | null,
  ) {
    this.selectCommand = db.prepare<[string, string], EventRow>(
      `SELECT ${COLUMNS} FROM council_events WHERE session_id = ? AND command_id = ? ORDER BY version`,
    );
    this.selectAfter = db.prepare<[string, number], EventRow>(
      `SELECT ${COLUMNS} FROM council_events WHERE session_id = ? AND version > ? ORDER BY version`,
    );
    this.selectSessions = db.prepare<[], { session_id: string; version: number; created_at: string; updated_at: string }>(
      `SELECT session_id, max(version) AS version, min(at) AS created_at, max(at) AS updated_at
         FROM council_events GROUP BY session_id ORDER BY created_at, session_id`,
    );
    this.identities = new SqliteIdentities(db, () => this.assertOpen());
    if (writer instanceof SqliteAppender) {
      this.writer = writer;
    } else {
      const worker = startWriter(writer);
      worker.unref(); // held only while a batch is being written (see post)
      worker.on('message', (reply: WriterReply | 'ready') => {
        if (reply !== 'ready') this.onReply(reply);
      });
      worker.on('error', (error) => this.onWriterLost(error.message));
      worker.on('exit', () => this.onWriterLost('the SQLite writer thread stopped'));
      this.writer = worker;
    }
  }

  append(sessionId: string, expectedVersion: number, events: NewEvent[], commandId?: string, commandHash?: string): Promise<AppendResult> {
    try {
      this.assertOpen();
      const input = prepareAppend(sessionId, expectedVersion, events, commandId, commandHash);
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

  /** Write what is queued: at once on this thread, or as the writer thread's next batch. */
  private flush(): void {
    this.flushScheduled = false;
    if (this.inFlight || this.pending.length === 0) return; // the reply to the batch in flight sends the rest
    const batch = this.pending;
    this.pending = [];
    if (this.writerFailure !== null) {
      const failure = unavailable('SQLite append failed', new Error(this.writerFailure));
      for (const p of batch) p.reject(failure);
      return;
    }
    if (this.writer instanceof SqliteAppender) {
      let outcomes: Outcome[];
      try {
        outcomes = this.writer.run(batch.map((p) => p.input));
      } catch (error) {
        const failure = unavailable('SQLite append failed', error);
        for (const p of batch) p.reject(failure);
        return;
      }
      batch.forEach((p, i) => this.settle(p, outcomes[i]!));
      return;
    }
    const id = this.nextId++;
    this.inFlight = { id, batch };
    this.writer.ref(); // an append being written keeps the process alive until it is answered
    this.writer.postMessage({ id, batch: batch.map((p) => p.input) });
  }

  private onReply(reply: WriterReply): void {
    const flight = this.inFlight;
    if (!flight || flight.id !== reply.id) return;
    this.inFlight = null;
    if (this.writer instanceof Worker) this.writer.unref();
    if ('failed' in reply) {
      const failure = unavailable('SQLite append failed', new Error(reply.failed));
      for (const p of flight.batch) p.reject(failure);
    } else {
      flight.batch.forEach((p, i) => this.settle(p, reply.outcomes[i]!));
    }
    // Everything that arrived during that commit goes in one more transaction now.
    this.flush();
    if (!this.inFlight && this.pending.length === 0) this.drained?.();
  }

  /** The writer thread died: what it was writing may or may not have committed (retry with the command id). */
  private onWriterLost(message: string): void {
    if (this.closed && this.writerFailure === null) return;
    this.writerFailure ??= message;
    const flight = this.inFlight;
    this.inFlight = null;
    const failure = unavailable('SQLite append failed', new Error(message));
    for (const p of [...(flight?.batch ?? []), ...this.pending]) p.reject(failure);
    this.pending = [];
    this.drained?.();
  }

  private settle({ input, resolve, reject }: PendingAppend, outcome: Outcome): void {
    const toEvents = (rows: EventRow[]) => rows.map((r) => storedEvent(input.sessionId, r.version, r.type, r.data, r.command_id, r.at));
    switch (outcome.kind) {
      case 'failed':
        return reject(unavailable('SQLite append failed', new Error(outcome.message)));
      case 'conflict':
        return reject(new ConcurrencyError(input.sessionId, input.expectedVersion, outcome.actual));
      case 'duplicate':
        try {
          checkSameCommand(input, outcome.rows[0]!.command_hash);
        } catch (error) {
          return reject(error);
        }
        return resolve({ version: outcome.rows[outcome.rows.length - 1]!.version, events: toEvents(outcome.rows), duplicate: true });
      case 'appended': {
        const first = outcome.version - input.events.length + 1;
        const events = input.events.map((e, i) => storedEvent(input.sessionId, first + i, e.type, e.json, input.commandId, outcome.at));
        return resolve({ version: outcome.version, events, duplicate: false });
      }
    }
  }

  async findCommand(sessionId: string, commandId: string, commandHash?: string): Promise<AppendResult | undefined> {
    this.assertOpen();
    const input = prepareFind(sessionId, commandId, commandHash);
    let rows: EventRow[];
    try {
      rows = this.selectCommand.all(input.sessionId, input.commandId!);
    } catch (error) {
      throw unavailable('SQLite read failed', error);
    }
    if (rows.length === 0) return undefined;
    checkSameCommand(input, rows[0]!.command_hash);
    const events = rows.map((r) => storedEvent(input.sessionId, r.version, r.type, r.data, r.command_id, r.at));
    return { version: events[events.length - 1]!.version, events, duplicate: true };
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

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Appends already accepted are written, never dropped.
    this.flush();
    if (this.inFlight || this.pending.length > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    if (this.writer instanceof Worker) {
      const exited = new Promise((resolve) => this.writer instanceof Worker && this.writer.once('exit', resolve));
      this.writer.ref(); // closing keeps the process alive until the thread has closed its connection
      this.writer.postMessage('close');
      await exited;
    }
    this.db.close();
    this.lock?.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('store-closed', 'the event store is closed');
  }
}

/** The identity tables of the same file: one autocommit statement per call. */
class SqliteIdentities implements IdentityStore {
  private readonly insertRecord;
  private readonly insertJoin;
  private readonly selectRecord;
  private readonly selectJoin;
  private readonly putAll;

  constructor(
    db: Database.Database,
    private readonly assertOpen: () => void,
  ) {
    this.insertRecord = db.prepare<[string, string]>('INSERT INTO council_identities (session_id, record) VALUES (?, ?)');
    this.insertJoin = db.prepare<[string, string, string]>('INSERT INTO council_join_codes (join_hash, session_id, code) VALUES (?, ?, ?)');
    this.selectRecord = db.prepare<[string], { record: string }>('SELECT record FROM council_identities WHERE session_id = ?');
    this.selectJoin = db.prepare<[string], { session_id: string; code: string; record: string }>(
      `SELECT j.session_id, j.code, i.record FROM council_join_codes AS j
         JOIN council_identities AS i ON i.session_id = j.session_id WHERE j.join_hash = ?`,
    );
    this.putAll = db.transaction((sessionId: string, record: IdentityRecord, joins: JoinEntry[]) => {
      this.insertRecord.run(sessionId, JSON.stringify(record));
      for (const j of joins) this.insertJoin.run(j.joinHash, sessionId, j.code);
    });
  }

  async put(sessionId: string, record: IdentityRecord, joins: JoinEntry[]): Promise<void> {
    this.assertOpen();
    const input = preparePut(sessionId, record, joins);
    try {
      this.putAll.immediate(input.sessionId, input.record, input.joins);
    } catch (error) {
      if (isConstraint(error)) throw identityExists(input.sessionId);
      throw unavailable('SQLite identity write failed', error);
    }
  }

  async get(sessionId: string): Promise<IdentityRecord | undefined> {
    this.assertOpen();
    try {
      const row = this.selectRecord.get(sessionId);
      return row ? parseRecord(row.record) : undefined;
    } catch (error) {
      throw unavailable('SQLite identity read failed', error);
    }
  }

  async findJoin(joinHash: string): Promise<FoundJoin | undefined> {
    this.assertOpen();
    try {
      const row = this.selectJoin.get(joinHash);
      return row ? { sessionId: row.session_id, code: row.code, record: parseRecord(row.record) } : undefined;
    } catch (error) {
      throw unavailable('SQLite identity read failed', error);
    }
  }
}
