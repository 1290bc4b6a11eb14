/** What every route and the WebSocket endpoint share. */
import type { SessionCommands } from './commands.js';
import type { EventStore } from '../store/event-store.js';
import type { SessionDirectory } from './directory.js';
import type { LiveHub } from './hub.js';
import type { ReadGuard } from './privacy.js';

export interface ServerContext {
  store: EventStore;
  /** The session engine: every command goes through commands.ts. */
  commands: SessionCommands;
  directory: SessionDirectory;
  hub: LiveHub;
  /** Who may read which session (private meetings and consultations: participants only). */
  guard: ReadGuard;
  /** Absolute origin for links in QR codes ("https://mun.example.org"); else taken from the request. */
  publicUrl?: string;
}
