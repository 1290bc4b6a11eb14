/**
 * A session as readers see it (the web app, records): the events, the state and the one
 * reducer — no store, no data, no command schemas. Deciding commands is handle.ts; running
 * them against a store is SessionService (service.ts), used by the CLI and the server.
 */
export * from './events.js';
export * from './state.js';
export { reduce, replay } from './reducer.js';
export * from './documents.js';
export * from './visibility.js';
