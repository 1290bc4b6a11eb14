/** `council serve`: the live-session server (HTTP API, WebSocket, web app). */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type Command, printJson, UsageError } from '../command.js';
import { startServer } from '../../server/listen.js';
import { parseStoreUrl } from '../../store/store-url.js';

const optionsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1).max(255),
  database: z.string().min(1),
  publicUrl: z.url().optional(),
});

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the live-session server (API, WebSocket, web app)',
  usage: [
    'Usage: council serve [--port N] [--host H] [--database sqlite:FILE|postgres://...|memory:] [--public-url URL] [--json]',
    '  --port        port to listen on (default $PORT or 3000; 0 = any free port)',
    '  --host        interface (default $HOST or 127.0.0.1; 0.0.0.0 lets phones on your network join)',
    '  --database    event store (default sqlite:./council.sqlite); several servers may share one postgres://',
    '  --public-url  origin printed in QR codes, e.g. https://mun.example.org (default: the request\'s)',
    '  --json        print {"url":...} as JSON instead of the banner',
    'Stops cleanly on Ctrl+C (SIGINT) or SIGTERM.',
  ].join('\n'),
  async run(argv, io) {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        options: {
          port: { type: 'string' },
          host: { type: 'string' },
          database: { type: 'string' },
          'public-url': { type: 'string' },
          json: { type: 'boolean' },
        },
        strict: true,
        allowPositionals: false,
      }));
    } catch (e) {
      throw new UsageError(e instanceof Error ? e.message : String(e));
    }
    const parsed = optionsSchema.safeParse({
      port: values.port ?? process.env.PORT ?? 3000,
      host: values.host ?? process.env.HOST ?? '127.0.0.1',
      database: values.database ?? 'sqlite:./council.sqlite',
      publicUrl: values['public-url'],
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(`--${String(issue?.path[0] ?? 'option')}: ${issue?.message ?? 'invalid'}`);
    }
    const store = parseStoreUrl(parsed.data.database);
    if (!store.ok) throw new UsageError(`--database: ${store.error.message}`);
    const { publicUrl, ...rest } = parsed.data;
    const server = await startServer(
      { ...rest, ...(publicUrl ? { publicUrl } : {}), logger: false },
      values.json ? () => {} : (line) => io.out(line + '\n'),
    ).catch((e: unknown) => {
      const code = (e as { code?: string }).code;
      if (code === 'EADDRINUSE') throw new UsageError(`port ${parsed.data.port} is already in use; try --port 0`);
      if (code === 'EACCES') throw new UsageError(`not allowed to listen on ${parsed.data.host}:${parsed.data.port}`);
      // A store that cannot be opened (in use by another server, unreachable): one line, no stack.
      if ((e as { name?: string }).name === 'StoreError') throw new UsageError((e as Error).message);
      throw e;
    });
    if (values.json) printJson(io, { url: server.url });
    await server.stopped;
    return 0;
  },
};
