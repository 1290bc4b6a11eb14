/** What every route and the WebSocket endpoint share. */
import type { EventStore } from '../store/event-store.js';
import type { SessionDirectory } from './directory.js';
import type { LiveEngine } from './engine.js';
import type { LiveHub } from './hub.js';

export interface ServerContext {
  store: EventStore;
  engine: LiveEngine;
  directory: SessionDirectory;
  hub: LiveHub;
  /** Absolute origin for links in QR codes ("https://mun.example.org"); else taken from the request. */
  publicUrl?: string;
}
