/**
 * The fan-out interface: SessionService publishes exactly what it appended (not
 * refusals, not retries); subscribers get the events themselves, in order; a listener
 * that throws is reported and breaks nothing; unsubscribe stops delivery. (The
 * PostgreSQL publisher across instances: postgres.test.ts.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SessionService } from '../../src/sessions/service.js';
import { openMemoryStore } from '../../src/store/memory-store.js';
import { localPublisher, MemoryPublisher, type Update } from '../../src/store/publisher.js';

const create = {
  id: 'c0',
  actor: { role: 'system' },
  type: 'create-session',
  sessionId: 'm1',
  body: 'security-council',
  format: 'public',
  date: '2014-03-15',
  title: 'Ukraine',
};
const chair = (id: string, type: string, extra: object = {}) => ({ id, actor: { role: 'chair' }, type, ...extra });

test('the service publishes what it appended, once, with the events; refusals and retries publish nothing', async () => {
  const store = openMemoryStore();
  const publisher = new MemoryPublisher();
  const service = new SessionService(store, { publisher });
  const updates: Update[] = [];
  const off = publisher.subscribe((u) => updates.push(u));
  const throwing = publisher.subscribe(() => {
    throw new Error('a broken listener');
  });
  const warnings: string[] = [];
  const onWarning = (w: Error & { code?: string }) => {
    if (w.code === 'COUNCIL_PUBLISHER_LISTENER') warnings.push(w.message);
  };
  process.on('warning', onWarning);
  try {
    assert.ok((await service.create(create)).ok);
    assert.ok((await service.execute('m1', chair('c1', 'open-meeting'))).ok);
    assert.equal((await service.execute('m1', chair('c1', 'open-meeting'))).ok && true, true, 'a retry is answered');
    assert.equal((await service.execute('m1', chair('c2', 'open-meeting'))).ok, false, 'a refusal');
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('warning', onWarning);
  }
  assert.deepEqual(
    updates.map((u) => ('events' in u ? u.events.map((e) => `${e.version}:${e.type}`) : u)),
    [['1:session-created.v1'], ['2:meeting-opened.v1']],
  );
  assert.deepEqual(updates[1], { sessionId: 'm1', events: await store.read('m1', 1) }, 'the stored events themselves');
  assert.deepEqual(warnings, ['publisher listener threw: a broken listener', 'publisher listener threw: a broken listener']);
  off();
  throwing();
  assert.ok((await service.execute('m1', chair('c3', 'propose-agenda', { items: [{ title: 'Ukraine' }] }))).ok);
  assert.equal(updates.length, 2, 'unsubscribed');
});

test('services over one store object share its in-process publisher unless given another', () => {
  const store = openMemoryStore();
  assert.equal(new SessionService(store).publisher, new SessionService(store).publisher);
  assert.equal(localPublisher(store), new SessionService(store).publisher);
  assert.notEqual(localPublisher(openMemoryStore()), localPublisher(store));
});
