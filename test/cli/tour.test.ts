import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTour } from '../../src/records/tour.js';
import { councilVotes } from '../../src/data/index.js';
import { runCli } from '../../src/cli/run.js';
import { capture } from './capture.js';

test('the tour decides every DPRK agenda vote as the Council did, each with a P5 "no" that is not a veto', () => {
  const steps = buildTour();
  const voted = steps.filter((s) => s.decision);
  assert.ok(voted.length >= 5, 'the 2014-2017 and 2024 votes are in the tour');
  for (const step of voted) {
    const record = councilVotes.find((v) => v.id === step.id)!;
    assert.equal(step.decision!.outcome, 'adopted', step.id);
    assert.equal(step.decision!.tally.yes, record.published!.yes, step.id);
    assert.equal(step.decision!.tally.no, record.published!.no, step.id);
    assert.equal(step.decision!.tally.abstain, record.published!.abstain, step.id);
    assert.deepEqual(step.decision!.vetoedBy, [], `${step.id}: procedural, no veto`);
    assert.match(step.ifNonProcedural!, /vetoed by China and the Russian Federation/, step.id);
  }
});

test('the 2018 step shows the whip count short of nine, and the 2023 Arria meeting is not webcast', () => {
  const steps = buildTour();
  const withdrawn = steps.find((s) => s.id === 'dprk-2018-12-withdrawn')!;
  assert.match(withdrawn.story, /8 supporters against the 9 affirmative votes/);
  const arria = steps.find((s) => s.id.includes('arria'))!;
  assert.match(arria.story, /Not webcast: China objected/);
});

test('council tour --json prints only JSON; a bad option exits 2 with one line', async () => {
  const io = capture();
  assert.equal(await runCli(['tour', '--json'], io), 0);
  assert.ok(Array.isArray(JSON.parse(io.stdout)));
  const bad = capture();
  assert.equal(await runCli(['tour', '--nope'], bad), 2);
  assert.equal(bad.stderr.trim().split('\n').length, 1);
});
