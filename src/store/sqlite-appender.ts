/**
 * The SQLite append path, on the store's connection (sqlite-store.ts). The command ledger
 * (sqlite-ledger.ts) holds each session's committed head and command ids, so an append is
 * its INSERT statements and nothing else: no select of the head, no select by command id,
 * no second index to write. The primary key (session_id, version) is the last word: it
 * refuses an append the ledger thought fresh when another process wrote past its head,
 * and only then is the file read to tell a duplicate from a conflict.
 *
 * A batch (every append made during one event-loop turn) is one transaction, so its
 * appends share one fsync; a lone single-event append is one autocommit INSERT. The ledger
 * learns a batch's writes only once it has committed.
 */
import type Database from 'better-sqlite3';
import type { PreparedAppend } from './append-input.js';
import { CommandLedger, type CommandRange } from './sqlite-ledger.js';

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

/** What one batch has written but not yet committed. */
class Batch {
  /** Session id -> head after this batch's appends. */
  readonly heads = new Map<string, number>();
  /** Sessions with an append refused in this batch: later appends to them are refused too. */
  readonly refused = new Set<string>();
  /** Sessions whose refusal the ledger could not explain (another process wrote): read them again. */
  readonly stale = new Set<string>();
  readonly written: { sessionId: string; commandId: string | null; first: number; last: number }[] = [];
  /** `${sessionId}\0${commandId}` -> versions written in this batch (ids hold no NUL: append-input.ts). */
  readonly commands = new Map<string, CommandRange>();
}

const commandKey = (sessionId: string, commandId: string) => `${sessionId}\u0000${commandId}`;

export class SqliteAppender {
  private readonly ledger: CommandLedger;
  private readonly selectCommand;
  private readonly selectRange;
  private readonly selectHead;
  private readonly insert;
  private readonly insertMany;
  private readonly appendBatch;

  constructor(db: Database.Database, ledgerLimit?: number) {
    this.ledger = new CommandLedger(db, ledgerLimit);
    // No index on command_id: this scans the session's rows, on the rare refusal the ledger cannot explain.
    this.selectCommand = db.prepare<[string, string], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM council_events WHERE session_id = ? AND command_id = ? ORDER BY version`,
    );
    this.selectRange = db.prepare<[string, number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM council_events WHERE session_id = ? AND version BETWEEN ? AND ? ORDER BY version`,
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
    this.appendBatch = db.transaction((inputs: PreparedAppend[], batch: Batch, at: string): Outcome[] =>
      inputs.map((input) => this.appendOne(input, batch, at)),
    );
  }

  /** Write a batch; throws if the transaction itself fails (nothing of it committed). */
  run(inputs: PreparedAppend[]): Outcome[] {
    const batch = new Batch();
    const at = new Date().toISOString();
    const lone = inputs.length === 1 && inputs[0]!.events.length === 1;
    const outcomes = lone ? [this.appendOne(inputs[0]!, batch, at)] : this.appendBatch.immediate(inputs, batch, at);
    // Committed: only now may the ledger move.
    for (const w of batch.written) this.ledger.committed(w.sessionId, w.commandId, w.first, w.last);
    for (const sessionId of batch.stale) this.ledger.forget(sessionId);
    this.ledger.trim();
    return outcomes;
  }

  /** The committed events of `commandId` in the session, or none (reads what other processes committed too). */
  findCommand(sessionId: string, commandId: string): EventRow[] {
    this.ledger.refresh(sessionId);
    const range = this.ledger.find(sessionId, commandId);
    this.ledger.trim();
    return range ? this.rowsOf(sessionId, commandId, range) : [];
  }

  /** One append inside the batch. */
  private appendOne(input: PreparedAppend, batch: Batch, at: string): Outcome {
    const { sessionId, commandId } = input;
    try {
      let head = batch.heads.get(sessionId) ?? this.ledger.head(sessionId);
      // Another process may have written since: read its rows (committed ones only, as this
      // batch has not written to the session) before calling the caller's version stale.
      if (head !== input.expectedVersion && !batch.heads.has(sessionId)) head = this.ledger.refresh(sessionId);
      // A later append to a session whose earlier append in this batch was refused may have
      // been decided on it (pipelined): refuse it too, whatever the head (the caller decides again).
      if (batch.refused.has(sessionId)) return this.refusal(input, batch, true);
      if (head !== input.expectedVersion) return this.refusal(input, batch);
      if (commandId !== null && this.placed(batch, sessionId, commandId)) return this.refusal(input, batch);
      try {
        if (input.events.length === 1) {
          const event = input.events[0]!;
          this.insert.run(sessionId, head + 1, event.type, event.json, commandId, 0, input.commandHash, at);
        } else {
          this.insertMany(input, head, at);
        }
      } catch (error) {
        if (isConstraint(error)) return this.refusal(input, batch);
        throw error;
      }
      const version = head + input.events.length;
      batch.heads.set(sessionId, version);
      batch.written.push({ sessionId, commandId, first: head + 1, last: version });
      if (commandId !== null) batch.commands.set(commandKey(sessionId, commandId), [head + 1, version]);
      return { kind: 'appended', version, at };
    } catch (error) {
      batch.refused.add(sessionId);
      batch.stale.add(sessionId);
      return { kind: 'failed', message: message(error) };
    }
  }

  /**
   * Nothing was written: the command's original events if it was applied, else a conflict
   * at the real head (`always`: even at the expected version, for a session refused earlier in the batch).
   */
  private refusal(input: PreparedAppend, batch: Batch, always = false): Outcome {
    const { sessionId, commandId } = input;
    batch.refused.add(sessionId);
    if (commandId !== null) {
      const known = this.placed(batch, sessionId, commandId);
      const original = known ? this.rowsOf(sessionId, commandId, known) : this.selectCommand.all(sessionId, commandId);
      if (original.length > 0) {
        if (!known) batch.stale.add(sessionId);
        return { kind: 'duplicate', rows: original };
      }
    }
    const actual = this.selectHead.get(sessionId)!.v;
    // Another process wrote past what this batch and the ledger know.
    if (actual !== (batch.heads.get(sessionId) ?? this.ledger.head(sessionId))) batch.stale.add(sessionId);
    batch.heads.set(sessionId, actual);
    if (actual === input.expectedVersion && !always)
      return { kind: 'failed', message: 'append refused by a constraint at the expected version' };
    return { kind: 'conflict', actual };
  }

  /** Where the command was written: earlier in this batch, or in a commit the ledger knows. */
  private placed(batch: Batch, sessionId: string, commandId: string): CommandRange | undefined {
    return batch.commands.get(commandKey(sessionId, commandId)) ?? this.ledger.find(sessionId, commandId);
  }

  /** The rows of a command the ledger placed; read by command id instead if they are not there (a changed file). */
  private rowsOf(sessionId: string, commandId: string, [first, last]: CommandRange): EventRow[] {
    const rows = this.selectRange.all(sessionId, first, last);
    return rows.length > 0 && rows.every((r) => r.command_id === commandId) ? rows : this.selectCommand.all(sessionId, commandId);
  }
}
