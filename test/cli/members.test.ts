import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../src/cli/run.js';
import { capture } from './capture.js';

test('council members --json: the contract shape, permanent first', async () => {
  const io = capture();
  assert.equal(await runCli(['members', '--date', '2017-06-01', '--json'], io), 0);
  assert.equal(io.stderr, '');
  const rows = JSON.parse(io.stdout) as Array<{ code: string; name: string; permanent: boolean; term: [string, string] | null }>;
  assert.equal(rows.length, 15);
  assert.deepEqual(
    rows.slice(0, 5).map((r) => r.code),
    ['CHN', 'FRA', 'RUS', 'GBR', 'USA'],
  );
  const usa = rows.find((r) => r.code === 'USA')!;
  assert.equal(usa.name, 'United States');
  assert.equal(usa.permanent, true);
  assert.equal(usa.term, null);
  const ita = rows.find((r) => r.code === 'ITA')!;
  assert.deepEqual(ita.term, ['2017-01-01', '2017-12-31']);
  const swe = rows.find((r) => r.code === 'SWE')!;
  assert.deepEqual(swe.term, ['2017-01-01', '2018-12-31']);
  assert.ok(rows.every((r) => typeof r.name === 'string' && typeof r.permanent === 'boolean'));
});

test('council members: a readable table with the names of the time', async () => {
  const io = capture();
  assert.equal(await runCli(['members', '--date=1965-06-01'], io), 0);
  assert.match(io.stdout, /11 members/);
  assert.match(io.stdout, /Ivory Coast/);
  assert.match(io.stdout, /Union of Soviet Socialist Republics/);
  assert.match(io.stdout, /one-year term/);
});

test('council members: bad input exits 2 with one line', async () => {
  for (const argv of [
    ['members'],
    ['members', '--date', '1945-10-24'],
    ['members', '--date', '2015-02-30'],
    ['members', '--date', 'soon'],
    ['members', '--date', '2015-01-01', '--verbose'],
    ['members', '2015-01-01'],
  ]) {
    const io = capture();
    assert.equal(await runCli(argv, io), 2, argv.join(' '));
    assert.equal(io.stdout, '');
    assert.equal(io.stderr.trim().split('\n').length, 1, argv.join(' '));
    assert.match(io.stderr, /^council members: /);
  }
});

test('council members --body: the Assembly, the Human Rights Council and a partly known Council', async () => {
  let io = capture();
  assert.equal(await runCli(['members', '--body', 'general-assembly', '--date', '2014-11-18', '--json'], io), 0);
  const ga = JSON.parse(io.stdout) as { members: { code: string }[]; seats: number; complete: boolean };
  assert.equal(ga.members.length, 193);
  assert.equal(ga.complete, true);
  io = capture();
  assert.equal(await runCli(['members', '--body', 'human-rights-council', '--date', '2022-04-07'], io), 0);
  assert.match(io.stdout, /Human Rights Council on 2022-04-07: 46 members/);
  assert.match(io.stdout, /Suspended\n {2}RUS/);
  io = capture();
  assert.equal(await runCli(['members', '--date', '2028-03-01', '--json'], io), 0);
  const sc = JSON.parse(io.stdout) as { members: { code: string }[]; unknownSeats: number };
  assert.equal(sc.members.length, 10);
  assert.equal(sc.unknownSeats, 5);
  io = capture();
  assert.equal(await runCli(['members', '--body', 'senate', '--date', '2014-11-18'], io), 2);
  assert.equal(io.stderr.trim().split('\n').length, 1);
});
