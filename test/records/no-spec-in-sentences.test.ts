/**
 * Internal spec identifiers ("spec R21", "(R18)", "spec Q4", "T4 [V …]") never reach a sentence a
 * reader sees: not in `council decide` (any language, English included), the tour, replays,
 * records and exports, nor in the explanation of any sourced vote in the data. They appear only
 * behind details (`--details`, the details toggle), where a test checks they still are.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCaptured as run } from '../cli/capture.js';
import { compositionOn, councilVotes, gaDprkVotes, hrcDprkVotes, proceduralVotes } from '../../src/data/index.js';
import { decideGeneralAssembly, decideHrcVote, decideSecurityCouncil } from '../../src/rules/index.js';
import type { Decision } from '../../src/rules/types.js';
import { explain, explainTrace, LANGUAGES } from '../../src/records/explain/index.js';
import { fixtures } from '../../src/sessions/fixtures/index.js';
import { DECIDE_VOTES as VOTES } from './decide-votes.js';

/** What a spec identifier looks like in running text. */
const LEAK = /\bspec\b|\bspéc\b|\b[RQT]\d+\b/u;

describe('council decide: the sentence has no spec identifiers, in any language', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every kind of outcome, without and with --details`, async () => {
      for (const [kind, input] of Object.entries(VOTES)) {
        const argv = lang === 'en' ? ['decide', '-'] : ['decide', '--lang', lang, '-'];
        const plain = await run(argv, input);
        assert.equal(plain.code, 0, `${kind}: ${plain.err}`);
        assert.doesNotMatch(plain.out, LEAK, `${lang} ${kind}: ${plain.out}`);
        // The details still carry the spec's identifiers: hidden, not lost.
        const detailed = await run([...argv.slice(0, -1), '--details', '-'], input);
        assert.match(detailed.out, /\bR\d+\b/u, `${lang} ${kind}: ${detailed.out}`);
        assert.ok(detailed.out.startsWith(plain.out.trimEnd()), `${lang} ${kind}: --details only adds lines`);
      }
    });
  }

  it('English goes through the catalogue like the others: the sentence is not the engine text', async () => {
    const r = await run(['decide', '-'], VOTES.veto!);
    assert.match(r.out, /^Not adopted: 14 votes in favour, 1 against and no abstentions\. Substantive matter:/u);
    const json = JSON.parse((await run(['decide', '--json', '-'], VOTES.veto!)).out) as Decision;
    assert.notEqual(r.out.trimEnd(), json.explanation);
  });
});

describe('the tour, replays and records have no spec identifiers in their sentences', () => {
  it('council tour, and the rules and cross-references under --details only', async () => {
    const plain = await run(['tour']);
    assert.equal(plain.code, 0, plain.err);
    assert.doesNotMatch(plain.out, LEAK, plain.out.match(new RegExp(`.{0,60}${LEAK.source}.{0,20}`, 'u'))?.[0]);
    const detailed = await run(['tour', '--details']);
    assert.match(detailed.out, /spec T1 \[V\]/u);
    assert.match(detailed.out, /Charter Art\. 27\(2\) \(R20\): 11 affirmative votes cast, 9 needed: met\./u);
  });

  for (const fixture of fixtures) {
    it(`${fixture.id}: replay, and the record (md, html) in six languages`, async () => {
      const replay = await run(['replay', fixture.id]);
      assert.equal(replay.code, 0, replay.err);
      assert.doesNotMatch(replay.out, LEAK, `replay: ${replay.out.match(new RegExp(`.{0,60}${LEAK.source}.{0,20}`, 'u'))?.[0]}`);
      for (const lang of LANGUAGES) {
        for (const format of ['md', 'html']) {
          const r = await run(['export', fixture.id, '--format', format, '--lang', lang]);
          assert.equal(r.code, 0, r.err);
          const text = format === 'html' ? r.out.replace(/<style[\s\S]*?<\/style>/gu, '').replace(/<[^>]+>/gu, ' ') : r.out;
          assert.doesNotMatch(text, LEAK, `${lang} ${format}: ${text.match(new RegExp(`.{0,60}${LEAK.source}.{0,20}`, 'u'))?.[0]}`);
        }
      }
    });
  }
});

describe('the explanation of every sourced vote in the data, in six languages', () => {
  const decisions: { id: string; decision: Decision; body?: string; majority?: 'simple' | 'two-thirds' }[] = [];
  for (const v of [...councilVotes, ...proceduralVotes]) {
    if (!('ballots' in v) || !v.ballots || Object.keys(v.ballots).length === 0) continue;
    const composition = compositionOn(v.date);
    if (!composition.ok) continue;
    const d = decideSecurityCouncil(
      { composition: composition.value, matter: 'procedural', ballots: v.ballots },
      { obligatoryAbstentionMode: 'record-only' },
    );
    if (d.ok) decisions.push({ id: v.id, decision: d.value });
  }
  for (const v of gaDprkVotes) {
    const body = v.body === 'plenary' ? 'general-assembly' : 'ga-main-committee';
    const d = decideGeneralAssembly({ body, majority: 'simple', ...(v.ballots ? { ballots: v.ballots } : { tally: v.published }) });
    if (d.ok) decisions.push({ id: v.id, decision: d.value, body, majority: 'simple' });
  }
  for (const v of hrcDprkVotes) {
    const d = decideHrcVote({ ballots: v.ballots });
    if (d.ok) decisions.push({ id: v.id, decision: d.value, body: 'human-rights-council' });
  }

  it('finds the data: the DPRK agenda votes, the procedural votes with ballots, the GA and HRC votes', () => {
    assert.ok(decisions.length >= 15, `${decisions.length} decisions`);
    assert.ok(decisions.some((d) => d.id.startsWith('dprk-')));
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: each sentence and each step of its trace`, () => {
      for (const { id, decision, body, majority } of decisions) {
        const { sentence } = explain({ decision, ...(body ? { body } : {}), ...(majority ? { majority } : {}) }, lang);
        assert.doesNotMatch(sentence, LEAK, `${id}: ${sentence}`);
        for (const step of explainTrace(decision.trace, lang)) {
          assert.doesNotMatch(step.text, LEAK, `${id}: ${step.text}`);
          assert.equal(step.lang, lang, `${id}: every step has a code, so none falls back to English`);
        }
      }
    });
  }
});

describe('sources and rules as readers see them', () => {
  it('publicSource keeps the outside sources and drops the spec cross-references', async () => {
    const { publicSource } = await import('../../src/records/public-source.js');
    assert.equal(publicSource('spec T1 [V]; Reuters 22 Dec 2014'), 'Reuters 22 Dec 2014');
    assert.equal(publicSource('spec R43 [V]: S&D online ch. 2 s. 11f; Reuters, Apr 2023'), 'S&D online ch. 2 s. 11f; Reuters, Apr 2023');
    assert.equal(publicSource('spec R58, T45 [V for tallies; K for the amendment symbol A/C.3/69/L.63]').includes('spec'), false);
    assert.equal(publicSource('Rule 32; spec R30'), 'Rule 32');
    assert.equal(publicSource('spec T4'), '');
    assert.equal(publicSource('The record symbol is not confirmed (spec Q8).'), 'The record symbol is not confirmed.');
  });

  it('a refusal from `council meeting do` names the rule without the spec identifier', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'council-i18n-'));
    try {
      const db = `sqlite:${join(dir, 'm.sqlite')}`;
      assert.equal((await run(['meeting', 'new', '--date', '2015-12-10', '--item', 'Test', '--id', 'm1', '--database', db])).code, 0);
      // The Council calls no roll: refused with 'spec R13: the Council has no quorum rule …' as its rule.
      const refused = await run(['meeting', 'do', 'm1', '{"type":"call-roll","rollId":"r1"}', '--database', db]);
      assert.equal(refused.code, 2);
      assert.match(refused.err, /not-in-this-body/u);
      assert.match(refused.err, /the Council has no quorum rule/u);
      assert.doesNotMatch(refused.err, LEAK);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
