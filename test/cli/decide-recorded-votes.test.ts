/**
 * Fidelity: every procedural vote the data layer records with full ballots, fed through
 * `council decide` with that day's real membership, must come out as the Council recorded it,
 * with the published tally.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/command.js';
import { councilVotes } from '../../src/data/index.js';

async function decide(input: unknown) {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readStdin: async () => JSON.stringify(input),
  };
  const code = await runCli(['decide', '--json'], io);
  return { code, out, err };
}

const voted = councilVotes.filter((v) => Object.keys(v.ballots).length > 0 && (v.outcome === 'adopted' || v.outcome === 'not-adopted'));

describe('council decide reproduces recorded procedural votes', () => {
  it('there are recorded votes to check', () => {
    assert.ok(voted.length >= 4, `only ${voted.length} recorded votes with ballots`);
  });
  for (const v of voted) {
    it(`${v.id} (${v.meeting ?? 'no record'}): ${v.outcome}`, async () => {
      const r = await decide({ body: 'security-council', date: v.date, matter: 'procedural', votes: v.ballots });
      assert.equal(r.code, 0, r.err);
      const j = JSON.parse(r.out);
      assert.equal(j.outcome, v.outcome);
      assert.deepEqual([j.tally.yes, j.tally.no, j.tally.abstain], [v.published!.yes, v.published!.no, v.published!.abstain]);
      assert.deepEqual(j.vetoedBy, []);
    });
  }
});
