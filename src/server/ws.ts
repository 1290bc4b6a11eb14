/**
 * `GET /ws?session=<id>&after=<N>`: a session's events, first everything after N, then
 * live; commands may be sent on the same socket. The socket is a `ws` server in
 * noServer mode on Fastify's HTTP server, so it shares the port and the process.
 */
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { ClientMessageSchema, type ServerMessage } from '../protocol/index.js';
import type { ServerContext } from './context.js';
import { fromInfrastructure, HttpError } from './errors.js';
import { bearerToken, runCommand } from './commands.js';
import type { Subscriber } from './hub.js';
import { maskUrl } from './logging.js';
import { AddressQuota, clientAddress, DEFAULT_LIMITS, slowestOverBudget } from './limits.js';
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
  /** Live sockets one client address may hold (default 500). */
  maxSocketsPerIp?: number;
  /** Bytes queued across all sockets before the slowest readers are dropped with 1013 (default 256 MB). */
  maxBufferedBytes?: number;
  /** Take the client address from X-Forwarded-For (behind a trusted reverse proxy). */
  trustProxy?: boolean;
  /** One line per upgrade request, as the HTTP requests get. */
  log?: FastifyBaseLogger;
}

/** The WebSocket subprotocol the web app asks for; it may carry a bearer token as `council.token.<token>`. */
export const SUBPROTOCOL = 'council';
const TOKEN_PROTOCOL_PREFIX = 'council.token.';

/** How long a dropped slow reader gets to take its close frame before the connection is cut. */
const DROP_GRACE_MS = 2000;
/** How often the total queued bytes are measured while any are queued. */
const BUDGET_CHECK_MS = 250;

interface Tracked {
  alive: boolean;
  /** Which heartbeat tick visits this socket. */
  slot: number;
  address: string;
  /** Stop live delivery to this socket (it is being dropped or has closed). */
  detach?: () => void;
}

const HEARTBEAT_SLICES = 100;

export interface LiveSockets {
  /** Close every socket and stop the heartbeat. */
  close(): void;
  /** Slow readers dropped so far because the total queued bytes exceeded the budget. */
  readonly droppedSlowReaders: number;
  readonly count: number;
}

export function attachLiveSockets(server: import('node:http').Server, ctx: ServerContext, options: LiveSocketOptions): LiveSockets {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayloadBytes ?? 64 * 1024,
    perMessageDeflate: false,
    // Answer with our protocol name, never echo the token-bearing one.
    handleProtocols: (protocols) => (protocols.has(SUBPROTOCOL) ? SUBPROTOCOL : false),
  });
  const tracked = new Map<WebSocket, Tracked>();
  const quota = new AddressQuota(options.maxSocketsPerIp ?? DEFAULT_LIMITS.maxSocketsPerIp);
  const budget = options.maxBufferedBytes ?? DEFAULT_LIMITS.maxBufferedBytes;
  let nextSlot = 0;
  let droppedSlowReaders = 0;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const started = performance.now();
    const logLine = (status: number) =>
      options.log?.info(
        {
          method: 'GET',
          url: maskUrl(request.url ?? ''),
          status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          ip: request.socket.remoteAddress,
          upgrade: 'websocket',
        },
        'request',
      );
    const refuse = (socket: Duplex, status: number, code: string, message: string) => {
      logLine(status);
      refuseUpgrade(socket, status, code, message);
    };
    const url = new URL(request.url ?? '/', 'http://local');
    if (url.pathname !== '/ws') return refuse(socket, 404, 'not-found', 'WebSocket endpoint is /ws');
    const query = connectQuery.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) return refuse(socket, 400, 'invalid-query', 'use /ws?session=<id>&after=<version>');
    const { session, after } = query.data;
    const address = clientAddress(request, options.trustProxy ?? false);
    if (!quota.acquire(address)) {
      return refuse(
        socket,
        429,
        'too-many-sockets',
        `This address already holds ${quota.held(address)} live connections, the most allowed.`,
      );
    }
    let placeHeld = true;
    const releasePlace = () => {
      if (placeHeld) quota.release(address);
      placeHeld = false;
    };
    // However the connection ends (refused, upgraded and closed, or dropped mid-upgrade), the place is freed once.
    socket.once('close', releasePlace);
    // Closed sessions (private meetings, consultations) are streamed to their participants only.
    ctx.guard
      .participantsOnly(session, socketToken(request))
      .then(() => ctx.hub.head(session))
      .then(
        (version) => {
          if (version === 0) {
            releasePlace();
            return refuse(socket, 404, 'session-not-found', `There is no session "${session}".`);
          }
          if (socket.destroyed) return releasePlace();
          wss.handleUpgrade(request, socket, head, (ws) => {
            logLine(101);
            serve(ws, session, after, address, releasePlace);
          });
        },
        (caught: unknown) => {
          releasePlace();
          const e = caught instanceof HttpError ? caught : fromInfrastructure(caught);
          if (e && e.statusCode < 500) return refuse(socket, e.statusCode, e.code, e.message);
          refuse(socket, 503, 'unavailable', 'The event store did not answer; try again.');
        },
      );
  };
  server.on('upgrade', onUpgrade);

  // While anything is queued, the bytes queued for all sockets together are measured every
  // BUDGET_CHECK_MS; over budget, the slowest readers are dropped first (limits.ts), and may
  // resume with after=<cursor>.
  let budgetCheck: NodeJS.Timeout | null = null;
  let measured = new Map<WebSocket, number>();
  const checkBudget = () => {
    if (budgetCheck) return;
    budgetCheck = setTimeout(() => {
      budgetCheck = null;
      const readers = [...tracked.keys()].filter((ws) => ws.readyState === ws.OPEN);
      for (const ws of slowestOverBudget(readers, budget, measured)) {
        droppedSlowReaders += 1;
        dropSlow(ws, 'server send budget exhausted; reconnect and resume with after=<last version>');
      }
      measured = new Map(readers.filter((ws) => ws.readyState === ws.OPEN && ws.bufferedAmount > 0).map((ws) => [ws, ws.bufferedAmount]));
      if (measured.size > 0) checkBudget();
    }, BUDGET_CHECK_MS);
    budgetCheck.unref();
  };

  function dropSlow(ws: WebSocket, reason: string): void {
    tracked.get(ws)?.detach?.();
    ws.close(1013, reason.slice(0, 120));
    // The close frame waits behind the queued bytes; a reader that never drains is cut off.
    setTimeout(() => ws.terminate(), DROP_GRACE_MS).unref();
  }

  function serve(ws: WebSocket, sessionId: string, after: number, address: string, releasePlace: () => void): void {
    const state: Tracked = { alive: true, slot: (nextSlot = (nextSlot + 1) % HEARTBEAT_SLICES), address };
    tracked.set(ws, state);
    const subscriber: Subscriber = {
      cursor: after,
      send: (message) => {
        ws.send(message, { binary: false });
        checkBudget();
      },
      get bufferedAmount() {
        return ws.bufferedAmount;
      },
      drop: (reason) => dropSlow(ws, reason),
    };
    let attached = true;
    const detachHub = ctx.hub.attach(sessionId, subscriber);
    state.detach = () => {
      if (attached) detachHub();
      attached = false;
    };
    ws.on('pong', () => (state.alive = true));
    ws.on('message', (raw, isBinary) => {
      state.alive = true;
      if (isBinary) return sendError(ws, 'invalid-message', 'Messages are JSON text.');
      void handle(ws, sessionId, raw.toString());
    });
    ws.on('close', () => {
      tracked.delete(ws);
      state.detach?.();
      releasePlace();
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
    if (message.type === 'ping') return send(ws, '{"type":"pong","serverTime":' + Date.now() + '}');
    if (message.type === 'pong') return;
    const id = commandId(message.command);
    try {
      const outcome = await runCommand(ctx, sessionId, message.token, message.command);
      send(ws, JSON.stringify({ type: 'result', id, ok: true, version: outcome.version } satisfies ServerMessage));
    } catch (caught) {
      const e = caught instanceof HttpError ? caught : (fromInfrastructure(caught) ?? caught);
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
  const heartbeat = setInterval(
    () => {
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
        send(ws, '{"type":"ping","serverTime":' + Date.now() + '}');
      }
    },
    Math.max(1, Math.floor(options.heartbeatMs / HEARTBEAT_SLICES)),
  );
  heartbeat.unref();

  return {
    close() {
      clearInterval(heartbeat);
      if (budgetCheck) clearTimeout(budgetCheck);
      server.off('upgrade', onUpgrade);
      for (const ws of tracked.keys()) ws.close(1001, 'server shutting down');
      for (const ws of tracked.keys()) ws.terminate();
      tracked.clear();
      wss.close();
    },
    get droppedSlowReaders() {
      return droppedSlowReaders;
    },
    get count() {
      return tracked.size;
    },
  };
}

/** A reader's token: `Authorization: Bearer` (programs) or the `council.token.<token>` subprotocol (browsers). */
function socketToken(request: IncomingMessage): string | undefined {
  const fromHeader = bearerToken(request.headers.authorization);
  if (fromHeader) return fromHeader;
  const offered = request.headers['sec-websocket-protocol'];
  for (const p of (offered ?? '').split(',')) {
    const name = p.trim();
    if (name.startsWith(TOKEN_PROTOCOL_PREFIX) && name.length > TOKEN_PROTOCOL_PREFIX.length)
      return name.slice(TOKEN_PROTOCOL_PREFIX.length);
  }
  return undefined;
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
function refuseUpgrade(socket: Duplex, status: number, code: string, message: string): void {
  const body = JSON.stringify({ error: { code, message } });
  if (socket.destroyed) return;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
