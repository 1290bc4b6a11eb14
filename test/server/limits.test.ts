/**
 * Bounded clients: a per-address cap on live sockets, a total budget on queued outbound
 * bytes (the slowest readers dropped first, close 1013), header time-outs, and 413 with the
 * JSON error shape for an oversize body sent over a real socket.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import { slowestOverBudget } from '../../src/server/limits.js';
import { MemoryPublisher } from '../../src/store/publisher.js';
import { createSession, startTestServer, type Created, type TestServer } from './helpers.js';

async function listening(server: TestServer): Promise<number> {
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  return (server.app.server.address() as AddressInfo).port;
}

function openSocket(url: string): Promise<WebSocket | number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', reject);
  });
}

test('slowestOverBudget drops stalled readers first, most queued first, and only as many as needed', () => {
  const r = (name: string, bufferedAmount: number) => ({ name, bufferedAmount });
  const a = r('a', 10),
    b = r('b', 500),
    c = r('c', 0),
    d = r('d', 300),
    fresh = r('fresh', 5000);
  // b and d have not drained since the last look; a has (it had 50); fresh was not queued then.
  const before = new Map([
    [a, 50],
    [b, 500],
    [d, 200],
  ]);
  const names = (budget: number) => slowestOverBudget([a, b, c, d, fresh], budget, before).map((x) => x.name);
  assert.deepEqual(names(10_000), [], 'under budget: nobody');
  assert.deepEqual(names(5400), ['b'], 'the stalled reader with most queued');
  assert.deepEqual(names(5100), ['b', 'd'], 'then the next stalled one');
  assert.deepEqual(names(5000), ['b', 'd', 'a'], 'then one that drains too slowly');
  assert.deepEqual(names(0), ['b', 'd', 'a'], 'a reader first seen queued gets one period to drain');
});

describe('WebSocket caps', () => {
  let server: TestServer;
  let created: Created;
  let base = '';
  // The hub hears of appends through the publisher, so a test that appends directly publishes too.
  const publisher = new MemoryPublisher();
  before(async () => {
    server = await startTestServer({ maxSocketsPerIp: 5, maxBufferedBytes: 4 * 1024 * 1024, publisher });
    created = await createSession(server);
    base = `ws://127.0.0.1:${await listening(server)}/ws?session=${created.sessionId}`;
  });
  after(() => server.close());

  test('one address may hold --max-sockets-per-ip sockets; the next is refused with 429, and a freed place is reusable', async () => {
    const held: WebSocket[] = [];
    for (let i = 0; i < 5; i++) {
      const ws = await openSocket(base);
      assert.ok(ws instanceof WebSocket, `socket ${i + 1} of 5 is accepted`);
      held.push(ws);
    }
    assert.equal(await openSocket(base), 429, 'the sixth from the same address is refused');
    const first = held.shift()!;
    first.close();
    await once(first, 'close');
    // The server releases the place when it sees the close.
    let again: WebSocket | number = 0;
    for (let attempt = 0; attempt < 50 && !(again instanceof WebSocket); attempt++) {
      again = await openSocket(base);
      if (!(again instanceof WebSocket)) await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(again instanceof WebSocket, 'a freed place can be taken again');
    held.push(again);
    for (const ws of held) ws.close();
    await Promise.all(held.map((ws) => (ws.readyState === ws.CLOSED ? undefined : once(ws, 'close'))));
  });

  test('over the total budget of queued bytes, the slowest reader is dropped with 1013 and a reading one is kept', async () => {
    // Two clients that stop reading, one that reads; then an event large enough to fill the queues.
    const slow1 = (await openSocket(`${base}&after=0`)) as WebSocket;
    const slow2 = (await openSocket(`${base}&after=0`)) as WebSocket;
    const reader = (await openSocket(`${base}&after=0`)) as WebSocket;
    let readerGot = 0;
    reader.on('message', (data) => (readerGot += (data as Buffer).length));
    await new Promise((r) => setTimeout(r, 100));
    const closes = [slow1, slow2].map((ws) => new Promise<number>((resolve) => ws.once('close', (code) => resolve(code))));
    for (const ws of [slow1, slow2]) (ws as unknown as { _socket: net.Socket })._socket.pause();
    const version = (await server.store.read(created.sessionId, 0)).length;
    // 8 MB in one event: more than the kernel's socket buffers take, so it queues in the server.
    const appended = await server.store.append(created.sessionId, version, [
      { type: 'padding.v1', data: { pad: 'x'.repeat(8 * 1024 * 1024) } },
    ]);
    publisher.publish(created.sessionId, appended.events);
    const health = async () =>
      (await server.call('GET', '/api/health')).json() as { publisher: { droppedSlowReaders: number; sockets: number } };
    for (let i = 0; i < 150 && (await health()).publisher.droppedSlowReaders < 2; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal((await health()).publisher.droppedSlowReaders, 2, 'both stalled readers were dropped');
    // Let the paused clients read what was queued and then the close frame.
    for (const ws of [slow1, slow2]) (ws as unknown as { _socket: net.Socket })._socket.resume();
    const codes = await Promise.race([
      Promise.all(closes),
      new Promise<never>((_r, reject) => setTimeout(() => reject(new Error('no close')), 5000)),
    ]);
    assert.deepEqual(codes, [1013, 1013], 'dropped with 1013 (try again later)');
    assert.equal(reader.readyState, WebSocket.OPEN, 'the reader that keeps up stays connected');
    assert.ok(readerGot > 8 * 1024 * 1024, 'and received the event');
    for (const ws of [slow1, slow2, reader]) ws.terminate();
  });
});

describe('HTTP bounds', () => {
  let server: TestServer;
  let port = 0;
  before(async () => {
    server = await startTestServer({ headersTimeoutMs: 1000 });
    port = await listening(server);
  });
  after(() => server.close());

  for (const framing of ['content-length', 'chunked'] as const) {
    test(`a 10 MB body (${framing}) over a real socket is answered 413 with the JSON error shape, not a reset`, async () => {
      const size = 10 * 1024 * 1024;
      const socket = net.connect(port, '127.0.0.1');
      await once(socket, 'connect');
      let response = '';
      socket.on('data', (d) => (response += d.toString()));
      let writeError: Error | null = null;
      socket.on('error', (e) => (writeError = e));
      const framingHeader = framing === 'chunked' ? 'Transfer-Encoding: chunked' : `Content-Length: ${size}`;
      socket.write(`POST /api/sessions HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n${framingHeader}\r\n\r\n`);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let sent = 0; sent < size && !writeError; sent += chunk.length) {
        const frame =
          framing === 'chunked' ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]) : chunk;
        if (!socket.write(frame)) await Promise.race([once(socket, 'drain'), once(socket, 'close')]);
      }
      // The connection is still usable: a second request on it is answered too.
      socket.write(`${framing === 'chunked' ? '0\r\n\r\n' : ''}GET /api/health HTTP/1.1\r\nHost: test\r\n\r\n`);
      for (let i = 0; i < 200 && (response.match(/HTTP\/1\.1 /g) ?? []).length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      socket.destroy();
      assert.equal(writeError, null, 'the whole body could be sent: no reset');
      assert.match(response, /^HTTP\/1\.1 413 /);
      const body = JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4, response.indexOf('}}') + 2));
      assert.equal(body.error.code, 'body-too-large');
      if (framing === 'content-length') assert.match(body.error.message, /10485760 bytes/);
      assert.match(response, /HTTP\/1\.1 200 /, 'the next request on the same connection is served');
    });
  }

  test('a client that never finishes its headers is cut off after the header time-out', async () => {
    const socket = net.connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write('GET /api/health HTTP/1.1\r\nHost: test\r\n');
    const started = Date.now();
    let response = '';
    socket.on('data', (d) => (response += d.toString()));
    await Promise.race([once(socket, 'close'), new Promise((r) => setTimeout(r, 8000))]);
    const waited = Date.now() - started;
    assert.equal(socket.destroyed || socket.readableEnded, true, 'the server closed the connection');
    assert.ok(waited < 5000, `closed after ${waited} ms (header time-out 1 s)`);
    assert.match(response, /^HTTP\/1\.1 408 /);
    socket.destroy();
  });
});

test('behind a trusted proxy the cap counts the address the proxy appended, not one a client forged', async () => {
  const { clientAddress } = await import('../../src/server/limits.js');
  const request = (xff: string | undefined) =>
    ({ headers: xff === undefined ? {} : { 'x-forwarded-for': xff }, socket: { remoteAddress: '::ffff:10.0.0.1' } }) as never;
  assert.equal(clientAddress(request('1.2.3.4, 203.0.113.9'), true), '203.0.113.9');
  assert.equal(clientAddress(request('1.2.3.4, 203.0.113.9'), false), '10.0.0.1', 'without --trust-proxy the header is ignored');
  assert.equal(clientAddress(request(undefined), true), '10.0.0.1');
});
