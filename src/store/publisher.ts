/**
 * Fan-out as a small interface: SessionService publishes what it appended, the live hub
 * (and anyone else) subscribes. An update carries the events themselves when they were
 * written by this process, so nobody re-reads the store for them; an update from another
 * process (PostgreSQL LISTEN/NOTIFY) carries only the session's new version, and the
 * subscriber reads what it has not seen.
 *
 * Listeners run after the commit, so a listener that throws must not turn an
 * acknowledged append into a failure: its error is reported as a process warning and the
 * other listeners still run.
 */
import type { EventStore, StoredEvent } from './event-store.js';

export type Update =
  /** Appended by this process: the stored events, in order. */
  | { sessionId: string; events: StoredEvent[] }
  /** Appended elsewhere: the session reached `version`; read what is new. */
  | { sessionId: string; version: number };

export type UpdateListener = (update: Update) => void;

export interface Publisher {
  /** Tell every subscriber (and, for PostgreSQL, every other instance) of freshly stored events. */
  publish(sessionId: string, events: StoredEvent[]): void;
  subscribe(listener: UpdateListener): () => void;
  close(): Promise<void>;
}

/** The newest version an update reports. */
export function updateVersion(update: Update): number {
  return 'events' in update ? (update.events[update.events.length - 1]?.version ?? 0) : update.version;
}

/** The subscriber list every publisher shares. */
export class Listeners {
  private readonly listeners = new Set<UpdateListener>();

  add(listener: UpdateListener): () => void {
    // Wrap so the same function subscribed twice is called twice and unsubscribes independently.
    const entry: UpdateListener = (update) => listener(update);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  emit(update: Update): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(update);
      } catch (error) {
        process.emitWarning(`publisher listener threw: ${error instanceof Error ? error.message : String(error)}`, {
          code: 'COUNCIL_PUBLISHER_LISTENER',
        });
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}

/** In-process fan-out (memory and SQLite stores: one process per store). */
export class MemoryPublisher implements Publisher {
  private readonly listeners = new Listeners();

  publish(sessionId: string, events: StoredEvent[]): void {
    if (events.length > 0) this.listeners.emit({ sessionId, events });
  }

  subscribe(listener: UpdateListener): () => void {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}

const local = new WeakMap<EventStore, Publisher>();

/** The in-process publisher of `store`: services over one store object share it unless given another. */
export function localPublisher(store: EventStore): Publisher {
  let publisher = local.get(store);
  if (!publisher) {
    publisher = new MemoryPublisher();
    local.set(store, publisher);
  }
  return publisher;
}
