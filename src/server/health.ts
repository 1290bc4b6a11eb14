/**
 * `GET /api/health`: is the store answering, how live updates are published, and which
 * version runs. 503 when the store does not answer, so a load balancer takes the instance out.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from './context.js';

export type StoreKind = 'memory' | 'sqlite' | 'postgres' | 'unknown';

/** package.json's version, from src/server (tsx) and dist/server (built) alike. */
export function councilVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

export interface HealthSources {
  storeKind: StoreKind;
  sockets(): { open: number; droppedSlowReaders: number };
}

export function healthRoute(app: FastifyInstance, ctx: ServerContext, sources: HealthSources): void {
  const version = councilVersion();
  const startedAt = Date.now();
  app.get('/api/health', async (_request, reply) => {
    const started = performance.now();
    let storeOk = true;
    try {
      // One indexed read of a session that cannot exist (ids never contain a dot).
      await ctx.store.read('health.probe', 0);
    } catch {
      storeOk = false;
    }
    const { open, droppedSlowReaders } = sources.sockets();
    return reply.code(storeOk ? 200 : 503).send({
      ok: storeOk,
      version,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      store: { kind: sources.storeKind, ok: storeOk, ms: Math.round((performance.now() - started) * 10) / 10 },
      // PostgreSQL: appends reach every instance through LISTEN/NOTIFY; otherwise this process publishes alone.
      publisher: {
        kind: sources.storeKind === 'postgres' ? 'postgres-listen-notify' : 'in-process',
        subscribers: ctx.hub.subscriberCount,
        sockets: open,
        droppedSlowReaders,
      },
    });
  });
}
