import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findNonJson } from '../../src/store/json-value.js';

test('every JSON value is accepted', () => {
  fc.assert(fc.property(fc.jsonValue(), (value) => findNonJson(value) === null));
});

test('a value is accepted exactly when JSON round-trips it unchanged, -0 aside (values of JSON parts and intruders)', () => {
  const intruder = fc.constantFrom<unknown>(undefined, Number.NaN, Number.POSITIVE_INFINITY, new Date(0), new Map(), 1n, () => 0);
  const leaf = fc.oneof(fc.jsonValue({ maxDepth: 1 }), intruder);
  const tree = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      leaf,
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(fc.string(), tie('node'), { maxKeys: 3, noNullPrototype: true }),
    ),
  })).node;
  fc.assert(
    fc.property(tree, (value) => {
      const accepted = findNonJson(value) === null;
      let roundTrips: boolean;
      try {
        const text = JSON.stringify(value);
        roundTrips = text !== undefined && sameAfterJson(JSON.parse(text), value);
      } catch {
        roundTrips = false;
      }
      assert.equal(accepted, roundTrips, `accepted=${accepted} but roundTrips=${roundTrips}`);
    }),
  );
});

test('the problem is reported with its path', () => {
  assert.equal(findNonJson({ votes: [1, { x: undefined }] }), '$.votes[1].x: undefined is not JSON');
  assert.equal(findNonJson([Number.NaN]), '$[0]: NaN is not a JSON number');
  const deep: unknown[] = [];
  let cursor = deep;
  for (let i = 0; i < 600; i++) {
    const next: unknown[] = [];
    cursor.push(next);
    cursor = next;
  }
  assert.match(findNonJson(deep) ?? '', /nested deeper than 512/);
  // A shared (not circular) sub-object is fine.
  const shared = { a: 1 };
  assert.equal(findNonJson({ x: shared, y: shared, z: [shared] }), null);
  assert.equal(findNonJson(Object.create(null)), null);
});

/** Deep equality where -0 equals 0 (JSON writes -0 as 0; the store accepts that) and prototypes must match. */
function sameAfterJson(parsed: unknown, value: unknown): boolean {
  if (typeof parsed !== 'object' || parsed === null || typeof value !== 'object' || value === null) return parsed === value;
  if (Object.getPrototypeOf(parsed) !== Object.getPrototypeOf(value)) return false;
  if (Array.isArray(parsed) && Array.isArray(value)) {
    return parsed.length === value.length && parsed.every((item, i) => i in value && sameAfterJson(item, value[i]));
  }
  const a = Object.keys(parsed);
  const b = Object.keys(value);
  return (
    a.length === b.length &&
    a.every((k) => Object.hasOwn(value, k) && sameAfterJson((parsed as Record<string, unknown>)[k], (value as Record<string, unknown>)[k]))
  );
}
