/** A Model UN caucus in the meeting record (practice: Model UN): the motion with its times, the caucus, its extension and its end. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCommand, type CommandInput } from '../../src/protocol/index.js';
import { renderSession } from '../../src/records/render.js';
import { handle } from '../../src/sessions/handle.js';
import type { SessionEvent } from '../../src/sessions/events.js';
import { initialState, reduce } from '../../src/sessions/reducer.js';
import { by, chair, COUNCIL_2014, create, ctx } from '../sessions/helpers.js';

const T0 = Date.parse('2026-03-02T10:00:00.000Z');

function session(): SessionEvent[] {
  let state = initialState;
  const log: SessionEvent[] = [];
  const go = (input: CommandInput, now = T0) => {
    const parsed = parseCommand(input);
    assert.ok(parsed.ok);
    const r = handle(state, parsed.value, { ...ctx, now: () => now });
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    for (const e of r.value) state = reduce(state, e);
    log.push(...r.value);
  };
  go(create('public', { practice: 'mun' }));
  go(chair('open-meeting'));
  go(chair('propose-agenda', { items: [{ title: 'Item' }] }));
  go(chair('adopt-agenda'));
  go(by('FRA', 'move-motion', { motionId: 'm', motion: 'moderated-caucus', totalSeconds: 600, speakingSeconds: 45, topic: 'Aid' }));
  go(
    chair('record-vote', {
      voteId: 'v1',
      question: 'Motion for a moderated caucus',
      subject: { kind: 'motion', motion: 'moderated-caucus', motionId: 'm' },
      ballots: Object.fromEntries(COUNCIL_2014.map((c) => [c, 'yes'])),
    }),
  );
  go(by('GBR', 'move-motion', { motionId: 'x', motion: 'extend-caucus', seconds: 120 }));
  go(
    chair('record-vote', {
      voteId: 'v2',
      question: 'Motion to extend',
      subject: { kind: 'motion', motion: 'extend-caucus', motionId: 'x' },
      ballots: Object.fromEntries(COUNCIL_2014.map((c) => [c, 'yes'])),
    }),
  );
  go(chair('end-caucus'), T0 + 300_000);
  return log;
}

test('the record names the caucus motion, the caucus, its extension and its end, in English and French', async () => {
  const events = session();
  const en = String(await renderSession(events, 'md', 'en'));
  assert.match(en, /France moved a moderated caucus of 10:00, 0:45 per speaker on “Aid” \(Model UN practice\)\./);
  assert.match(en, /The meeting moved into a moderated caucus of 10:00\./);
  assert.match(en, /The caucus was extended by 2:00\./);
  assert.match(en, /The caucus ended after 5:00\./);
  assert.doesNotMatch(en, /postpone the discussion/);
  // The vote is explained by the practice's majority, not the Council's nine votes.
  assert.match(en, /A caucus motion needs a simple majority of the members present \(Model UN practice\): 8 in favour/);
  assert.match(en, /The motion to hold a moderated caucus has been adopted\./);
  assert.doesNotMatch(en, /Procedural matter: 9 affirmative votes/);
  const fr = String(await renderSession(events, 'md', 'fr'));
  assert.match(fr, /tenir un caucus modéré de 10:00, 0:45 par orateur sur « Aid »/);
  assert.match(fr, /Le caucus prend fin après 5:00\./);
});
