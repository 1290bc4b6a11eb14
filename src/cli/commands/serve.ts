/** `council serve`: the live-session server (HTTP API, WebSocket, web app). */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type CommandModule, printJson, UsageError } from '../command.js';
import { startServer } from '../../server/listen.js';
import { LOG_LEVELS } from '../../server/logging.js';
import { parseStoreUrl } from '../../store/store-url.js';

const optionsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1).max(255),
  database: z.string().min(1),
  publicUrl: z.url().optional(),
  logLevel: z.enum(LOG_LEVELS),
  maxSocketsPerIp: z.coerce.number().int().min(1).max(1_000_000),
  trustProxy: z.boolean(),
});

/** Flag, else environment variable, else default: the flag always wins. */
const ENV = {
  port: 'PORT',
  host: 'HOST',
  database: 'COUNCIL_DATABASE',
  publicUrl: 'COUNCIL_PUBLIC_URL',
  logLevel: 'COUNCIL_LOG_LEVEL',
  maxSocketsPerIp: 'COUNCIL_MAX_SOCKETS_PER_IP',
  trustProxy: 'COUNCIL_TRUST_PROXY',
} as const;

const FLAG: Record<keyof typeof ENV, string> = {
  port: '--port',
  host: '--host',
  database: '--database',
  publicUrl: '--public-url',
  logLevel: '--log-level',
  maxSocketsPerIp: '--max-sockets-per-ip',
  trustProxy: '--trust-proxy',
};

export const serveCommand: CommandModule = {
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
          'log-level': { type: 'string' },
          'max-sockets-per-ip': { type: 'string' },
          'trust-proxy': { type: 'boolean' },
          json: { type: 'boolean' },
        },
        strict: true,
        allowPositionals: false,
      }));
    } catch (e) {
      throw new UsageError(e instanceof Error ? e.message : String(e));
    }
    const env = (key: keyof typeof ENV) => {
      const value = process.env[ENV[key]];
      return value === undefined || value === '' ? undefined : value;
    };
    const parsed = optionsSchema.safeParse({
      port: values.port ?? env('port') ?? 3000,
      host: values.host ?? env('host') ?? '127.0.0.1',
      database: values.database ?? env('database') ?? 'sqlite:./council.sqlite',
      publicUrl: values['public-url'] ?? env('publicUrl'),
      logLevel: values['log-level'] ?? env('logLevel') ?? 'info',
      maxSocketsPerIp: values['max-sockets-per-ip'] ?? env('maxSocketsPerIp') ?? 500,
      trustProxy: values['trust-proxy'] ?? ['1', 'true', 'yes'].includes((env('trustProxy') ?? '').toLowerCase()),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = String(issue?.path[0] ?? 'option') as keyof typeof ENV;
      const fromFlag = FLAG[key] && values[FLAG[key].slice(2) as keyof typeof values] !== undefined;
      const where = FLAG[key] ? (fromFlag || !env(key) ? FLAG[key] : `$${ENV[key]}`) : `--${key}`;
      throw new UsageError(`${where}: ${issue?.message ?? 'invalid'}`);
    }
    const store = parseStoreUrl(parsed.data.database);
    if (!store.ok)
      throw new UsageError(
        `${values.database === undefined && env('database') ? '$COUNCIL_DATABASE' : '--database'}: ${store.error.message}`,
      );
    const { publicUrl, logLevel, ...rest } = parsed.data;
    const server = await startServer(
      { ...rest, ...(publicUrl ? { publicUrl } : {}), log: { level: logLevel, stream: { write: (line) => io.err(line) } } },
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
