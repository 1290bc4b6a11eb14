/**
 * Every route a server registers, so tests can require that each one is covered (by the
 * privacy tests, by the OpenAPI document) and a new route without coverage fails them.
 */
import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  url: string;
}

const tables = new WeakMap<FastifyInstance, RouteEntry[]>();

/** Start recording: call before any route is added. */
export function recordRoutes(app: FastifyInstance): void {
  const table: RouteEntry[] = [];
  tables.set(app, table);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) table.push({ method, url: route.url });
  });
}

export function registeredRoutes(app: FastifyInstance): RouteEntry[] {
  return [...(tables.get(app) ?? [])];
}
