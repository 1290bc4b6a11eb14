/**
 * Structured logs through Fastify's pino: one JSON line per request, never a secret.
 * Headers are not logged at all (the Authorization header carries bearer tokens), a
 * `token` query parameter is masked, and so is the join code in a `/join/<code>` link
 * (a join code admits its delegation).
 */
import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogSettings {
  level: LogLevel;
  /** Where lines go; default standard output. */
  stream?: { write(line: string): void };
}

/** Fastify's `logger` option: pino at `level`, with request/response serialisers that carry no secret. */
export function loggerOptions(settings: LogSettings | undefined): FastifyServerOptions['logger'] {
  if (!settings || settings.level === 'silent') return false;
  return {
    level: settings.level,
    ...(settings.stream ? { stream: settings.stream } : {}),
    // Belt and braces: should anything ever log a request's headers, the secret ones are censored.
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["sec-websocket-protocol"]', 'headers.authorization'],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method?: string; url?: string }) => ({ method: request.method, url: maskUrl(request.url ?? '') }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

/** The request path with secrets masked: `token=` query values and `/join/<code>`. */
export function maskUrl(url: string): string {
  return url
    .replace(/([?&](?:token|access_token|joinCode)=)[^&#]*/gi, '$1[redacted]')
    .replace(/^\/(join)\/[^/?#]+/i, '/$1/[redacted]')
    .replace(/(\/chair\/[^/?#]+)#.*$/, '$1');
}

/** One line per finished request: Fastify's own pair ("incoming request", "request completed") becomes this. */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      url: maskUrl(request.url),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
      ip: request.ip,
      ...(error ? { error: error.message } : {}),
    };
    if (reply.statusCode >= 500) request.log.error(line, 'request');
    else request.log.info(line, 'request');
  }
}
