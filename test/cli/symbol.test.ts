import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/command.js';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readStdin: async () => '',
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe('council symbol', () => {
  it('--json gives the parsed symbol', async () => {
    const r = await run(['symbol', 'A/C.3/69/L.28/Rev.1', '--json']);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out);
    assert.equal(j.committee, 3);
    assert.equal(j.session, 69);
    assert.equal(j.draft, 28);
    assert.equal(j.distribution, 'limited');
    assert.equal(j.original, 'A/C.3/69/L.28/Rev.1');
  });

  it('readable form; the words of an unquoted symbol are joined', async () => {
    const r = await run(['symbol', 'S/PV.7353', '(Resumption', '1)']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^S\/PV\.7353 \(Resumption 1\)\n/);
    assert.match(r.out, /meeting\s+7353/);
    assert.match(r.out, /resumption\s+1/);
  });

  it('a joint GA-SC symbol', async () => {
    const r = await run(['symbol', '--json', 'A/69/623\u2013S/2014/872']);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out);
    assert.equal(j.ga.session, 69);
    assert.equal(j.sc.number, 872);
  });

  it('a malformed symbol exits 2 with one line', async () => {
    for (const bad of [['S//1'], [], ['--bogus', 'S/1']]) {
      const r = await run(['symbol', ...bad]);
      assert.equal(r.code, 2, bad.join(' '));
      assert.equal(r.out, '');
      assert.equal(r.err.trim().split('\n').length, 1);
    }
  });

  it('names the other symbols of the same text (T53)', async () => {
    const r = await run(['symbol', 'S/2014/276', '--json']);
    const j = JSON.parse(r.out);
    assert.deepEqual(j.alsoIssuedAs, ['A/HRC/25/63']);
    assert.match(j.text.source, /S\/PV\.7353/);
    const plain = await run(['symbol', 'A/HRC/25/63']);
    assert.match(plain.out, /also\s+S\/2014\/276/);
  });
});
