/**
 * The one way the rest of council gets an EventStore: by URL.
 *   memory:                      nothing persists (tests, replays)
 *   sqlite:FILE                  the embedded default, sqlite:./council.sqlite
 *   postgres://... postgresql:// several server instances on one database
 * `exclusive` (the server): hold a SQLite file for the store's life, refusing a second server.
 */
import type { EventStore } from './event-store.js';
import { openMemoryStore } from './memory-store.js';
import { openPostgresPublisher } from './postgres-publisher.js';
import { openPostgresStore } from './postgres-store.js';
import { MemoryPublisher, type Publisher } from './publisher.js';
import { openSqliteStore } from './sqlite-store.js';
import { StoreError } from './store-error.js';
import { DEFAULT_STORE_URL, parseStoreUrl } from './store-url.js';

/**
 * The fan-out for a server on `url`: in-process for memory and SQLite (one process per
 * store), LISTEN/NOTIFY for PostgreSQL (several instances on one database).
 */
export async function openPublisher(url: string = DEFAULT_STORE_URL): Promise<Publisher> {
  const location = parseStoreUrl(url);
  if (!location.ok) throw new StoreError('invalid-store-url', location.error.message);
  return location.value.kind === 'postgres' ? openPostgresPublisher(location.value.url) : new MemoryPublisher();
}

/** Open the store `url` names, creating its schema if needed. Rejects with StoreError ('invalid-store-url' or 'store-unavailable'). */
export async function openStore(url: string = DEFAULT_STORE_URL, options: { exclusive?: boolean } = {}): Promise<EventStore> {
  const location = parseStoreUrl(url);
  if (!location.ok) throw new StoreError('invalid-store-url', location.error.message);
  switch (location.value.kind) {
    case 'memory':
      return openMemoryStore();
    case 'sqlite':
      return openSqliteStore(location.value.file, { exclusive: options.exclusive ?? false });
    case 'postgres':
      return openPostgresStore(location.value.url);
  }
}
