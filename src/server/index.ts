/** The live server's public surface (docs/protocol.md describes the wire protocol). */
export { buildServer, type ServerOptions } from './app.js';
export { startServer, type RunningServer, type ServeSettings } from './listen.js';
