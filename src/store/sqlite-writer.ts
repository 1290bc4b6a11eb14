/**
 * The SQLite writer thread: it owns the connection that appends, so the fsync of each
 * commit (synchronous=FULL) blocks this thread, never the server's event loop. Appends
 * that arrive while a batch is being written queue up and go in the next batch: group
 * commit that grows with the disk's latency. Messages: `open` once, then `batch`es;
 * each batch is answered with its outcomes only after its commit (or with its failure).
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { PreparedAppend } from './append-input.js';
import { SqliteAppender, type Outcome } from './sqlite-appender.js';

export interface WriterOptions {
  file: string;
  busyTimeoutMs: number;
}

export type WriterReply = { id: number; outcomes: Outcome[] } | { id: number; failed: string };

const { file, busyTimeoutMs } = workerData as WriterOptions;
const db = new Database(file, { timeout: busyTimeoutMs, fileMustExist: true });
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const appender = new SqliteAppender(db);

parentPort!.on('message', (message: { id: number; batch: PreparedAppend[] } | 'close') => {
  if (message === 'close') {
    db.close();
    parentPort!.close();
    return;
  }
  let reply: WriterReply;
  try {
    reply = { id: message.id, outcomes: appender.run(message.batch) };
  } catch (error) {
    reply = { id: message.id, failed: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage('ready');
