/** Division of a proposal: Rule 32 (the Council), GA rule 89 [129] (the Assembly, its committees, the HRC). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  agreeDivisionWithoutVote,
  checkDivisionRequest,
  divisionMotionQuestion,
  judgeDivisionObjection,
  nextPart,
  orderParts,
  partQuestion,
  textAfterDivision,
  type Part,
} from '../../src/rules/bodies/division.js';

const op = (index: number): Part => ({ part: 'operative', index });
const pp = (index: number): Part => ({ part: 'preambular', index });
const request = (parts: Part[], extra: Partial<{ pendingAmendments: number; divisionPending: boolean }> = {}) => ({
  preambular: 2,
  operative: 3,
  parts,
  pendingAmendments: 0,
  divisionPending: false,
  ...extra,
});

test('a request names existing paragraphs once; the parts come back in the order of the text', () => {
  const ok = checkDivisionRequest('general-assembly', request([op(2), pp(1), op(0)]));
  assert.ok(ok.ok);
  assert.deepEqual(ok.value.parts, [pp(1), op(0), op(2)]);
  assert.equal(ok.value.rule, 'GA rule 89');
  const missing = checkDivisionRequest('security-council', request([op(3)]));
  assert.equal(!missing.ok && missing.error.code, 'no-such-part');
  assert.equal(!missing.ok && missing.error.rule, 'Rule 32');
  const twice = checkDivisionRequest('ga-main-committee', request([op(1), op(1)]));
  assert.equal(!twice.ok && twice.error.code, 'duplicate-part');
  assert.equal(!twice.ok && twice.error.rule, 'GA rule 129');
  const none = checkDivisionRequest('general-assembly', request([]));
  assert.equal(!none.ok && none.error.code, 'no-such-part');
});

test('amendments are voted before the text is divided; one division of a text at a time', () => {
  const sc = checkDivisionRequest('security-council', request([op(0)], { pendingAmendments: 1 }));
  assert.equal(!sc.ok && sc.error.code, 'amendments-first');
  assert.equal(!sc.ok && sc.error.rule, 'Rule 36');
  const ga = checkDivisionRequest('general-assembly', request([op(0)], { pendingAmendments: 2 }));
  assert.equal(!ga.ok && ga.error.rule, 'GA rule 90');
  const again = checkDivisionRequest('human-rights-council', request([op(0)], { divisionPending: true }));
  assert.equal(!again.ok && again.error.code, 'division-pending');
  assert.match(!again.ok ? again.error.rule! : '', /GA rule 129; .*60\/251/);
});

test('Council (Rule 32): the original mover objecting blocks the division; nobody else can', () => {
  const mover = judgeDivisionObjection('security-council', { objector: 'USA', movers: ['USA', 'GBR'] });
  assert.deepEqual(mover.ok && mover.value, { effect: 'blocks', rule: 'Rule 32' });
  const other = judgeDivisionObjection('security-council', { objector: 'RUS', movers: ['USA', 'GBR'] });
  assert.equal(!other.ok && other.error.code, 'not-the-mover');
  assert.equal(!other.ok && other.error.rule, 'Rule 32');
  // Without the mover's objection the division stands without a vote; the Council never votes on it.
  assert.ok(agreeDivisionWithoutVote('security-council', { objections: 0 }).ok);
  const vote = divisionMotionQuestion('security-council');
  assert.equal(!vote.ok && vote.error.code, 'division-not-voted');
});

test('GA rule 89: any objection (the mover included) sends the motion for division to a procedural vote', () => {
  for (const body of ['general-assembly', 'ga-main-committee', 'human-rights-council'] as const) {
    const anyone = judgeDivisionObjection(body, { objector: 'CUB', movers: ['JPN'] });
    assert.equal(anyone.ok && anyone.value.effect, 'vote', body);
    const without = agreeDivisionWithoutVote(body, { objections: 1 });
    assert.equal(!without.ok && without.error.code, 'division-needs-vote', body);
    assert.ok(agreeDivisionWithoutVote(body, { objections: 0 }).ok);
    const q = divisionMotionQuestion(body);
    assert.ok(q.ok);
    assert.deepEqual([q.value.matter, q.value.majority, q.value.speakers], ['procedural', 'simple', { for: 2, against: 2 }]);
  }
});

test('a part is decided like the whole: non-procedural in the Council (the veto applies), two thirds for an important question', () => {
  assert.deepEqual(partQuestion('security-council', { matter: 'non-procedural' }), { matter: 'non-procedural', rule: 'Rule 32; spec R30' });
  assert.equal(partQuestion('general-assembly', { matter: 'procedural', majority: 'two-thirds' }).majority, 'two-thirds');
  assert.equal(partQuestion('general-assembly', { matter: 'procedural', majority: 'two-thirds' }).rule, 'GA rules 84, 89');
  assert.equal(partQuestion('ga-main-committee', { matter: 'procedural' }).majority, undefined);
});

test('parts are voted in the order of the text until none is left', () => {
  const parts = [op(2), pp(0), op(0)];
  assert.deepEqual(orderParts(parts), [pp(0), op(0), op(2)]);
  assert.deepEqual(nextPart(parts, []), pp(0));
  assert.deepEqual(nextPart(parts, [{ part: pp(0), retained: true }]), op(0));
  assert.equal(
    nextPart(
      parts,
      [pp(0), op(0), op(2)].map((part) => ({ part, retained: false })),
    ),
    null,
  );
});

const text = { preambular: ['Recalling A,', 'Noting B,'], operative: ['Decides C;', 'Requests D;'] };

test('after the parts: rejected paragraphs drop out and the rest is voted as a whole', () => {
  const after = textAfterDivision('ga-main-committee', text, [
    { part: op(0), retained: false },
    { part: pp(1), retained: true },
  ]);
  assert.deepEqual(after, {
    preambular: ['Recalling A,', 'Noting B,'],
    operative: ['Requests D;'],
    outcome: 'vote-as-whole',
    rule: 'GA rule 129',
  });
});

test('GA rule 89: every operative part rejected means the proposal is rejected as a whole', () => {
  const results = [
    { part: op(0), retained: false },
    { part: op(1), retained: false },
    { part: pp(0), retained: true },
  ];
  const ga = textAfterDivision('general-assembly', text, results);
  assert.equal(ga.outcome, 'rejected-as-whole');
  assert.deepEqual(ga.operative, []);
  assert.equal(textAfterDivision('human-rights-council', text, results).outcome, 'rejected-as-whole');
  // One operative part kept: the rest goes to the vote.
  assert.equal(textAfterDivision('general-assembly', text, [{ part: op(0), retained: false }]).outcome, 'vote-as-whole');
  // Rule 32 has no such clause: the Council votes on what is left.
  assert.equal(textAfterDivision('security-council', text, results).outcome, 'vote-as-whole');
});
