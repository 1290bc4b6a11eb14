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
import { installErrorHandler } from './http.js';
import { LiveHub } from './hub.js';
import { analysisRoutes } from './routes/analysis.js';
import { exportRoutes } from './routes/exports.js';
import { fixtureRoutes } from './routes/fixtures.js';
import { forecastRoutes } from './routes/forecast.js';
import { joinRoutes } from './routes/join.js';
import { qrRoutes } from './routes/qr.js';
import { referenceRoutes } from './routes/reference.js';
import { type RateLimitSetting, sessionRoutes } from './routes/sessions.js';
import { defaultWebRoot, serveWebApp } from './static.js';
import { attachLiveSockets } from './ws.js';

export interface ServerOptions {
  store: EventStore;
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
  /** Fastify request logging; default off. */
  logger?: boolean;
  /** Trust X-Forwarded-For (behind a reverse proxy), so rate limits see real client IPs. */
  trustProxy?: boolean;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, trustProxy: options.trustProxy ?? false, bodyLimit: 256 * 1024 });
  const publisher = options.publisher ?? localPublisher(options.store);
  const ctx: ServerContext = {
    store: options.store,
    commands: new SessionCommands(options.store, publisher),
    directory: new SessionDirectory(options.store),
    hub: new LiveHub(options.store, publisher),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  };

  installErrorHandler(app);
  await app.register(fastifyRateLimit, { global: false });
  // Responses carry tokens and live state: never cache API answers.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  sessionRoutes(app, ctx, options.createRateLimit ?? { max: 30, timeWindowMs: 60_000 });
  joinRoutes(app, ctx, options.joinRateLimit ?? { max: 20, timeWindowMs: 60_000 });
  qrRoutes(app, ctx);
  referenceRoutes(app);
  exportRoutes(app, ctx);
  fixtureRoutes(app);
  forecastRoutes(app);
  analysisRoutes(app);
  app.get('/api/health', async () => ({ ok: true, subscribers: ctx.hub.subscriberCount }));
  await serveWebApp(app, options.webRoot ?? defaultWebRoot());

  const sockets = attachLiveSockets(app.server, ctx, { heartbeatMs: options.heartbeatMs ?? 25_000 });
  // preClose: upgraded sockets would otherwise keep the HTTP server's close() waiting.
  app.addHook('preClose', async () => {
    sockets.close();
    ctx.hub.close();
  });
  return app;
}
