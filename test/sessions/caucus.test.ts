/**
 * Model UN caucuses on the motions engine (issue 10 item 2): moved from a phone, put in the
 * practice's order, voted, run as session state with the server's clock, extended and ended.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { caucusRemaining } from '../../src/rules/index.js';
import { parseCommand, type CommandError, type CommandInput } from '../../src/protocol/index.js';
import { handle } from '../../src/sessions/handle.js';
import type { SessionEvent } from '../../src/sessions/events.js';
import { reduce, replay, type SessionState } from '../../src/sessions/reducer.js';
import { by, chair, COUNCIL_2014, create, ctx, run } from './helpers.js';

const T0 = Date.parse('2026-03-02T10:00:00.000Z');

function at(state: SessionState, input: CommandInput, now: number): { state: SessionState; events: SessionEvent[]; error?: CommandError } {
  const parsed = parseCommand(input);
  const decided = parsed.ok ? handle(state, parsed.value, { ...ctx, now: () => now }) : parsed;
  if (!decided.ok) return { state, events: [], error: decided.error };
  return { state: decided.value.reduce(reduce, state), events: decided.value };
}
const ok = (r: ReturnType<typeof at>) => {
  assert.equal(r.error, undefined, r.error?.message);
  return r.state;
};

const opened = (practice?: 'un' | 'mun') =>
  run([
    create('public', practice ? { practice } : {}),
    chair('open-meeting'),
    chair('propose-agenda', { items: [{ title: 'Item' }] }),
    chair('adopt-agenda'),
  ]);

/** Put motion `id` to the vote and have `yes` members vote yes, the rest no; close at `now`. */
function vote(s: SessionState, id: string, yes: number, now: number): ReturnType<typeof at> {
  const m = s.motions.find((x) => x.motionId === id)!;
  s = ok(at(s, chair('open-vote', { voteId: `v-${id}`, question: 'Q', subject: { kind: 'motion', motion: m.motion, motionId: id } }), now));
  COUNCIL_2014.forEach((code, i) => {
    s = ok(at(s, by(code, 'cast-ballot', { ballot: i < yes ? 'yes' : 'no' }), now));
  });
  return at(s, chair('close-vote'), now);
}

describe('caucus motions in a session', () => {
  test("refused in a UN session with the practice's citation", () => {
    const r = at(
      opened(),
      by('FRA', 'move-motion', { motionId: 'm', motion: 'moderated-caucus', totalSeconds: 600, speakingSeconds: 60 }),
      T0,
    );
    assert.equal(r.error?.code, 'practice-not-enabled');
    assert.equal(r.error?.rule, 'practice: Model UN');
  });

  test('a phone moves a moderated caucus; the chair puts the most disruptive first; a majority of those present carries it', () => {
    let s = opened('mun');
    s = ok(
      at(
        s,
        by('FRA', 'move-motion', { motionId: 'mod', motion: 'moderated-caucus', totalSeconds: 600, speakingSeconds: 60, topic: 'Aid' }),
        T0,
      ),
    );
    s = ok(at(s, by('CHN', 'move-motion', { motionId: 'unmod', motion: 'unmoderated-caucus', totalSeconds: 300 }), T0));
    assert.deepEqual(
      { ...s.motions[0], time: undefined },
      {
        motionId: 'mod',
        motion: 'moderated-caucus',
        by: 'FRA',
        seq: 1,
        totalSeconds: 600,
        speakingSeconds: 60,
        topic: 'Aid',
        status: 'pending',
        time: undefined,
      },
    );
    // Bad times are the rule's refusal, from the phone as from the chair.
    assert.equal(
      at(s, by('GBR', 'move-motion', { motionId: 'bad', motion: 'moderated-caucus', totalSeconds: 60, speakingSeconds: 90 }), T0).error
        ?.code,
      'invalid-caucus-time',
    );
    assert.equal(at(s, by('GBR', 'move-motion', { motionId: 'ext', motion: 'extend-caucus', seconds: 60 }), T0).error?.code, 'no-caucus');
    // The unmoderated caucus is more disruptive: the moderated one waits.
    const early = at(
      s,
      chair('open-vote', { voteId: 'v', question: 'Q', subject: { kind: 'motion', motion: 'moderated-caucus', motionId: 'mod' } }),
      T0,
    );
    assert.equal(early.error?.code, 'wrong-order');
    // A caucus motion is voted as moved, never put directly without its times.
    const direct = at(s, chair('open-vote', { voteId: 'v', question: 'Q', subject: { kind: 'motion', motion: 'unmoderated-caucus' } }), T0);
    assert.equal(direct.error?.code, 'invalid-command');

    // 7 of 15 is not a majority of those present: the unmoderated caucus fails, under the practice's rule (not 9 votes).
    const failed = vote(s, 'unmod', 7, T0);
    s = ok(failed);
    const recorded = failed.events.find((e) => e.type === 'vote-recorded.v1')!;
    assert.equal(recorded.type === 'vote-recorded.v1' && recorded.data.decision.required, 8);
    assert.equal(s.caucus, null);
    // 8 of 15 carries the moderated caucus, which starts at the server's time.
    const carried = vote(s, 'mod', 8, T0 + 5_000);
    s = ok(carried);
    assert.deepEqual(s.caucus, {
      motionId: 'mod',
      kind: 'moderated',
      totalSeconds: 600,
      speakingSeconds: 60,
      topic: 'Aid',
      startedAt: '2026-03-02T10:00:05.000Z',
    });
    assert.equal(s.motions.find((m) => m.motionId === 'mod')!.status, 'adopted');

    // The floor in the caucus is its speaking time; a different one is refused.
    assert.equal(at(s, chair('give-floor', { member: 'RUS', seconds: 90 }), T0 + 10_000).error?.code, 'invalid-caucus-time');
    s = ok(at(s, chair('give-floor', { member: 'RUS' }), T0 + 10_000));
    assert.equal(s.floor?.limitSeconds, 60);
    s = ok(at(s, by('RUS', 'end-statement'), T0 + 60_000));
    // No new caucus while this one runs; an extension may be moved, and carried it adds time.
    assert.equal(
      at(s, by('GBR', 'move-motion', { motionId: 'u2', motion: 'unmoderated-caucus', totalSeconds: 300 }), T0).error?.code,
      'caucus-running',
    );
    s = ok(at(s, by('GBR', 'move-motion', { motionId: 'ext', motion: 'extend-caucus', seconds: 120 }), T0 + 500_000));
    s = ok(vote(s, 'ext', 9, T0 + 505_000));
    assert.equal(s.caucus?.totalSeconds, 720);
    assert.equal(caucusRemaining(s.caucus!, T0 + 605_000), 120);
    // The chair ends it early; only the chair may.
    assert.equal(at(s, by('FRA', 'end-caucus'), T0 + 610_000).error?.code, 'not-chair');
    const ended = at(s, chair('end-caucus'), T0 + 610_000);
    s = ok(ended);
    assert.equal(s.caucus, null);
    assert.deepEqual(
      ended.events.map((e) => e.type),
      ['caucus-ended.v1'],
    );
    assert.equal(ended.events[0]!.type === 'caucus-ended.v1' && ended.events[0]!.data.elapsedSeconds, 605);
    assert.equal(at(s, chair('end-caucus'), T0).error?.code, 'no-caucus');
  });

  test('an unmoderated caucus gives nobody the floor; a carried caucus lapses the other caucus motions; the log replays to the same state', () => {
    const log: SessionEvent[] = [];
    let s = opened('mun');
    const go = (input: CommandInput, now: number) => {
      const r = at(s, input, now);
      s = ok(r);
      log.push(...r.events);
    };
    go(by('FRA', 'move-motion', { motionId: 'u', motion: 'unmoderated-caucus', totalSeconds: 900 }), T0);
    go(by('CHN', 'move-motion', { motionId: 'm', motion: 'moderated-caucus', totalSeconds: 600, speakingSeconds: 45 }), T0);
    const r = vote(s, 'u', 15, T0);
    s = ok(r);
    assert.equal(s.caucus?.kind, 'unmoderated');
    assert.equal(s.motions.find((m) => m.motionId === 'm')!.status, 'lapsed');
    assert.equal(at(s, chair('give-floor', { member: 'RUS', seconds: 60 }), T0).error?.code, 'caucus-running');
    // A suspension ends the caucus with the meeting's business.
    s = run([chair('suspend-meeting')], s);
    assert.equal(s.caucus, null);
  });

  test('the caucus is public state and survives a replay', () => {
    let s = opened('mun');
    const events: SessionEvent[] = [];
    for (const input of [by('FRA', 'move-motion', { motionId: 'u', motion: 'unmoderated-caucus', totalSeconds: 300 })]) {
      const r = at(s, input, T0);
      s = ok(r);
      events.push(...r.events);
    }
    const voted = vote(s, 'u', 12, T0 + 1000);
    s = ok(voted);
    const again = replay(voted.events, replay(events, opened('mun')));
    assert.deepEqual(again.caucus, s.caucus);
    assert.equal(JSON.parse(JSON.stringify(s)).caucus.startedAt, '2026-03-02T10:00:01.000Z');
  });
});
