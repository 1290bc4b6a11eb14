/**
 * Shared test set-up for the server: a real server over a real store, and a recorder of
 * every response body so tests can assert that no secret ever leaves the server.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer, type ServerOptions } from '../../src/server/app.js';
import type { EventStore } from '../../src/store/event-store.js';
import { openPublisher, openStore } from '../../src/store/open-store.js';

export interface Created {
  sessionId: string;
  chair: { token: string; url: string };
  board: { url: string };
  delegations: { code: string; name: string; joinCode: string; url: string }[];
}

export interface TestServer {
  app: FastifyInstance;
  store: EventStore;
  /** Every response body seen through `call`, for secret scans. */
  bodies: string[];
  call(
    method: 'GET' | 'POST',
    url: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startTestServer(options: Partial<ServerOptions> & { storeUrl?: string } = {}): Promise<TestServer> {
  const { storeUrl, ...rest } = options;
  const store = rest.store ?? (await openStore(storeUrl ?? 'memory:'));
  // Instances on one PostgreSQL database hear each other through LISTEN/NOTIFY.
  const publisher = rest.publisher ?? (storeUrl?.startsWith('postgres') ? await openPublisher(storeUrl) : undefined);
  const app = await buildServer({
    webRoot: '/nonexistent/web/dist',
    createRateLimit: { max: 1000, timeWindowMs: 60_000 },
    joinRateLimit: { max: 1000, timeWindowMs: 60_000 },
    ...rest,
    store,
    ...(publisher ? { publisher } : {}),
  });
  const bodies: string[] = [];
  return {
    app,
    store,
    bodies,
    async call(method, url, { token, body, headers = {} } = {}) {
      const response = await app.inject({
        method,
        url,
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      bodies.push(response.body);
      return response;
    },
    async close() {
      await app.close();
      if (publisher !== rest.publisher) await publisher?.close();
      await store.close();
    },
  };
}

export async function createSession(
  server: TestServer,
  body: object = { date: '2017-12-11', title: 'The situation in the DPRK' },
): Promise<Created> {
  const response = await server.call('POST', '/api/sessions', { body });
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.statusCode} ${response.body}`);
  return response.json() as Created;
}

/** Join every delegation: code -> bearer token. */
export async function joinAll(server: TestServer, created: Created): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  for (const d of created.delegations) {
    const response = await server.call('POST', '/api/join', { body: { joinCode: d.joinCode } });
    if (response.statusCode !== 200) throw new Error(`join failed: ${response.statusCode} ${response.body}`);
    tokens.set(d.code, (response.json() as { token: string }).token);
  }
  return tokens;
}

let seq = 0;
export const commandId = () => `test-${process.pid}-${++seq}`;

/** Open the meeting, propose an agenda and open the vote on it (the DPRK agenda votes' shape). */
export async function openAgendaVote(server: TestServer, created: Created, voteId = 'agenda'): Promise<void> {
  const steps = [
    { id: commandId(), type: 'open-meeting' },
    { id: commandId(), type: 'propose-agenda', items: [{ title: "The situation in the Democratic People's Republic of Korea" }] },
    { id: commandId(), type: 'open-vote', voteId, question: 'Adoption of the provisional agenda', subject: { kind: 'agenda' } },
  ];
  for (const step of steps) {
    const response = await server.call('POST', `/api/sessions/${created.sessionId}/commands`, { token: created.chair.token, body: step });
    if (response.statusCode !== 200) throw new Error(`${step.type} failed: ${response.statusCode} ${response.body}`);
  }
}

export { BALLOTS_2017_12_11 } from '../dprk-2017-ballots.js';
