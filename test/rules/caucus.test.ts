/** Model UN caucus motions (practice: Model UN): refused under 'un', times checked, ordered most disruptive first, decided by a majority of those present. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  caucusFloor,
  caucusRemaining,
  checkCaucusMotion,
  compareCaucusMotions,
  decideCaucusMotion,
  orderMotions,
  type CaucusClock,
} from '../../src/rules/index.js';

const running: CaucusClock = { kind: 'moderated', totalSeconds: 600, speakingSeconds: 60, startedAt: '2026-01-01T10:00:00.000Z' };

describe('caucus motions: the practice option set', () => {
  test('refused in a faithful UN session, citing the practice', () => {
    for (const motion of ['moderated-caucus', 'unmoderated-caucus', 'extend-caucus'] as const) {
      const r = checkCaucusMotion('un', motion, { totalSeconds: 600, speakingSeconds: 60, seconds: 60 }, null);
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.equal(r.error.code, 'practice-not-enabled');
        assert.equal(r.error.rule, 'practice: Model UN');
      }
    }
  });

  test('accepted in a MUN session with their terms', () => {
    assert.deepEqual(checkCaucusMotion('mun', 'moderated-caucus', { totalSeconds: 600, speakingSeconds: 60, topic: ' Aid ' }, null), {
      ok: true,
      value: { totalSeconds: 600, speakingSeconds: 60, topic: 'Aid' },
    });
    assert.deepEqual(checkCaucusMotion('mun', 'unmoderated-caucus', { totalSeconds: 900 }, null), {
      ok: true,
      value: { totalSeconds: 900 },
    });
    assert.deepEqual(checkCaucusMotion('mun', 'extend-caucus', { seconds: 120 }, running), { ok: true, value: { seconds: 120 } });
  });

  test('times: whole seconds, speaking time within the total, no speaking time unmoderated, within the guard', () => {
    const code = (r: ReturnType<typeof checkCaucusMotion>) => (r.ok ? 'ok' : r.error.code);
    assert.equal(code(checkCaucusMotion('mun', 'moderated-caucus', { totalSeconds: 600 }, null)), 'invalid-caucus-time');
    assert.equal(
      code(checkCaucusMotion('mun', 'moderated-caucus', { totalSeconds: 60, speakingSeconds: 90 }, null)),
      'invalid-caucus-time',
    );
    assert.equal(code(checkCaucusMotion('mun', 'moderated-caucus', { totalSeconds: 60, speakingSeconds: 60 }, null)), 'ok');
    assert.equal(
      code(checkCaucusMotion('mun', 'moderated-caucus', { totalSeconds: 600.5, speakingSeconds: 60 }, null)),
      'invalid-caucus-time',
    );
    assert.equal(code(checkCaucusMotion('mun', 'unmoderated-caucus', { totalSeconds: 0 }, null)), 'invalid-caucus-time');
    assert.equal(code(checkCaucusMotion('mun', 'unmoderated-caucus', { totalSeconds: 4 * 3600 + 1 }, null)), 'invalid-caucus-time');
    assert.equal(
      code(checkCaucusMotion('mun', 'unmoderated-caucus', { totalSeconds: 600, speakingSeconds: 60 }, null)),
      'invalid-caucus-time',
    );
    assert.equal(code(checkCaucusMotion('mun', 'extend-caucus', { seconds: -5 }, running)), 'invalid-caucus-time');
    assert.equal(code(checkCaucusMotion('mun', 'extend-caucus', { seconds: 4 * 3600 - 600 + 1 }, running)), 'invalid-caucus-time');
  });

  test('an extension needs a caucus under way; a new caucus needs none', () => {
    const code = (r: ReturnType<typeof checkCaucusMotion>) => (r.ok ? 'ok' : r.error.code);
    assert.equal(code(checkCaucusMotion('mun', 'extend-caucus', { seconds: 60 }, null)), 'no-caucus');
    assert.equal(code(checkCaucusMotion('mun', 'unmoderated-caucus', { totalSeconds: 600 }, running)), 'caucus-running');
  });
});

describe('caucus motions: order of decision (a documented practice choice)', () => {
  test("after the body's own motions; extension, then unmoderated longest first, then moderated longest total and speaking time first", () => {
    const pending = [
      { id: 'mod-10x30', kind: 'moderated-caucus', tabledAt: 1, totalSeconds: 600, speakingSeconds: 30 },
      { id: 'unmod-5', kind: 'unmoderated-caucus', tabledAt: 2, totalSeconds: 300 },
      { id: 'suspend', kind: 'suspend', tabledAt: 3 },
      { id: 'mod-10x60', kind: 'moderated-caucus', tabledAt: 4, totalSeconds: 600, speakingSeconds: 60 },
      { id: 'unmod-15', kind: 'unmoderated-caucus', tabledAt: 5, totalSeconds: 900 },
      { id: 'mod-20x45', kind: 'moderated-caucus', tabledAt: 6, totalSeconds: 1200, speakingSeconds: 45 },
      { id: 'close', kind: 'close-debate', tabledAt: 7 },
    ];
    const ga = orderMotions(false, pending).map((p) => p.id);
    assert.deepEqual(ga, ['suspend', 'close', 'unmod-15', 'unmod-5', 'mod-20x45', 'mod-10x60', 'mod-10x30']);
    const council = orderMotions(
      true,
      pending.filter((p) => p.kind !== 'close-debate'),
    ).map((p) => p.id);
    assert.deepEqual(council, ['suspend', 'unmod-15', 'unmod-5', 'mod-20x45', 'mod-10x60', 'mod-10x30']);
  });

  test('an extension first; equal motions keep the order they were moved in', () => {
    assert.ok(
      compareCaucusMotions(
        { kind: 'extend-caucus', tabledAt: 9, seconds: 60 },
        { kind: 'unmoderated-caucus', tabledAt: 1, totalSeconds: 600 },
      ) < 0,
    );
    const a = { kind: 'unmoderated-caucus' as const, tabledAt: 1, totalSeconds: 600 };
    const b = { kind: 'unmoderated-caucus' as const, tabledAt: 2, totalSeconds: 600 };
    assert.ok(compareCaucusMotions(a, b) < 0 && compareCaucusMotions(b, a) > 0);
  });
});

describe('caucus motions: decided by a simple majority of those present', () => {
  test('without a roll call, those who voted are present: 8 of 15 carries, 7 of 14 does not (a tie fails)', () => {
    const ballots = (yes: number, no: number, abstain = 0, absent = 0) => {
      const out: Record<string, 'yes' | 'no' | 'abstain' | 'absent'> = {};
      let i = 0;
      for (const [b, n] of [
        ['yes', yes],
        ['no', no],
        ['abstain', abstain],
        ['absent', absent],
      ] as const)
        for (let k = 0; k < n; k++) out[`S${String(i++).padStart(2, '0')}`] = b;
      return out;
    };
    const carried = decideCaucusMotion({ ballots: ballots(8, 7) });
    assert.equal(carried.outcome, 'adopted');
    assert.equal(carried.required, 8);
    assert.deepEqual(carried.rules, ['practice: Model UN']);
    const tie = decideCaucusMotion({ ballots: ballots(7, 7, 0, 1) });
    assert.equal(tie.outcome, 'not-adopted');
    assert.equal(tie.reason, 'tie');
    // Abstentions count as present: 6 yes, 2 no, 6 abstaining is not a majority of 14.
    const abstained = decideCaucusMotion({ ballots: ballots(6, 2, 6) });
    assert.equal(abstained.outcome, 'not-adopted');
    assert.equal(abstained.required, 8);
  });

  test('with a roll call, those who answered it are present even if they cast nothing', () => {
    const present = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'];
    const d = decideCaucusMotion({ ballots: { AAA: 'yes', BBB: 'yes', CCC: 'absent', DDD: 'absent', EEE: 'no' }, present });
    assert.equal(d.required, 3);
    assert.equal(d.outcome, 'not-adopted');
    assert.equal(decideCaucusMotion({ ballots: { AAA: 'yes', BBB: 'yes', CCC: 'yes' }, present }).outcome, 'adopted');
  });
});

describe('the caucus clock', () => {
  test('counts down from the server time; a moderated caucus gives the floor for its speaking time, an unmoderated one never', () => {
    const t0 = Date.parse(running.startedAt);
    assert.equal(caucusRemaining(running, t0 + 90_000), 510);
    assert.deepEqual(caucusFloor(running, t0 + 1000), { ok: true, value: 60 });
    assert.deepEqual(caucusFloor(running, t0 + 1000, 60), { ok: true, value: 60 });
    const other = caucusFloor(running, t0 + 1000, 90);
    assert.equal(other.ok ? 'ok' : other.error.code, 'invalid-caucus-time');
    const over = caucusFloor(running, t0 + 600_000);
    assert.equal(over.ok ? 'ok' : over.error.code, 'invalid-caucus-time');
    const unmod = caucusFloor({ ...running, kind: 'unmoderated' }, t0);
    assert.equal(unmod.ok ? 'ok' : unmod.error.code, 'caucus-running');
  });
});
