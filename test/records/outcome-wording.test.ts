/**
 * Issue 9: a Main Committee *approves* a draft (a recommendation to the plenary) or rejects it;
 * the plenary, the Council and the Human Rights Council *adopt*. One authority
 * (src/rules/bodies/profile.ts) gives the word to the screens, the record and the exports.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideGaVote } from '../../src/rules/general-assembly/decide-vote.js';
import { decideCaucusMotion, outcomeWord, outcomeWording } from '../../src/rules/index.js';
import { explain } from '../../src/records/explain/index.js';
import { renderSession } from '../../src/records/render.js';
import { exportVotes } from '../../src/records/votes-export.js';
import { findFixture, runFixture } from '../../src/sessions/fixtures/index.js';
import { formatMessage } from '../../web/src/i18n/format.js';
import type { Translate } from '../../web/src/i18n/types.js';
import { outcomeWords, verdictText } from '../../web/src/session/outcome.js';
import { describeEvent } from '../../web/src/session/describe.js';
import { initialState, reduce } from '../../src/sessions/reducer.js';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import zh from '../../web/src/i18n/zh.json' with { type: 'json' };

const translator =
  (catalogue: Record<string, string>, lang = 'en'): Translate =>
  (key, params) =>
    formatMessage(lang, catalogue[key] ?? `!${key}`, params);

test('the rule: a Main Committee approves or rejects; the plenary, the Council and the HRC adopt', () => {
  assert.equal(outcomeWording('ga-main-committee'), 'approve');
  assert.equal(outcomeWording('ga-third-committee'), 'approve');
  for (const body of ['general-assembly', 'security-council', 'human-rights-council', undefined, 'nonsense'])
    assert.equal(outcomeWording(body), 'adopt', String(body));
  assert.equal(outcomeWord('ga-main-committee', 'adopted'), 'approved');
  assert.equal(outcomeWord('ga-main-committee', 'not-adopted'), 'rejected');
  assert.equal(outcomeWord('general-assembly', 'adopted'), 'adopted');
  assert.equal(outcomeWord('security-council', 'not-adopted'), 'not-adopted');
});

test('the screens: "Approved 111-19-55" in the Third Committee, "Adopted 116-20-53" in the plenary, in every catalogue', () => {
  const committee = decideGaVote({
    body: 'ga-main-committee',
    majority: 'simple',
    membership: 193,
    tally: { yes: 111, no: 19, abstain: 55 },
  });
  const plenary = decideGaVote({ body: 'general-assembly', majority: 'simple', membership: 193, tally: { yes: 116, no: 20, abstain: 53 } });
  const amendment = decideGaVote({
    body: 'ga-main-committee',
    majority: 'simple',
    membership: 193,
    tally: { yes: 40, no: 77, abstain: 50 },
  });
  assert.ok(committee.ok && plenary.ok && amendment.ok);
  const t = translator(en);
  const none = () => '';
  const simple = { majority: 'simple' as const };
  assert.equal(outcomeWords(committee.value, 'procedural', t, none, simple, 'ga-main-committee').headline, 'Approved 111-19-55');
  assert.equal(outcomeWords(amendment.value, 'procedural', t, none, simple, 'ga-main-committee').headline, 'Rejected 40-77-50');
  assert.equal(outcomeWords(plenary.value, 'procedural', t, none, simple, 'general-assembly').headline, 'Adopted 116-20-53');
  // Without the assembly hint (the phone's ballot panel), the body still decides the word.
  assert.equal(outcomeWords(committee.value, 'procedural', t, none, undefined, 'ga-third-committee').headline, 'Approved 111-19-55');
  assert.equal(verdictText(committee.value, translator(fr, 'fr'), 'ga-main-committee'), 'Approuvé 111-19-55');
  assert.match(verdictText(committee.value, translator(zh, 'zh'), 'ga-main-committee'), /^核准/);
});

test('the record, the event log and the exports of the 2014 Third Committee say approved and rejected', async () => {
  const run = runFixture(findFixture('ga-2014-11-18-third-committee-dprk')!);
  assert.ok(run.ok, run.ok ? '' : run.error.message);
  const { events } = run.value;
  const exported = exportVotes(events)!;
  assert.deepEqual(
    exported.votes.map((v) => [v.outcome, v.outcomeWord]),
    [
      ['not-adopted', 'rejected'],
      ['adopted', 'approved'],
    ],
  );
  const json = JSON.parse(String(await renderSession(events, 'json')));
  assert.deepEqual(
    json.votes.map((v: { outcomeWord: string }) => v.outcomeWord),
    ['rejected', 'approved'],
  );
  const record = String(await renderSession(events, 'md', 'en'));
  assert.match(record, /A\/C\.3\/69\/L\.28\/Rev\.1 was approved/);
  assert.doesNotMatch(record, /has been adopted/);
  // The console's event log (web): the verdict and the draft's status in the committee's words.
  const t = translator(en);
  let before = initialState;
  const lines: string[] = [];
  const words = {
    t,
    stateName: (code: string, name?: string) => name ?? code,
    states: (codes: string[]) => codes.join(', '),
    list: (x: string[]) => x.join(', '),
  };
  for (const e of events) {
    lines.push(describeEvent(e, before, words as never));
    before = reduce(before, e);
  }
  const log = lines.join('\n');
  assert.match(log, /Approved 111-19-55/);
  assert.match(log, /Rejected 40-77-50/);
  assert.match(log, /approved \(recommended to the plenary\)/);
  assert.doesNotMatch(log, /Adopted/);
});

test('a Model UN caucus motion reads as a majority of the members present, not a Council threshold', () => {
  const d = decideCaucusMotion({ ballots: { AAA: 'yes', BBB: 'yes', CCC: 'no' } });
  const words = outcomeWords(d, 'procedural', translator(en), () => '', undefined, 'security-council');
  assert.equal(words.headline, 'Adopted 2-1-0');
  assert.equal(words.reason, 'a simple majority of the members present (Model UN practice): 2 votes in favour, 2 needed');
  // The console's explanation (src/records/explain), in any language: the practice's majority, never Art. 27(2).
  const sentence = explain({ decision: d, matter: 'procedural', body: 'security-council' }, 'en').sentence;
  assert.match(sentence, /^Adopted: 2 votes in favour, 1 against and no abstentions\. A caucus motion needs a simple majority/);
  assert.doesNotMatch(sentence, /Art\. 27/);
  assert.match(explain({ decision: d, body: 'security-council' }, 'fr').sentence, /majorité simple des membres présents/);
});
