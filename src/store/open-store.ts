/**
 * The one way the rest of council gets an EventStore: by URL.
 *   memory:                      nothing persists (tests, replays)
 *   sqlite:FILE                  the embedded default, sqlite:./council.sqlite
 *   postgres://... postgresql:// several server instances on one database
 */
import type { EventStore } from './event-store.js';
import { openMemoryStore } from './memory-store.js';
import { openPostgresStore } from './postgres-store.js';
import { openSqliteStore } from './sqlite-store.js';
import { StoreError } from './store-error.js';
import { DEFAULT_STORE_URL, parseStoreUrl } from './store-url.js';

/** Open the store `url` names, creating its schema if needed. Rejects with StoreError ('invalid-store-url' or 'store-unavailable'). */
export async function openStore(url: string = DEFAULT_STORE_URL): Promise<EventStore> {
  const location = parseStoreUrl(url);
  if (!location.ok) throw new StoreError('invalid-store-url', location.error.message);
  switch (location.value.kind) {
    case 'memory':
      return openMemoryStore();
    case 'sqlite':
      return openSqliteStore(location.value.file);
    case 'postgres':
      return openPostgresStore(location.value.url);
  }
}
