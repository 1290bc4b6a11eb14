/**
 * The wire protocol, one module: the zod schemas and inferred types of everything the
 * server, the CLI and the web app exchange (docs/protocol.md). Session events' payloads are
 * the types of src/sessions/events.ts (`.v1` shapes never change).
 *
 * Two public entry points: this one, and `words.ts`, the same closed vocabularies as plain
 * constants, which a browser bundle imports without loading zod.
 */
export * from './vocabulary.js';
export * from './errors.js';
export * from './commands.js';
export * from './council.js';
export * from './messages.js';
export type { SessionEvent, EventType, EventOf } from '../sessions/events.js';
export * from './events.js';
export * from './document.js';
