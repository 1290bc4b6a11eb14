/**
 * buildServer(): the whole live server as one Fastify instance — HTTP API, WebSocket
 * endpoint, static web app — over one event store. Listening is the caller's business
 * (`council serve`, tests, the benchmark), as is closing the store.
 */
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { EventStore } from '../store/event-store.js';
import { localPublisher, type Publisher } from '../store/publisher.js';
import { SessionCommands } from './commands.js';
import type { ServerContext } from './context.js';
import { SessionDirectory } from './directory.js';
import { healthRoute, type StoreKind } from './health.js';
import { installErrorHandler, refuseOversizeBodies } from './http.js';
import { LiveHub } from './hub.js';
import { DEFAULT_LIMITS } from './limits.js';
import { loggerOptions, OneLinePerRequest, type LogSettings } from './logging.js';
import { openApiRoutes } from './openapi.js';
import { ReadGuard } from './privacy.js';
import { recordRoutes } from './route-table.js';
import { analysisRoutes } from './routes/analysis.js';
import { documentRoutes } from './routes/documents.js';
import { chairKeyRoutes } from './routes/chair-key.js';
import { exportRoutes } from './routes/exports.js';
import { fixtureRoutes } from './routes/fixtures.js';
import { forecastRoutes } from './routes/forecast.js';
import { joinRoutes } from './routes/join.js';
import { noteRoutes } from './routes/notes.js';
import { qrRoutes } from './routes/qr.js';
import { referenceRoutes } from './routes/reference.js';
import { type RateLimitSetting, sessionRoutes } from './routes/sessions.js';
import { installSecurityHeaders } from './security.js';
import { defaultWebRoot, serveWebApp } from './static.js';
import { attachLiveSockets, type LiveSockets } from './ws.js';

export interface ServerOptions {
  store: EventStore;
  /** Which kind of store `store` is, for /api/health (the server cannot tell from the interface). */
  storeKind?: StoreKind;
  /** Fan-out of appended events; default the store's in-process publisher (PostgreSQL instances: openPublisher). */
  publisher?: Publisher;
  /** Built web app; default <repo>/web/dist. */
  webRoot?: string;
  /** POST /api/join per client IP; default 20 a minute. */
  joinRateLimit?: RateLimitSetting;
  /** POST /api/sessions per client IP; default 30 a minute. */
  createRateLimit?: RateLimitSetting;
  /** WebSocket heartbeat period; default 25 s (the web app treats 45 s of silence as a dead link). */
  heartbeatMs?: number;
  /** Origin used in QR codes, e.g. "https://mun.example.org"; default: the request's own. */
  publicUrl?: string;
  /** Structured request logs (one line per request, no secrets); default none. */
  log?: LogSettings;
  /** Trust X-Forwarded-For (behind a reverse proxy), so rate limits see real client IPs. */
  trustProxy?: boolean;
  /** Live WebSockets per client address; default 500. */
  maxSocketsPerIp?: number;
  /** Bytes queued for all WebSockets together before the slowest are dropped (1013); default 256 MB. */
  maxBufferedBytes?: number;
  /** Largest request body; default 256 KiB (a larger one is answered 413). */
  bodyLimitBytes?: number;
  /** Time-outs, in ms: a request's headers (default 10 s), a whole request (30 s), an idle keep-alive connection (5 s). */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const app = Fastify({
    logger: loggerOptions(options.log),
    logController: new OneLinePerRequest(),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimitBytes ?? 256 * 1024,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 5_000,
    // Node checks the header and request time-outs every connectionsCheckingInterval (30 s by default).
    http: { headersTimeout, connectionsCheckingInterval: Math.max(250, Math.min(1_000, Math.floor(headersTimeout / 4))) },
  });
  recordRoutes(app);
  const store = options.store;
  const publisher = options.publisher ?? localPublisher(store);
  const directory = new SessionDirectory(store);
  const ctx: ServerContext = {
    store,
    commands: new SessionCommands(store, publisher),
    directory,
    hub: new LiveHub(store, publisher),
    guard: new ReadGuard(store, directory),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  };

  installErrorHandler(app);
  await installSecurityHeaders(app);
  refuseOversizeBodies(app, options.bodyLimitBytes ?? 256 * 1024);
  await app.register(fastifyRateLimit, { global: false });
  // Responses carry tokens and live state: never cache API answers.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  sessionRoutes(app, ctx, options.createRateLimit ?? { max: 30, timeWindowMs: 60_000 });
  joinRoutes(app, ctx, options.joinRateLimit ?? { max: 20, timeWindowMs: 60_000 });
  qrRoutes(app, ctx);
  chairKeyRoutes(app, ctx);
  noteRoutes(app, ctx);
  referenceRoutes(app);
  exportRoutes(app, ctx);
  documentRoutes(app, ctx);
  fixtureRoutes(app);
  forecastRoutes(app);
  analysisRoutes(app);
  openApiRoutes(app);
  let sockets: LiveSockets | null = null;
  healthRoute(app, ctx, {
    storeKind: options.storeKind ?? 'unknown',
    sockets: () => ({ open: sockets?.count ?? 0, droppedSlowReaders: sockets?.droppedSlowReaders ?? 0 }),
  });
  await serveWebApp(app, options.webRoot ?? defaultWebRoot());

  sockets = attachLiveSockets(app.server, ctx, {
    heartbeatMs: options.heartbeatMs ?? 25_000,
    maxSocketsPerIp: options.maxSocketsPerIp ?? DEFAULT_LIMITS.maxSocketsPerIp,
    maxBufferedBytes: options.maxBufferedBytes ?? DEFAULT_LIMITS.maxBufferedBytes,
    trustProxy: options.trustProxy ?? false,
    log: app.log,
  });
  const live = sockets;
  // preClose: upgraded sockets would otherwise keep the HTTP server's close() waiting.
  app.addHook('preClose', async () => {
    live.close();
    ctx.hub.close();
  });
  return app;
}
