/**
 * HTTP plumbing shared by the routes: zod parsing that answers 400 with the offending
 * field, and the error handler that gives every failure the `{error:{code,message}}`
 * shape — never a stack trace.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { fromInfrastructure, HttpError } from './errors.js';

/** Parse untrusted input or throw a 400 naming the first problem. */
export function parseOr400<T extends z.ZodType>(schema: T, input: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new HttpError(400, 'invalid-' + what, `Invalid ${what}: ${where}${issue?.message ?? 'malformed'}.`);
}

/**
 * 413 for a body whose Content-Length is over the limit, answered before the body is read.
 * Fastify's own refusal closes the connection while the client is still sending, and the
 * client sees a reset instead of the answer; here the connection stays open and Node reads
 * and discards the rest of the body (bounded by the request time-out).
 */
export function refuseOversizeBodies(app: FastifyInstance, limitBytes: number): void {
  app.addHook('onRequest', async (request, reply) => {
    const declared = Number(request.headers['content-length']);
    if (!Number.isFinite(declared) || declared <= limitBytes) return;
    return reply.code(413).send({
      error: { code: 'body-too-large', message: `The request body is ${declared} bytes; the most this server accepts is ${limitBytes}.` },
    });
  });
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) return reply.code(error.statusCode).send(error.body());
    const infrastructure = fromInfrastructure(error);
    if (infrastructure) {
      request.log.warn({ err: error }, 'store failure');
      return reply.code(infrastructure.statusCode).send(infrastructure.body());
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply.code(429).send({ error: { code: 'rate-limited', message: error.message } });
    }
    if (status === 413) {
      // A chunked body found too large while reading: as in refuseOversizeBodies, answer on a
      // connection that stays open and read the rest away (Fastify would close it under the
      // client, which then sees a reset instead of the answer).
      reply.removeHeader('connection');
      request.raw.resume();
      return reply.code(413).send({ error: { code: 'body-too-large', message: error.message } });
    }
    if (status >= 400 && status < 500) {
      // Fastify's own refusals: malformed JSON, wrong content type, body too large.
      const code = error.code
        ? error.code
            .replace(/^FST_ERR_/, '')
            .toLowerCase()
            .replace(/_/g, '-')
        : 'bad-request';
      return reply.code(status).send({ error: { code, message: error.message } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ error: { code: 'internal', message: 'The server failed to handle this request.' } });
  });
}
