/**
 * The built web app (web/dist) with a single-page-app fallback: a browser opening
 * /chair/…, /join/…, /board/… gets index.html and the app routes itself. Without a
 * build, those pages explain how to make one instead of failing.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** web/dist from src/server (tsx) and from dist/server (built) alike. */
export function defaultWebRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');
}

const SPA_PREFIXES = ['/chair/', '/join/', '/d/', '/board/', '/history', '/analysis'];

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>council: web app not built</title></head>
<body><h1>The council web app is not built yet</h1>
<p>The API is running (try <a href="/api/health">/api/health</a>). To serve the app, build it and restart:</p>
<pre>npm run build</pre>
<p>(or only the web app: <code>npx vite build --config web/vite.config.ts</code>)</p></body></html>`;

function isAppPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '/';
  return path === '/' || SPA_PREFIXES.some((p) => path === p.replace(/\/$/, '') || path.startsWith(p));
}

export async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const built = existsSync(join(webRoot, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: webRoot, index: ['index.html'], wildcard: true });
  } else {
    app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(NOT_BUILT));
  }
  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    if (isAppPage(request)) {
      if (built) return reply.type('text/html; charset=utf-8').sendFile('index.html');
      return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
    }
    return reply.code(404).send({ error: { code: 'not-found', message: `No route for ${request.method} ${request.url.split('?')[0]}.` } });
  });
}
