import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { findDuplicateKey } from '../../src/cli/commands/decide.js';
import type { CliIO } from '../../src/cli/command.js';
import { BALLOTS_2017_12_11 } from '../dprk-2017-ballots.js';

async function run(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readStdin: async () => stdin,
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

/** One line, no stack trace. */
function assertOneLine(err: string) {
  assert.equal(err.trim().split('\n').length, 1, `stderr: ${err}`);
  assert.doesNotMatch(err, /\n\s+at /);
}

const DPRK_2017 = {
  body: 'security-council',
  date: '2017-12-11',
  matter: 'procedural',
  votes: BALLOTS_2017_12_11,
};

describe('council decide: General Assembly', () => {
  it('--json on a tally from stdin (ES-11/3, two-thirds)', async () => {
    const r = await run(
      ['decide', '--json'],
      JSON.stringify({ body: 'general-assembly', majority: 'two-thirds', tally: { yes: 93, no: 24, abstain: 58 } }),
    );
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.outcome, 'adopted');
    assert.equal(j.reason, 'threshold-met');
    assert.equal(j.required, 78);
    assert.deepEqual(j.tally, { yes: 93, no: 24, abstain: 58, nonParticipation: 0, absent: 0 });
    assert.deepEqual(j.vetoedBy, []);
    assert.equal(j.rules[0], 'Charter Art. 18(2)');
    assert.equal(r.err, '');
  });

  it('reads a file and prints the readable form', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'council-decide-'));
    const file = join(dir, 'vote.json');
    writeFileSync(file, JSON.stringify({ body: 'ga-main-committee', majority: 'simple', tally: { yes: 111, no: 19, abstain: 55 } }));
    const r = await run(['decide', file]);
    assert.equal(r.code, 0, r.err);
    // The sentence from the English catalogue; the rules (and spec identifiers) only with --details.
    assert.match(r.out, /^Approved \(a recommendation to the plenary\): 111 votes in favour, 19 against and 55 abstentions\./);
    assert.doesNotMatch(r.out, /\bspec\b|\bR55\b|Rules:/);
    const detailed = await run(['decide', '--details', file]);
    assert.match(detailed.out, /\nDetails — rules applied: GA rules of procedure, rule 125 · spec R55\n/);
    assert.match(
      detailed.out,
      /\n {2}1\. GA rules of procedure, rule 126 \(R52\): Present and voting = yes \+ no = 130; 55 abstentions are not counted\./,
    );
  });

  it('a tie is rejected', async () => {
    const r = await run(
      ['decide', '--json', '-'],
      JSON.stringify({ body: 'general-assembly', majority: 'simple', tally: { yes: 60, no: 60, abstain: 50 } }),
    );
    assert.equal(JSON.parse(r.out).reason, 'tie');
  });

  const bad: [string, string, RegExp][] = [
    ['malformed JSON', '{"body":', /not valid JSON/],
    ['missing body', '{}', /missing field "body"/],
    ['unknown body', '{"body":"ecosoc"}', /is not security-council/],
    [
      'both votes and tally',
      JSON.stringify({ body: 'general-assembly', majority: 'simple', tally: { yes: 1, no: 0, abstain: 0 }, votes: { USA: 'yes' } }),
      /either "votes" or "tally"/,
    ],
    [
      'negative count',
      JSON.stringify({ body: 'general-assembly', majority: 'simple', tally: { yes: -1, no: 0, abstain: 0 } }),
      /tally\.yes/,
    ],
    ['missing majority', JSON.stringify({ body: 'general-assembly', tally: { yes: 1, no: 0, abstain: 0 } }), /majority/],
    ['an array', '[]', /one JSON object/],
  ];
  for (const [label, input, message] of bad) {
    it(`bad input (${label}) exits 2 with one line`, async () => {
      const r = await run(['decide', '--json'], input);
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assertOneLine(r.err);
      assert.match(r.err, message);
    });
  }

  it('an unreadable file exits 2', async () => {
    const r = await run(['decide', '/nonexistent/vote.json']);
    assert.equal(r.code, 2);
    assertOneLine(r.err);
  });
});

describe('council decide: Security Council (real membership data)', () => {
  it('11 Dec 2017 DPRK agenda vote, --json', async () => {
    const r = await run(['decide', '--json'], JSON.stringify(DPRK_2017));
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.outcome, 'adopted');
    assert.equal(j.required, 9);
    assert.deepEqual(j.tally, { yes: 10, no: 3, abstain: 2, nonParticipation: 0, absent: 0 });
    assert.deepEqual(j.rules.slice(0, 2), ['Charter Art. 27(2)', 'spec R20']);
    assert.match(j.explanation, /China and the Russian Federation are not vetoes/);
  });

  it('a veto names the vetoing member', async () => {
    const votes = Object.fromEntries(Object.keys(DPRK_2017.votes).map((c) => [c, c === 'USA' ? 'no' : 'yes']));
    const r = await run(['decide', '--json'], JSON.stringify({ ...DPRK_2017, matter: 'non-procedural', votes }));
    const j = JSON.parse(r.out);
    assert.equal(j.reason, 'veto');
    assert.deepEqual(j.vetoedBy, ['USA']);
    assert.match(j.explanation, /the United States.*, a permanent member, voted against/);
  });

  const bad: [string, object, RegExp][] = [
    ['unknown code', { ...DPRK_2017, votes: { XYZ: 'yes' } }, /unknown state code "XYZ"/],
    ['non-member voting', { ...DPRK_2017, votes: { DEU: 'yes' } }, /DEU does not sit on the Council/],
    ['bad vote value', { ...DPRK_2017, votes: { USA: 'maybe' } }, /"maybe" is not a vote/],
    ['date before 1946', { ...DPRK_2017, date: '1945-10-24', votes: {} }, /1946/],
    ['missing matter', { body: 'security-council', date: '2017-12-11', votes: {} }, /matter/],
    ['malformed date', { ...DPRK_2017, date: '11/12/2017' }, /YYYY-MM-DD/],
  ];
  for (const [label, input, message] of bad) {
    it(`bad input (${label}) exits 2 with one line`, async () => {
      const r = await run(['decide', '--json'], JSON.stringify(input));
      assert.equal(r.code, 2, r.out);
      assertOneLine(r.err);
      assert.match(r.err, message);
    });
  }
});

describe('duplicate keys (two ballots from one member)', () => {
  it('are found with their path, escapes and nesting handled', () => {
    assert.equal(findDuplicateKey('{"votes":{"USA":"yes","CHN":"no","USA":"no"}}'), 'votes.USA');
    assert.equal(findDuplicateKey('{"a":{"x":1},"b":{"x":2},"c":[{"k":1},{"k":2}]}'), undefined);
    assert.equal(findDuplicateKey('{"a\\"":1,"b":"x:y","a\\"":2}'), 'a"');
    assert.equal(findDuplicateKey('{"dispute":{"parties":["GBR"]},"dispute":{}}'), 'dispute');
  });

  it('exit 2 with one line', async () => {
    const r = await run(
      ['decide', '--json'],
      '{"body":"security-council","date":"2017-12-11","matter":"procedural","votes":{"USA":"yes","USA":"no"}}',
    );
    assert.equal(r.code, 2);
    assertOneLine(r.err);
    assert.match(r.err, /"votes\.USA" is given twice/);
  });

  it('never reports a duplicate in JSON.stringify output (which cannot have one)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        assert.equal(findDuplicateKey(JSON.stringify(v)), undefined);
        assert.equal(findDuplicateKey(JSON.stringify(v, null, 2)), undefined);
      }),
      { numRuns: 1000 },
    );
  });
});
