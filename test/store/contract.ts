/**
 * The EventStore contract, run against every implementation (memory, sqlite, postgres):
 * one suite, so the three cannot drift apart. Session ids are unique per test, so a
 * shared PostgreSQL database needs no cleaning between runs.
 */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { ConcurrencyError, type EventStore, type NewEvent } from '../../src/store/event-store.js';
import { StoreError } from '../../src/store/store-error.js';

export interface StoreUnderTest {
  store: EventStore;
  /** A second, independent store object on the same data (durable stores only). */
  reopen?: () => Promise<EventStore>;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** [from, from+1, ..., to] */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function ev(type: string, data: unknown = {}): NewEvent {
  return { type, data };
}

async function rejectsWith<E extends Error>(promise: Promise<unknown>, kind: new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof kind, `expected ${kind.name}, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected a ${kind.name}, but the call succeeded`);
}

export function eventStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`EventStore contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: EventStore;
    const prefix = `contract-${randomUUID()}`;
    let n = 0;
    const newId = () => `${prefix}-${++n}`;

    before(async () => {
      subject = await open();
      store = subject.store;
    });
    after(async () => {
      await store.close();
    });

    test('an unknown session reads as empty and is not listed', async () => {
      const id = newId();
      assert.deepEqual(await store.read(id), []);
      assert.ok(!(await store.listSessions()).some((s) => s.sessionId === id));
    });

    test('append at 0 creates the stream; read returns exactly what append returned', async () => {
      const id = newId();
      const result = await store.append(id, 0, [ev('opened', { president: 'FRA', n: 1.5 })]);
      assert.equal(result.version, 1);
      assert.equal(result.duplicate, false);
      assert.equal(result.events.length, 1);
      const [event] = result.events;
      assert.equal(event?.sessionId, id);
      assert.equal(event?.version, 1);
      assert.equal(event?.type, 'opened');
      assert.deepEqual(event?.data, { president: 'FRA', n: 1.5 });
      assert.equal(event?.commandId, null);
      assert.match(event?.at ?? '', ISO);
      assert.deepEqual(await store.read(id), result.events);
    });

    test('a multi-event append gets contiguous versions; read(after) returns the tail in order', async () => {
      const id = newId();
      await store.append(id, 0, [ev('a', 1)]);
      const result = await store.append(id, 1, [ev('b', 2), ev('c', 3), ev('d', 4)], 'cmd-batch');
      assert.equal(result.version, 4);
      assert.deepEqual(
        result.events.map((e) => [e.version, e.type, e.data, e.commandId]),
        [
          [2, 'b', 2, 'cmd-batch'],
          [3, 'c', 3, 'cmd-batch'],
          [4, 'd', 4, 'cmd-batch'],
        ],
      );
      assert.deepEqual(
        (await store.read(id)).map((e) => e.type),
        ['a', 'b', 'c', 'd'],
      );
      assert.deepEqual(
        (await store.read(id, 2)).map((e) => e.version),
        [3, 4],
      );
      assert.deepEqual(await store.read(id, 4), []);
      assert.deepEqual(await store.read(id, 99), []);
    });

    test('a stale or future expectedVersion is a ConcurrencyError and writes nothing', async () => {
      const id = newId();
      await store.append(id, 0, [ev('a'), ev('b')]);
      for (const expected of [0, 1, 3, 10]) {
        const error = await rejectsWith(store.append(id, expected, [ev('x'), ev('y')]), ConcurrencyError);
        assert.equal(error.code, 'version-conflict');
        assert.equal(error.sessionId, id);
        assert.equal(error.expectedVersion, expected);
        assert.equal(error.actualVersion, 2);
      }
      assert.deepEqual(
        (await store.read(id)).map((e) => e.type),
        ['a', 'b'],
      );
    });

    test('a retried command id returns the original events, duplicate=true, and writes nothing', async () => {
      const id = newId();
      const first = await store.append(id, 0, [ev('a', { k: 1 }), ev('b', { k: 2 })], 'cmd-1');
      const retry = await store.append(id, 0, [ev('other', { k: 9 })], 'cmd-1');
      assert.equal(retry.duplicate, true);
      assert.equal(retry.version, 2);
      assert.deepEqual(retry.events, first.events);
      // Also once the stream has moved on, and with an expectedVersion that is now current.
      await store.append(id, 2, [ev('c')], 'cmd-2');
      const late = await store.append(id, 3, [ev('other')], 'cmd-1');
      assert.equal(late.duplicate, true);
      assert.equal(late.version, 2);
      assert.deepEqual(late.events, first.events);
      assert.deepEqual(
        (await store.read(id)).map((e) => e.type),
        ['a', 'b', 'c'],
      );
    });

    test('command ids are per session', async () => {
      const a = newId();
      const b = newId();
      await store.append(a, 0, [ev('x')], 'shared');
      const other = await store.append(b, 0, [ev('y')], 'shared');
      assert.equal(other.duplicate, false);
      assert.equal((await store.read(b)).length, 1);
    });

    test('concurrent appends at one version: exactly one wins, the rest conflict', async () => {
      const id = newId();
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => store.append(id, 0, [ev('try', { i }), ev('try2', { i })])),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      assert.equal(won.length, 1);
      for (const r of lost) assert.ok(r.reason instanceof ConcurrencyError, String(r.reason));
      const events = await store.read(id);
      assert.equal(events.length, 2);
      assert.deepEqual(events[0]?.data, events[1]?.data);
    });

    test('the same command id sent concurrently is applied once', async () => {
      const id = newId();
      const results = await Promise.all(Array.from({ length: 6 }, () => store.append(id, 0, [ev('once'), ev('twice')], 'same')));
      assert.equal(results.filter((r) => !r.duplicate).length, 1);
      for (const r of results) assert.deepEqual(r.events, results[0]?.events);
      assert.equal((await store.read(id)).length, 2);
    });

    test('data that is not plain JSON is refused with invalid-append, before anything is written', async () => {
      const id = newId();
      const cycle: Record<string, unknown> = {};
      cycle.self = cycle;
      class Motion {
        text = 'x';
      }
      const bad: unknown[] = [
        undefined,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        10n,
        () => 1,
        Symbol('s'),
        new Date(0),
        new Map(),
        new Motion(),
        cycle,
        { a: undefined },
        [1, undefined, 3],
        { nested: [{ deep: Number.NEGATIVE_INFINITY }] },
      ];
      for (const data of bad) {
        // The bad event is second: the good first one must not be written either.
        const error = await rejectsWith(store.append(id, 0, [ev('good', 1), { type: 'bad', data }]), StoreError);
        assert.equal(error.code, 'invalid-append');
        assert.match(error.message, /events\[1\]\.data/);
      }
      assert.deepEqual(await store.read(id), []);
    });

    test('malformed arguments are refused with a typed error', async () => {
      const id = newId();
      const calls: [unknown, unknown, unknown, unknown][] = [
        ['', 0, [ev('a')], undefined],
        ['a\u0000b', 0, [ev('a')], undefined],
        ['\ud800', 0, [ev('a')], undefined],
        [id, -1, [ev('a')], undefined],
        [id, 1.5, [ev('a')], undefined],
        [id, '0', [ev('a')], undefined],
        [id, 0, [], undefined],
        [id, 0, 'events', undefined],
        [id, 0, [{ type: '', data: 1 }], undefined],
        [id, 0, [{ data: 1 }], undefined],
        [id, 0, [ev('a')], ''],
        [id, 0, [ev('a')], 42],
      ];
      for (const [s, v, e, c] of calls) {
        const error = await rejectsWith(store.append(s as string, v as number, e as NewEvent[], c as string | undefined), StoreError);
        assert.equal(error.code, 'invalid-append', error.message);
      }
      for (const after of [-1, 0.5, Number.NaN]) {
        assert.equal((await rejectsWith(store.read(id, after), StoreError)).code, 'invalid-read');
      }
      assert.equal((await rejectsWith(store.read(''), StoreError)).code, 'invalid-read');
      assert.deepEqual(await store.read(id), []);
    });

    test('any JSON value round-trips exactly as JSON would carry it', async () => {
      const id = newId();
      let version = 0;
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (value) => {
          const result = await store.append(id, version, [ev('json', value)]);
          version = result.version;
          const [stored] = await store.read(id, version - 1);
          assert.deepStrictEqual(stored?.data, JSON.parse(JSON.stringify(value)));
        }),
        { numRuns: 60 },
      );
      // Strings JSON escapes: NUL, lone surrogates, quotes, non-BMP characters.
      const tricky = { s: 'a\u0000b\ud800c"\\\n😀', keys: { '\u00e9': 1, __proto__x: 2 }, big: 1.7976931348623157e308, tiny: 5e-324 };
      const result = await store.append(id, version, [ev('tricky', tricky)]);
      assert.deepStrictEqual((await store.read(id, result.version - 1))[0]?.data, tricky);
    });

    test('random sequences of appends behave exactly like a reference model', async () => {
      type Op = { session: number; delta: number; count: number; command: number | null };
      const op = fc.record({
        session: fc.nat(2),
        delta: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -2, max: 2 }) }),
        count: fc.integer({ min: 1, max: 3 }),
        command: fc.option(fc.nat(3), { nil: null }),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 15 }), async (ops: Op[]) => {
          const run = newId();
          // The model: per session, its events and the [first, last] version of each command.
          const model = [0, 1, 2].map(() => ({
            events: [] as { type: string; commandId: string | null }[],
            commands: new Map<string, [number, number]>(),
          }));
          for (const [i, { session, delta, count, command }] of ops.entries()) {
            const m = model[session]!;
            const id = `${run}-s${session}`;
            const commandId = command === null ? undefined : `cmd-${command}`;
            const expected = Math.max(0, m.events.length + delta);
            const events = Array.from({ length: count }, (_, k) => ev(`op${i}.${k}`, { i, k }));
            const original = commandId === undefined ? undefined : m.commands.get(commandId);
            const outcome = await store.append(id, expected, events, commandId).then(
              (r) => ({ ok: true as const, r }),
              (error: unknown) => ({ ok: false as const, error }),
            );
            if (original) {
              assert.ok(outcome.ok && outcome.r.duplicate, `op ${i}: a retried command is a duplicate`);
              assert.deepEqual(
                outcome.r.events.map((e) => e.version),
                range(original[0], original[1]),
              );
            } else if (expected !== m.events.length) {
              assert.ok(!outcome.ok && outcome.error instanceof ConcurrencyError, `op ${i}: conflict expected`);
              assert.equal(outcome.error.actualVersion, m.events.length);
            } else {
              assert.ok(outcome.ok && !outcome.r.duplicate, `op ${i}: append expected`);
              const first = m.events.length + 1;
              for (const e of events) m.events.push({ type: e.type, commandId: commandId ?? null });
              if (commandId !== undefined) m.commands.set(commandId, [first, m.events.length]);
              assert.equal(outcome.r.version, m.events.length);
            }
          }
          for (const [session, m] of model.entries()) {
            const stored = await store.read(`${run}-s${session}`);
            assert.deepEqual(
              stored.map((e) => ({ type: e.type, commandId: e.commandId })),
              m.events,
            );
            assert.deepEqual(
              stored.map((e) => e.version),
              range(1, m.events.length),
            );
          }
        }),
        { numRuns: 25 },
      );
    });

    test('returned events are copies: mutating them changes nothing stored', async () => {
      const id = newId();
      const result = await store.append(id, 0, [ev('a', { list: [1] })]);
      (result.events[0]!.data as { list: number[] }).list.push(2);
      const [read] = await store.read(id);
      (read!.data as { list: number[] }).list.push(3);
      assert.deepEqual((await store.read(id))[0]?.data, { list: [1] });
    });

    test('listSessions reports each session with its head version and times', async () => {
      const a = newId();
      const b = newId();
      await store.append(a, 0, [ev('x'), ev('y')]);
      await store.append(b, 0, [ev('x')]);
      await store.append(a, 2, [ev('z')]);
      const listed = (await store.listSessions()).filter((s) => s.sessionId === a || s.sessionId === b);
      assert.deepEqual(listed.map((s) => [s.sessionId, s.version]).sort(), [
        [a, 3],
        [b, 1],
      ]);
      for (const s of listed) {
        assert.match(s.createdAt, ISO);
        assert.ok(s.createdAt <= s.updatedAt);
      }
    });

    test('a command id is scoped to its body and sender: another hash is refused with command-id-reused', async () => {
      const id = newId();
      const [h1, h2] = ['a'.repeat(64), 'b'.repeat(64)];
      const first = await store.append(id, 0, [ev('ballot', { v: 'yes' })], 'cmd', h1);
      const retry = await store.append(id, 0, [ev('ballot', { v: 'yes' })], 'cmd', h1);
      assert.equal(retry.duplicate, true);
      assert.deepEqual(retry.events, first.events);
      const reused = await rejectsWith(store.append(id, 1, [ev('ballot', { v: 'no' })], 'cmd', h2), StoreError);
      assert.equal(reused.code, 'command-id-reused');
      assert.equal((await store.read(id)).length, 1, 'nothing written');
      // The ledger answers lookups the same way.
      assert.deepEqual(await store.findCommand(id, 'cmd', h1), { version: 1, events: first.events, duplicate: true });
      assert.equal((await rejectsWith(store.findCommand(id, 'cmd', h2), StoreError)).code, 'command-id-reused');
      assert.equal(await store.findCommand(id, 'other', h1), undefined);
      assert.equal(await store.findCommand(newId(), 'cmd'), undefined);
      // Without a hash (a caller that does not scope ids) a stored command is still a retry.
      assert.equal((await store.append(id, 0, [ev('ballot')], 'cmd')).duplicate, true);
    });

    test('identities: kept per session, found by join-code hash, written once, never in the log', async () => {
      const id = newId();
      // Unique per run: a shared PostgreSQL database keeps earlier runs' join-code hashes.
      const hash = (c: string) => createHash('sha256').update(`${id}:${c}`).digest('hex');
      const record = { chair: hash('c'), 'join:USA': hash('1'), 'join:FRA': hash('2'), 'name:USA': 'United States' };
      await store.identities.put(id, record, [
        { joinHash: hash('1'), code: 'USA' },
        { joinHash: hash('2'), code: 'FRA' },
      ]);
      assert.deepEqual(await store.identities.get(id), record);
      assert.deepEqual(await store.identities.findJoin(hash('2')), { sessionId: id, code: 'FRA', record });
      assert.equal(await store.identities.findJoin(hash('9')), undefined);
      assert.equal(await store.identities.get(newId()), undefined);
      const again = await rejectsWith(store.identities.put(id, { chair: hash('d') }, []), StoreError);
      assert.equal(again.code, 'invalid-append');
      assert.deepEqual(await store.identities.get(id), record, 'the first record stands');
      const bad = await rejectsWith(store.identities.put(newId(), record, [{ joinHash: 'not-hex', code: 'USA' }]), StoreError);
      assert.equal(bad.code, 'invalid-append');
      assert.deepEqual(await store.read(id), [], 'an identity is not an event');
    });

    test('durable stores: a fresh store object on the same data sees everything', async (t) => {
      if (!subject.reopen) return t.skip('not durable');
      const id = newId();
      const written = await store.append(id, 0, [ev('a', { x: [1, 'two'] }), ev('b')], 'cmd');
      const second = await subject.reopen();
      try {
        assert.deepEqual(await second.read(id), written.events);
        const retry = await second.append(id, 0, [ev('a')], 'cmd');
        assert.equal(retry.duplicate, true);
        assert.deepEqual(retry.events, written.events);
        await rejectsWith(second.append(id, 1, [ev('x')]), ConcurrencyError);
      } finally {
        await second.close();
      }
    });

    test('after close every call is refused with store-closed; closing twice is fine', async () => {
      const own = subject.reopen ? await subject.reopen() : (await open()).store;
      await own.close();
      await own.close();
      assert.equal((await rejectsWith(own.append(newId(), 0, [ev('a')]), StoreError)).code, 'store-closed');
      assert.equal((await rejectsWith(own.read(newId()), StoreError)).code, 'store-closed');
      assert.equal((await rejectsWith(own.listSessions(), StoreError)).code, 'store-closed');
    });
  });
}
