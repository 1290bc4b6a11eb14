/**
 * `GET /ws?session=<id>&after=<N>`: a session's events, first everything after N, then
 * live; commands may be sent on the same socket. The socket is a `ws` server in
 * noServer mode on Fastify's HTTP server, so it shares the port and the process.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { ClientMessageSchema, type ServerMessage } from '../protocol/index.js';
import type { ServerContext } from './context.js';
import { fromInfrastructure, HttpError } from './errors.js';
import { runCommand } from './commands.js';
import type { Subscriber } from './hub.js';
import { SESSION_ID_PATTERN } from './routes/sessions.js';

const connectQuery = z.object({
  session: z.string().regex(SESSION_ID_PATTERN),
  after: z.coerce.number().int().min(0).default(0),
});

export interface LiveSocketOptions {
  /** How often to ping; a socket silent for two rounds is closed. */
  heartbeatMs: number;
  /** Largest message a client may send. */
  maxPayloadBytes?: number;
}

interface Tracked {
  alive: boolean;
  /** Which heartbeat tick visits this socket. */
  slot: number;
}

const HEARTBEAT_SLICES = 100;

export interface LiveSockets {
  /** Close every socket and stop the heartbeat. */
  close(): void;
}

export function attachLiveSockets(
  server: import('node:http').Server,
  ctx: ServerContext,
  options: LiveSocketOptions,
): LiveSockets {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes ?? 64 * 1024, perMessageDeflate: false });
  const tracked = new Map<WebSocket, Tracked>();
  let nextSlot = 0;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://local');
    if (url.pathname !== '/ws') return refuse(socket, 404, 'not-found', 'WebSocket endpoint is /ws');
    const query = connectQuery.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) return refuse(socket, 400, 'invalid-query', 'use /ws?session=<id>&after=<version>');
    const { session, after } = query.data;
    ctx.hub.head(session).then(
      (version) => {
        if (version === 0) return refuse(socket, 404, 'session-not-found', `There is no session "${session}".`);
        wss.handleUpgrade(request, socket, head, (ws) => serve(ws, session, after));
      },
      () => refuse(socket, 503, 'unavailable', 'The event store did not answer; try again.'),
    );
  };
  server.on('upgrade', onUpgrade);

  function serve(ws: WebSocket, sessionId: string, after: number): void {
    const state: Tracked = { alive: true, slot: (nextSlot = (nextSlot + 1) % HEARTBEAT_SLICES) };
    tracked.set(ws, state);
    const subscriber: Subscriber = {
      cursor: after,
      send: (message) => ws.send(message, { binary: false }),
      get bufferedAmount() {
        return ws.bufferedAmount;
      },
      drop: (reason) => ws.close(1013, reason.slice(0, 120)),
    };
    const detach = ctx.hub.attach(sessionId, subscriber);
    ws.on('pong', () => (state.alive = true));
    ws.on('message', (raw, isBinary) => {
      state.alive = true;
      if (isBinary) return sendError(ws, 'invalid-message', 'Messages are JSON text.');
      void handle(ws, sessionId, raw.toString());
    });
    ws.on('close', () => {
      tracked.delete(ws);
      detach();
    });
    ws.on('error', () => ws.terminate());
  }

  async function handle(ws: WebSocket, sessionId: string, text: string): Promise<void> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return sendError(ws, 'invalid-message', 'Messages are JSON.');
    }
    const parsed = ClientMessageSchema.safeParse(json);
    if (!parsed.success) return sendError(ws, 'invalid-message', 'Expected {type:"command",token,command} or {type:"ping"}.');
    const message = parsed.data;
    if (message.type === 'ping') return send(ws, '{"type":"pong"}');
    if (message.type === 'pong') return;
    const id = commandId(message.command);
    try {
      const outcome = await runCommand(ctx, sessionId, message.token, message.command);
      send(ws, JSON.stringify({ type: 'result', id, ok: true, version: outcome.version } satisfies ServerMessage));
    } catch (caught) {
      const e = caught instanceof HttpError ? caught : fromInfrastructure(caught) ?? caught;
      const error =
        e instanceof HttpError
          ? { code: e.code, message: e.message, status: e.statusCode, ...(e.rule ? { rule: e.rule } : {}) }
          : { code: 'internal', message: 'The server failed to handle this command.', status: 500 };
      send(ws, JSON.stringify({ type: 'result', id, ok: false, error } satisfies ServerMessage));
    }
  }

  // The heartbeat visits 1/HEARTBEAT_SLICES of the sockets per tick, so 16,000 sockets
  // cost a few hundred small writes every tick, not one long pause every period.
  let tick = 0;
  const heartbeat = setInterval(() => {
    tick = (tick + 1) % HEARTBEAT_SLICES;
    for (const [ws, state] of tracked) {
      if (state.slot !== tick) continue;
      if (!state.alive) {
        ws.terminate();
        continue;
      }
      state.alive = false;
      ws.ping();
      // Browsers cannot see protocol pings; the app-level one lets them detect a dead link.
      send(ws, '{"type":"ping"}');
    }
  }, Math.max(1, Math.floor(options.heartbeatMs / HEARTBEAT_SLICES)));
  heartbeat.unref();

  return {
    close() {
      clearInterval(heartbeat);
      server.off('upgrade', onUpgrade);
      for (const ws of tracked.keys()) ws.close(1001, 'server shutting down');
      for (const ws of tracked.keys()) ws.terminate();
      tracked.clear();
      wss.close();
    },
  };
}

function send(ws: WebSocket, message: string): void {
  if (ws.readyState === ws.OPEN) ws.send(message);
}

function sendError(ws: WebSocket, code: string, message: string): void {
  send(ws, JSON.stringify({ type: 'error', error: { code, message } } satisfies ServerMessage));
}

function commandId(command: unknown): string | null {
  const id = (command as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

/** Answer a refused upgrade with a plain HTTP response, then hang up. */
function refuse(socket: Duplex, status: number, code: string, message: string): void {
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : status === 400 ? 'Bad Request' : 'Service Unavailable'}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
