import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeyedQueue } from '../../src/sessions/keyed-queue.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('tasks on one key run one at a time, in order; other keys are not held up', async () => {
  const queue = new KeyedQueue();
  const log: string[] = [];
  let running = 0;
  let maxRunning = 0;
  const task = (name: string) => async () => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    log.push(`start ${name}`);
    await tick();
    await tick();
    log.push(`end ${name}`);
    running--;
    return name;
  };
  const a = [queue.run('s1', task('a1')), queue.run('s1', task('a2')), queue.run('s1', task('a3'))];
  const b = queue.run('s2', task('b1'));
  assert.deepEqual(await Promise.all([...a, b]), ['a1', 'a2', 'a3', 'b1']);
  const s1 = log.filter((l) => l.endsWith('a1') || l.endsWith('a2') || l.endsWith('a3'));
  assert.deepEqual(s1, ['start a1', 'end a1', 'start a2', 'end a2', 'start a3', 'end a3']);
  assert.equal(maxRunning, 2, 's2 ran alongside s1');
});

test('a failing task rejects its own caller only', async () => {
  const queue = new KeyedQueue();
  const failed = queue.run('s', async () => {
    throw new Error('boom');
  });
  const next = queue.run('s', async () => 'fine');
  await assert.rejects(failed, /boom/);
  assert.equal(await next, 'fine');
});
