import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LiveHub, type Subscriber } from '../../src/server/hub.js';
import type { EventStore, NewEvent } from '../../src/store/event-store.js';
import { openStore } from '../../src/store/open-store.js';
import { MemoryPublisher } from '../../src/store/publisher.js';

/** A store whose appends are published, as SessionService does; counts the hub's reads. */
async function published() {
  const store = await openStore('memory:');
  const publisher = new MemoryPublisher();
  const counted = { reads: 0 };
  const read = store.read.bind(store);
  store.read = (...args: Parameters<EventStore['read']>) => (counted.reads++, read(...args));
  const append = async (id: string, version: number, events: NewEvent[], commandId?: string) => {
    const result = await store.append(id, version, events, commandId);
    publisher.publish(id, result.events);
    return result;
  };
  return { store, publisher, append, counted };
}

/** A subscriber that records what it is sent (decoded) and can pretend to be slow. */
function recorder(cursor: number, buffered = 0) {
  const received: { version: number; data: Record<string, unknown> }[][] = [];
  let dropped: string | null = null;
  const subscriber: Subscriber = {
    cursor,
    send: (message) => received.push((JSON.parse(message.toString('utf8')) as { events: never[] }).events),
    get bufferedAmount() {
      return buffered;
    },
    drop: (reason) => void (dropped = reason),
  };
  return { subscriber, received, versions: () => received.flat().map((e) => e.version), dropped: () => dropped };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

test('subscribers at different positions each get exactly what they lack, once, in order', async () => {
  const { store, publisher, append, counted } = await published();
  const hub = new LiveHub(store, publisher);
  await append(
    's1',
    0,
    [
      { type: 'session-created.v1', data: { title: 't' } },
      { type: 'a', data: {} },
    ],
    'c1',
  );
  const fresh = recorder(0);
  const resumed = recorder(1);
  const current = recorder(2);
  hub.attach('s1', fresh.subscriber);
  hub.attach('s1', resumed.subscriber);
  hub.attach('s1', current.subscriber);
  await settle();
  assert.deepEqual(fresh.versions(), [1, 2]);
  assert.deepEqual(resumed.versions(), [2]);
  assert.deepEqual(current.versions(), []);
  const readsBefore = counted.reads;

  // Appends while a read may be in flight coalesce; nothing is lost or repeated.
  for (let v = 2; v < 12; v++) await append('s1', v, [{ type: 'b', data: { v } }], `c${v + 1}`);
  await settle();
  const expected = Array.from({ length: 10 }, (_, i) => i + 3);
  assert.deepEqual(fresh.versions(), [1, 2, ...expected]);
  assert.deepEqual(resumed.versions(), [2, ...expected]);
  assert.deepEqual(current.versions(), expected);
  assert.equal(counted.reads, readsBefore, 'what this process appended is sent as published, not re-read');
  // Other sessions do not leak in.
  await append('s2', 0, [{ type: 'x', data: {} }]);
  await settle();
  assert.equal(fresh.versions().length, 12);
  hub.close();
  await store.close();
});

test('a subscriber far behind is dropped (to resume later) instead of buffering without bound', async () => {
  const { store, publisher, append } = await published();
  const hub = new LiveHub(store, publisher);
  await append('s1', 0, [{ type: 'a', data: {} }]);
  const slow = recorder(0, 64 * 1024 * 1024);
  const fine = recorder(0);
  hub.attach('s1', slow.subscriber);
  hub.attach('s1', fine.subscriber);
  await settle();
  assert.match(String(slow.dropped()), /after=0/);
  assert.deepEqual(slow.versions(), []);
  assert.deepEqual(fine.versions(), [1]);
  assert.equal(hub.subscriberCount, 1);
  hub.close();
  await store.close();
});

test('detaching the last subscriber forgets the session; head() reports versions', async () => {
  const { store, publisher, append } = await published();
  const hub = new LiveHub(store, publisher);
  assert.equal(await hub.head('nothing'), 0);
  await append('s1', 0, [
    { type: 'a', data: {} },
    { type: 'b', data: {} },
  ]);
  assert.equal(await hub.head('s1'), 2);
  const r = recorder(2);
  const detach = hub.attach('s1', r.subscriber);
  assert.equal(hub.subscriberCount, 1);
  detach();
  assert.equal(hub.subscriberCount, 0);
  await append('s1', 2, [{ type: 'c', data: {} }]);
  await settle();
  assert.deepEqual(r.versions(), []);
  hub.close();
  await store.close();
});
