/**
 * The wire protocol, one module: the zod schemas and inferred types of everything the
 * server, the CLI and the web app exchange (docs/protocol.md). Session events' payloads are
 * the types of src/sessions/events.ts (`.v1` shapes never change).
 */
export * from './vocabulary.js';
export * from './errors.js';
export * from './commands.js';
export * from './council.js';
export * from './messages.js';
export type { SessionEvent, EventType, EventOf } from '../sessions/events.js';
export * from './events.js';
