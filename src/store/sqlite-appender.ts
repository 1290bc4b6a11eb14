/**
 * The SQLite append path, on the store's connection (sqlite-store.ts). It keeps each session's head version as last committed, so an append
 * is its INSERT statements and nothing else: no select of the head, no select by command
 * id. The schema decides: the primary key (session_id, version) refuses a stale head and
 * the unique (session_id, command_id, command_index) a repeated command, and only then is
 * the stream read to tell a duplicate from a conflict. The cached head is never ahead of
 * the file (it moves only after a commit), so a store on a file other processes also
 * write (tests, tools) stays correct: a stale head collides.
 *
 * A batch (every append made during one event-loop turn) is one transaction, so its
 * appends share one fsync; a lone single-event append is one autocommit INSERT.
 */
import type Database from 'better-sqlite3';
import type { PreparedAppend } from './append-input.js';

export interface EventRow {
  version: number;
  type: string;
  data: string;
  command_id: string | null;
  command_hash: string | null;
  at: string;
}

export type Outcome =
  /** Written as given: the caller already holds the events' JSON, so only the head and time come back. */
  | { kind: 'appended'; version: number; at: string }
  | { kind: 'duplicate'; rows: EventRow[] }
  | { kind: 'conflict'; actual: number }
  | { kind: 'failed'; message: string };

export const EVENT_COLUMNS = 'version, type, data, command_id, command_hash, at';

export function isConstraint(error: unknown): boolean {
  return (error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT') ?? false;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class SqliteAppender {
  /** Session id -> head version, as last committed (never ahead of the file). */
  private readonly heads = new Map<string, number>();
  private readonly selectCommand;
  private readonly selectHead;
  private readonly insert;
  private readonly insertMany;
  private readonly appendBatch;

  constructor(db: Database.Database) {
    this.selectCommand = db.prepare<[string, string], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM council_events WHERE session_id = ? AND command_id = ? ORDER BY version`,
    );
    this.selectHead = db.prepare<[string], { v: number }>('SELECT coalesce(max(version), 0) AS v FROM council_events WHERE session_id = ?');
    this.insert = db.prepare<[string, number, string, string, string | null, number, string | null, string]>(
      'INSERT INTO council_events (session_id, version, type, data, command_id, command_index, command_hash, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    // Inside appendBatch's transaction better-sqlite3 runs this as a SAVEPOINT, so a
    // multi-event append that collides half-way rolls back alone. A single INSERT is
    // atomic by itself and needs none.
    this.insertMany = db.transaction((input: PreparedAppend, head: number, at: string) => {
      input.events.forEach((event, i) =>
        this.insert.run(input.sessionId, head + i + 1, event.type, event.json, input.commandId, i, input.commandHash, at),
      );
    });
    this.appendBatch = db.transaction((batch: PreparedAppend[], heads: Map<string, number>, at: string): Outcome[] => {
      const refused = new Set<string>();
      return batch.map((input) => this.appendOne(input, heads, at, refused));
    });
  }

  /** Write a batch; throws if the transaction itself fails (nothing of it committed). */
  run(batch: PreparedAppend[]): Outcome[] {
    const heads = new Map<string, number>();
    const at = new Date().toISOString();
    const lone = batch.length === 1 && batch[0]!.events.length === 1;
    const outcomes = lone ? [this.appendOne(batch[0]!, heads, at)] : this.appendBatch.immediate(batch, heads, at);
    // Committed: only now may the cached heads move.
    for (const [sessionId, version] of heads) this.heads.set(sessionId, version);
    return outcomes;
  }

  /** One append inside the batch; `heads` holds this batch's uncommitted heads. */
  private appendOne(input: PreparedAppend, heads: Map<string, number>, at: string, refused?: Set<string>): Outcome {
    try {
      // A later append to a session whose earlier append in this batch was refused may have
      // been decided on it (pipelined): refuse it too, whatever the head (the caller decides again).
      const head = heads.get(input.sessionId) ?? this.heads.get(input.sessionId) ?? this.selectHead.get(input.sessionId)!.v;
      if (refused?.has(input.sessionId)) return this.refusal(input, heads, refused, true);
      if (head !== input.expectedVersion) return this.refusal(input, heads, refused);
      try {
        if (input.events.length === 1) {
          const event = input.events[0]!;
          this.insert.run(input.sessionId, head + 1, event.type, event.json, input.commandId, 0, input.commandHash, at);
        } else {
          this.insertMany(input, head, at);
        }
      } catch (error) {
        if (isConstraint(error)) return this.refusal(input, heads, refused);
        throw error;
      }
      const version = head + input.events.length;
      heads.set(input.sessionId, version);
      return { kind: 'appended', version, at };
    } catch (error) {
      refused?.add(input.sessionId);
      return { kind: 'failed', message: message(error) };
    }
  }

  /**
   * Nothing was written: the command's original events if it was applied, else a conflict
   * at the real head (`always`: even at the expected version, for a session refused earlier in the batch).
   */
  private refusal(input: PreparedAppend, heads: Map<string, number>, refused?: Set<string>, always = false): Outcome {
    refused?.add(input.sessionId);
    if (input.commandId !== null) {
      const original = this.selectCommand.all(input.sessionId, input.commandId);
      if (original.length > 0) return { kind: 'duplicate', rows: original };
    }
    const actual = this.selectHead.get(input.sessionId)!.v;
    heads.set(input.sessionId, actual);
    if (actual === input.expectedVersion && !always)
      return { kind: 'failed', message: 'append refused by a constraint at the expected version' };
    return { kind: 'conflict', actual };
  }
}
