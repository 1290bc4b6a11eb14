/**
 * `GET /api/openapi.json`: the HTTP API as an OpenAPI 3.1 document, its request shapes
 * generated from the same zod schemas the routes parse with (zod 4's toJSONSchema), and
 * `GET /api/docs`: that document rendered as one HTML page on the server (no script, so
 * it needs nothing the content security policy forbids).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CommandResultSchema,
  CommandSchema,
  CreatedSessionSchema,
  CreateSessionRequestSchema,
  DelegationCredentialSchema,
  ErrorResponseSchema,
  JoinedSchema,
  SessionSnapshotSchema,
  StoredEventSchema,
} from '../protocol/index.js';
import { councilVersion } from './health.js';
import { alignmentQuery, powerQuery } from './routes/analysis.js';
import { documentParams } from './routes/documents.js';
import { exportParams, exportQuery } from './routes/exports.js';
import { fixtureParams } from './routes/fixtures.js';
import { councilForecastQuery as forecastQuery } from './routes/forecast.js';
import { joinBody } from './routes/join.js';
import { qrParams } from './routes/qr.js';
import { councilQuery, rosterQuery } from './routes/reference.js';
import { CoChairsSchema, coChairParams, IssuedCoChairSchema, issueCoChairBody, WhoamiSchema } from './routes/chair-key.js';
import { NotesSchema } from './routes/notes.js';
import { eventsQuery, sessionParams } from './routes/sessions.js';

type JsonSchema = Record<string, unknown>;

/** A response: its description, and for JSON answers the protocol schema of the body. */
type Response = string | { description: string; schema: z.ZodType };

interface Operation {
  method: 'get' | 'post' | 'delete';
  /** OpenAPI path, `{id}` style. */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Bearer token: 'required', or 'closed-sessions' (private meetings and consultations need one to read). */
  auth?: 'required' | 'closed-sessions';
  responses: Record<string, Response>;
  produces?: string;
}

/** Commands a client sends (POST /commands, WebSocket): the engine's, without the server-set actor. */
const clientCommand = z.union(
  (CommandSchema.options as readonly z.ZodObject[])
    .filter((o) => (o.shape.type as z.ZodLiteral).value !== 'create-session')
    .map((o) => o.omit({ actor: true })),
);

const EventsSchema = z.object({ sessionId: z.string(), events: z.array(StoredEventSchema) });
const CommuniqueSchema = z.object({
  sessionId: z.string(),
  format: z.string(),
  issued: z.boolean(),
  communique: z.string().nullable(),
  rule: z.string(),
});

const ERRORS = { '400': 'Invalid input (`invalid-*`)', '404': 'No such session or resource' };
const CLOSED = { '401': "A private meeting or consultations, read without a participant's token (`private-session`, `bad-token`)" };

export const OPERATIONS: readonly Operation[] = [
  {
    method: 'post',
    path: '/api/sessions',
    tag: 'sessions',
    summary: "Create a session: the chair token, the board link, every delegation's join code",
    body: CreateSessionRequestSchema,
    responses: {
      '201': { description: 'Created: the secrets, shown once', schema: CreatedSessionSchema },
      '400': ERRORS['400'],
      '422': 'No Council membership known for that date',
      '429': 'Rate-limited',
    },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}',
    tag: 'sessions',
    summary: "The session's state (no credentials)",
    params: sessionParams,
    auth: 'closed-sessions',
    responses: { '200': { description: 'The state', schema: SessionSnapshotSchema }, ...CLOSED, ...ERRORS },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}/events',
    tag: 'sessions',
    summary: 'The events after version N',
    params: sessionParams,
    query: eventsQuery,
    auth: 'closed-sessions',
    responses: { '200': { description: 'The events', schema: EventsSchema }, ...CLOSED, ...ERRORS },
  },
  {
    method: 'post',
    path: '/api/sessions/{id}/commands',
    tag: 'sessions',
    summary: "Send a command as the token's holder (chair or delegation)",
    params: sessionParams,
    body: clientCommand,
    auth: 'required',
    responses: {
      '200': { description: 'Applied (or a retried id: the original result)', schema: CommandResultSchema },
      '401': 'Missing or wrong token',
      '403': 'Not allowed for this actor',
      '409': "The rules or the meeting's state refuse it",
      '422': 'Not a command',
      '503': 'Store busy: retry with the same id',
      ...ERRORS,
    },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}/communique',
    tag: 'sessions',
    summary: "A private meeting's communiqué (Rule 55), published when the meeting closes",
    params: sessionParams,
    responses: {
      '200': { description: 'The communiqué, once issued', schema: CommuniqueSchema },
      '404': 'Not a private meeting, or no such session',
      ...CLOSED,
    },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}/delegations',
    tag: 'sessions',
    summary: 'The join codes again (chair token)',
    params: sessionParams,
    auth: 'required',
    responses: {
      '200': { description: 'The join codes', schema: z.object({ delegations: z.array(DelegationCredentialSchema) }) },
      '401': 'Missing or wrong token',
      '403': 'Not the chair',
      ...ERRORS,
    },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}/delegations/{code}/qr.svg',
    tag: 'sessions',
    summary: "A delegation's join link as a QR code (chair token)",
    params: qrParams,
    auth: 'required',
    produces: 'image/svg+xml',
    responses: { '200': 'SVG', '401': 'Missing or wrong token', '403': 'Not the chair', ...ERRORS },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}/whoami',
    tag: 'identity',
    summary: 'Who this token is in the session (chair, co-chair or delegation)',
    params: sessionParams,
    auth: 'required',
    responses: { '200': { description: "The token's holder", schema: WhoamiSchema }, '401': 'Missing, wrong or revoked token', ...ERRORS },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}/chair/qr.svg',
    tag: 'identity',
    summary: "The console's own secret link as a QR code (chair or co-chair token)",
    params: sessionParams,
    auth: 'required',
    produces: 'image/svg+xml',
    responses: { '200': 'SVG', '401': 'Missing or wrong token', '403': 'Not a chair token', ...ERRORS },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}/co-chairs',
    tag: 'identity',
    summary: "The co-chair links in force (the President's token)",
    params: sessionParams,
    auth: 'required',
    responses: {
      '200': { description: 'The co-chairs', schema: CoChairsSchema },
      '401': 'Missing or wrong token',
      '403': 'Not the President',
      ...ERRORS,
    },
  },
  {
    method: 'post',
    path: '/api/sessions/{id}/co-chairs',
    tag: 'identity',
    summary: "Issue a co-chair link (the President's token); the token is shown once",
    params: sessionParams,
    body: issueCoChairBody,
    auth: 'required',
    responses: {
      '201': { description: 'The new link', schema: IssuedCoChairSchema },
      '401': 'Missing or wrong token',
      '403': 'Not the President',
      ...ERRORS,
    },
  },
  {
    method: 'delete',
    path: '/api/sessions/{id}/co-chairs/{coChairId}',
    tag: 'identity',
    summary: "Revoke a co-chair link (the President's token)",
    params: coChairParams,
    auth: 'required',
    responses: { '204': 'Revoked', '401': 'Missing or wrong token', '403': 'Not the President', '404': 'No such co-chair link in force' },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}/notes',
    tag: 'sessions',
    summary: 'The private notes this token may read (the chair: all; a delegation: its own)',
    params: sessionParams,
    auth: 'required',
    responses: { '200': { description: 'The notes', schema: NotesSchema }, '401': 'Missing or wrong token', ...ERRORS },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}/export.{format}',
    tag: 'records',
    summary:
      "The meeting record (md, html, pdf; a private meeting's is its communiqué; ?lang= one of the six official languages) or the votes (csv, json)",
    params: exportParams,
    query: exportQuery,
    auth: 'closed-sessions',
    produces: 'application/octet-stream',
    responses: { '200': 'The document', ...CLOSED, ...ERRORS },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}/documents/{file}',
    tag: 'records',
    summary: 'A document the session issued (`<documentId>.html` or `.pdf`), in the UN layout',
    params: documentParams,
    auth: 'closed-sessions',
    produces: 'application/octet-stream',
    responses: { '200': 'The document', ...CLOSED, ...ERRORS },
  },
  {
    method: 'post',
    path: '/api/join',
    tag: 'identity',
    summary: "Exchange a join code for the delegation's bearer token",
    body: joinBody,
    responses: {
      '200': { description: "The delegation's token", schema: JoinedSchema },
      '401': 'Unknown join code',
      '429': 'Rate-limited',
    },
  },
  {
    method: 'get',
    path: '/api/council',
    tag: 'reference',
    summary: 'Who sat on the Council on a date, and the President of that month',
    query: councilQuery,
    responses: { '200': '{ members, president }', ...ERRORS },
  },
  {
    method: 'get',
    path: '/api/roster',
    tag: 'reference',
    summary: "A body's members on a date (any body), the observer States of the day and the seats not yet known",
    query: rosterQuery,
    responses: { '200': '{ body, date, members, observers, president, unknownSeats, notes }', ...ERRORS },
  },
  { method: 'get', path: '/api/fixtures', tag: 'history', summary: 'The historical meetings', responses: { '200': '{ fixtures }' } },
  {
    method: 'get',
    path: '/api/fixtures/{id}',
    tag: 'history',
    summary: "One historical meeting's events",
    params: fixtureParams,
    responses: { '200': 'The fixture', ...ERRORS },
  },
  {
    method: 'get',
    path: '/api/forecast',
    tag: 'analysis',
    summary:
      'Who will vote how, and the exact pass probability (the Council; with body=general-assembly|ga-main-committee, date, series and majority: a GA recorded vote)',
    query: forecastQuery,
    responses: { '200': 'The forecast', '503': 'The GA voting record is not available', ...ERRORS },
  },
  {
    method: 'get',
    path: '/api/alignment',
    tag: 'analysis',
    summary: 'GA voting alignment over a span of years',
    query: alignmentQuery,
    responses: { '200': 'Points and an SVG map', '503': 'The GA voting record is not available', ...ERRORS },
  },
  {
    method: 'get',
    path: '/api/power',
    tag: 'analysis',
    summary: 'Exact Shapley–Shubik and Banzhaf indices',
    query: powerQuery,
    responses: { '200': 'The indices', ...ERRORS },
  },
  {
    method: 'get',
    path: '/api/health',
    tag: 'operations',
    summary: 'Store, publisher and version',
    responses: { '200': 'Healthy', '503': 'The store does not answer' },
  },
  { method: 'get', path: '/api/openapi.json', tag: 'operations', summary: 'This document', responses: { '200': 'OpenAPI 3.1' } },
  {
    method: 'get',
    path: '/api/docs',
    tag: 'operations',
    summary: 'This document as a web page',
    produces: 'text/html',
    responses: { '200': 'HTML' },
  },
  {
    method: 'get',
    path: '/api/docs.css',
    tag: 'operations',
    summary: "The web page's stylesheet",
    produces: 'text/css',
    responses: { '200': 'CSS' },
  },
];

/** Requests as a client writes them (io 'input'), answers as the server sends them; transforms are left open. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(op: Operation): JsonSchema[] {
  const out: JsonSchema[] = [];
  const add = (where: 'path' | 'query', schema: z.ZodType | undefined) => {
    if (!schema) return;
    const js = jsonSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, s] of Object.entries(js.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: s });
    }
  };
  add('path', op.params);
  add('query', op.query);
  return out;
}

export function openApiDocument(): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of OPERATIONS) {
    const errorRef = { $ref: '#/components/schemas/Error' };
    const responses: Record<string, JsonSchema> = {};
    for (const [status, response] of Object.entries(op.responses)) {
      const { description, schema } = typeof response === 'string' ? { description: response, schema: undefined } : response;
      const ok = status.startsWith('2');
      const type = ok ? (op.produces ?? 'application/json') : 'application/json';
      const body = !ok ? errorRef : schema ? jsonSchema(schema, 'output') : type === 'application/json' ? {} : undefined;
      responses[status] = { description, ...(body ? { content: { [type]: { schema: body } } } : { content: { [type]: {} } }) };
    }
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      tags: [op.tag],
      operationId: `${op.method}${op.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters: parameters(op),
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body) } } } } : {}),
      ...(op.auth === 'required'
        ? { security: [{ bearer: [] }] }
        : op.auth === 'closed-sessions'
          ? {
              security: [{}, { bearer: [] }],
              description: "Private meetings and consultations: the chair's or a member delegation's token (spec R41, R42).",
            }
          : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'council live-session API',
      version: councilVersion(),
      description:
        'The live-session server: sessions, commands and events, records, history and analysis. The WebSocket protocol (/ws) is in docs/protocol.md.',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: "The chair's or a delegation's token" } },
      schemas: {
        Error: jsonSchema(ErrorResponseSchema, 'output'),
      },
    },
  };
}

const escapeHtmlText = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The document as a readable page: one section per operation, schemas as JSON. */
export function docsPage(doc: JsonSchema): string {
  const info = doc.info as { title: string; version: string; description: string };
  const sections: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, JsonSchema>>)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters as JsonSchema[]).map(
        (p) =>
          `<li><code>${escapeHtmlText(String(p.name))}</code> (${escapeHtmlText(String(p.in))}${p.required ? ', required' : ''}): <code>${escapeHtmlText(JSON.stringify(p.schema))}</code></li>`,
      );
      const body = (op.requestBody as { content: { 'application/json': { schema: unknown } } } | undefined)?.content['application/json']
        .schema;
      const responses = Object.entries(op.responses as Record<string, { description: string }>).map(
        ([s, r]) => `<li><code>${s}</code> ${escapeHtmlText(r.description)}</li>`,
      );
      sections.push(
        `<section id="${escapeHtmlText(String(op.operationId))}"><h2><code>${method.toUpperCase()} ${escapeHtmlText(path)}</code></h2>` +
          `<p>${escapeHtmlText(String(op.summary))}${op.security ? ` <em>${op.description ? escapeHtmlText(String(op.description)) : 'Bearer token required.'}</em>` : ''}</p>` +
          (params.length ? `<h3>Parameters</h3><ul>${params.join('')}</ul>` : '') +
          (body ? `<h3>Request body</h3><pre>${escapeHtmlText(JSON.stringify(body, null, 2))}</pre>` : '') +
          `<h3>Responses</h3><ul>${responses.join('')}</ul></section>`,
      );
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtmlText(info.title)} ${escapeHtmlText(info.version)}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/api/docs.css"></head>
<body><main><h1>${escapeHtmlText(info.title)} <small>${escapeHtmlText(info.version)}</small></h1><p>${escapeHtmlText(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Errors are <code>{"error":{"code","message","rule"?}}</code>.</p>
${sections.join('\n')}</main></body></html>`;
}

const DOCS_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b}main{max-width:60rem;margin:auto;padding:1rem}
section{border-top:1px solid #ccc;padding:.5rem 0}pre{background:#f4f4f4;padding:.5rem;overflow:auto;max-height:30rem}code{font-size:.9em}`;

export function openApiRoutes(app: FastifyInstance): void {
  let cached: { doc: JsonSchema; json: string; html: string } | null = null;
  const built = () => {
    if (!cached) {
      const doc = openApiDocument();
      cached = { doc, json: JSON.stringify(doc), html: docsPage(doc) };
    }
    return cached;
  };
  app.get('/api/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(built().json));
  app.get('/api/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(built().html));
  app.get('/api/docs.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(DOCS_CSS));
}
