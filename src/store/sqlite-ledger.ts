/**
 * What the SQLite store knows of each session's committed log without asking the file:
 * its head version and the versions of every command id in it. With it an append is one
 * INSERT into the primary key alone; a unique command-id index would be a second b-tree
 * written, and a second WAL frame, at every append (measured in `npm run bench -- store`:
 * 86-87% of the raw loop with that index, 93% without).
 *
 * The ledger is only ever behind the file, never ahead: it moves after a commit, or by
 * reading committed rows past its head. So on a file other processes also write (tools,
 * tests), an append the ledger thinks fresh is written at head + 1, where the primary key
 * refuses it if anyone wrote past that head; the appender then reads the file itself.
 *
 * Sessions are kept up to a total number of commands, the least recently used left out first; a
 * session left out is read again (one primary-key range) when it is next used. Sessions are
 * left out only by `trim`, which the appender calls outside its transactions: a session
 * read inside one would include that batch's rows before they commit.
 */
import type Database from 'better-sqlite3';

/** A command's events: versions first..last, contiguous (one append). */
export type CommandRange = readonly [first: number, last: number];

interface SessionLedger {
  head: number;
  commands: Map<string, CommandRange>;
  /** When it was last used (the ledger's own clock): `trim` leaves out the oldest first. */
  used: number;
}

/** Roughly 100 MB of ids at most; a server holding more than that reads its least used sessions again. */
export const DEFAULT_LEDGER_LIMIT = 1_000_000;

export class CommandLedger {
  private readonly sessions = new Map<string, SessionLedger>();
  private held = 0;
  private clock = 0;
  private readonly selectCommands;

  constructor(
    db: Database.Database,
    private readonly limit = DEFAULT_LEDGER_LIMIT,
  ) {
    this.selectCommands = db.prepare<[string, number], { version: number; command_id: string | null }>(
      'SELECT version, command_id FROM council_events WHERE session_id = ? AND version > ? ORDER BY version',
    );
  }

  /** The session's committed head (read from the file the first time, or after it was left out). */
  head(sessionId: string): number {
    return this.session(sessionId).head;
  }

  /** Where `commandId` was committed in the session, as far as the ledger knows. */
  find(sessionId: string, commandId: string): CommandRange | undefined {
    return this.session(sessionId).commands.get(commandId);
  }

  /** The session's head after reading the rows committed past the ledger's (by another process). */
  refresh(sessionId: string): number {
    const ledger = this.session(sessionId);
    this.readPast(ledger, sessionId);
    return ledger.head;
  }

  /** A commit wrote versions first..last for `commandId` (null: no command id) at the session's head. */
  committed(sessionId: string, commandId: string | null, first: number, last: number): void {
    const ledger = this.session(sessionId);
    // Read back from the file already (it was left out and loaded again since the write).
    if (ledger.head >= last) return;
    if (first !== ledger.head + 1) {
      // Not contiguous with what the ledger holds: someone else wrote in between. Read it all again.
      this.forget(sessionId);
      return;
    }
    ledger.head = last;
    if (commandId !== null) this.add(ledger, commandId, [first, last]);
  }

  /** Drop what is known of the session (after a refusal whose cause the ledger cannot tell). */
  forget(sessionId: string): void {
    const ledger = this.sessions.get(sessionId);
    if (!ledger) return;
    this.held -= ledger.commands.size;
    this.sessions.delete(sessionId);
  }

  private session(sessionId: string): SessionLedger {
    let ledger = this.sessions.get(sessionId);
    if (!ledger) {
      ledger = { head: 0, commands: new Map(), used: 0 };
      this.readPast(ledger, sessionId);
      this.sessions.set(sessionId, ledger);
    }
    ledger.used = ++this.clock;
    return ledger;
  }

  private readPast(ledger: SessionLedger, sessionId: string): void {
    let start = 0;
    let open: string | null = null;
    for (const row of this.selectCommands.iterate(sessionId, ledger.head)) {
      // A command's rows are contiguous: a range closes where the id changes.
      if (row.command_id !== open) {
        open = row.command_id;
        start = row.version;
      }
      if (open !== null) this.add(ledger, open, [start, row.version]);
      ledger.head = row.version;
    }
  }

  private add(ledger: SessionLedger, commandId: string, range: CommandRange): void {
    if (!ledger.commands.has(commandId)) this.held += 1;
    ledger.commands.set(commandId, range);
  }

  /**
   * Over `limit` commands, leave out the least recently used sessions down to 90% of it (so
   * the sort is not paid at every append near the limit); the most recent always stays.
   */
  trim(): void {
    if (this.held <= this.limit) return;
    const oldestFirst = [...this.sessions].sort(([, a], [, b]) => a.used - b.used);
    for (const [sessionId] of oldestFirst.slice(0, -1)) {
      if (this.held <= this.limit * 0.9) return;
      this.forget(sessionId);
    }
  }
}
