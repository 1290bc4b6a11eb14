/**
 * EventStream without a browser: a fake WebSocket shows that events already held are
 * dropped, that a gap makes it reconnect from the last contiguous version, that the
 * app-level ping is answered, and that the status follows the socket.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';

class FakeSocket {
  static OPEN = 1;
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((m: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.();
  }
  open() {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  deliver(versions: number[]) {
    const events = versions.map((version) => ({ sessionId: 's', version, type: 'x.v1', data: {}, commandId: null, at: '' }));
    this.onmessage?.({ data: JSON.stringify({ type: 'events', events }) });
  }
}

const globals = globalThis as Record<string, unknown>;
const saved = new Map<string, unknown>();
const fake: Record<string, unknown> = {
  WebSocket: FakeSocket,
  window: { addEventListener() {}, removeEventListener() {} },
  document: { addEventListener() {}, removeEventListener() {}, visibilityState: 'visible' },
  location: { protocol: 'http:', host: 'example.test' },
  navigator: { onLine: true },
};

beforeEach(() => {
  FakeSocket.all = [];
  for (const [k, v] of Object.entries(fake)) {
    saved.set(k, globals[k]);
    Object.defineProperty(globalThis, k, { value: v, configurable: true, writable: true });
  }
});
afterEach(() => {
  for (const [k, v] of saved) Object.defineProperty(globalThis, k, { value: v, configurable: true, writable: true });
});

async function stream() {
  const { EventStream } = await import('../../web/src/live/eventStream.js');
  const received: number[] = [];
  const statuses: string[] = [];
  const s = new EventStream('s', { events: (e) => received.push(...e.map((x) => x.version)), status: (x) => statuses.push(x) });
  return { s, received, statuses };
}

test('duplicates from a resume overlap are dropped; the status follows the socket', async () => {
  const { s, received, statuses } = await stream();
  s.start();
  const first = FakeSocket.all[0]!;
  assert.equal(first.url, 'ws://example.test/ws?session=s&after=0');
  first.open();
  first.deliver([1, 2, 3]);
  first.deliver([2, 3, 4]);
  assert.deepEqual(received, [1, 2, 3, 4]);
  assert.deepEqual(statuses, ['connecting', 'live']);
  first.onmessage?.({ data: '{"type":"ping"}' });
  assert.deepEqual(first.sent, ['{"type":"pong"}']);
  first.onmessage?.({ data: 'not json' });
  assert.deepEqual(received, [1, 2, 3, 4], 'garbage is ignored');
  s.stop();
});

test('a gap closes the socket and the next connection resumes after the last contiguous version', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { s, received, statuses } = await stream();
  s.start();
  const first = FakeSocket.all[0]!;
  first.open();
  first.deliver([1, 2]);
  first.deliver([4, 5]);
  assert.deepEqual(received, [1, 2], 'nothing past the gap is applied');
  assert.equal(first.readyState, 3, 'the socket was closed');
  assert.equal(statuses.at(-1), 'reconnecting');
  t.mock.timers.tick(1_000);
  const second = FakeSocket.all[1]!;
  assert.equal(second.url, 'ws://example.test/ws?session=s&after=2');
  second.open();
  second.deliver([3, 4, 5]);
  assert.deepEqual(received, [1, 2, 3, 4, 5]);
  s.stop();
});

test('reconnection backs off: each failed attempt waits longer, up to a ceiling', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { s } = await stream();
  s.start();
  const waits: number[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    const socket = FakeSocket.all.at(-1)!;
    socket.close();
    // Find how long until the next socket appears.
    let waited = 0;
    const before = FakeSocket.all.length;
    while (FakeSocket.all.length === before && waited < 20_000) {
      t.mock.timers.tick(50);
      waited += 50;
    }
    waits.push(waited);
  }
  s.stop();
  // Ceilings 500, 1000, 2000, 4000, 8000, 10000...; each wait is between half the ceiling and the ceiling.
  const ceilings = [500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000];
  waits.forEach((w, i) => assert.ok(w >= ceilings[i]! / 2 && w <= ceilings[i]! + 50, `attempt ${i}: waited ${w} ms`));
});
