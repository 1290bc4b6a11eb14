import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decide, members, parseSymbol, power, president } from '../../src/index.js';
import { runCli } from '../../src/cli/run.js';
import { capture } from '../cli/capture.js';

/** What `council ARGS --json` prints, parsed. */
async function cliJson(args: string[], stdin = ''): Promise<unknown> {
  const io = capture(stdin);
  assert.equal(await runCli(args, io), 0, io.stderr);
  return JSON.parse(io.stdout);
}

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
  return r.value;
};

test('members(date) is the array `council members --json` prints', async () => {
  const value = unwrap(members('2017-12-11'));
  assert.equal(value.length, 15);
  assert.deepEqual(value, await cliJson(['members', '--date', '2017-12-11', '--json']));
  assert.deepEqual(unwrap(members('1950-06-27')), await cliJson(['members', '--date', '1950-06-27', '--json']));
});

test('president(month) is the object `council president --json` prints', async () => {
  const value = unwrap(president('2018-12'));
  assert.equal(value.code, 'CIV');
  assert.deepEqual(value, await cliJson(['president', '--month', '2018-12', '--json']));
});

test('decide(input) answers as `council decide --json`, for the Council and the GA', async () => {
  const sc = {
    body: 'security-council',
    date: '2017-12-11',
    matter: 'non-procedural',
    votes: { USA: 'yes', CHN: 'no', FRA: 'yes', GBR: 'yes', RUS: 'yes', BOL: 'yes', EGY: 'yes', ETH: 'yes', ITA: 'yes', JPN: 'yes' },
  } as const;
  const scValue = unwrap(decide(sc));
  assert.equal(scValue.reason, 'veto');
  assert.deepEqual(scValue.vetoedBy, ['CHN']);
  assert.deepEqual(scValue, await cliJson(['decide', '--json'], JSON.stringify(sc)));

  const ga = { body: 'ga-main-committee', majority: 'simple', tally: { yes: 93, no: 24, abstain: 58 } } as const;
  const gaValue = unwrap(decide(ga));
  assert.equal(gaValue.recommendation, 'approved');
  assert.deepEqual(gaValue, await cliJson(['decide', '--json'], JSON.stringify(ga)));
});

test('decide refuses bad input with a typed error, never a throw', () => {
  const cases: [unknown, string, RegExp][] = [
    [null, 'invalid-input', /one JSON object/],
    [{}, 'invalid-input', /missing field "body"/],
    [{ body: 'security-council', date: '2017-12-11', matter: 'procedural', votes: { XYZ: 'yes' } }, 'unknown-state', /XYZ/],
    [{ body: 'security-council', date: '2017-12-11', matter: 'procedural', votes: {}, extra: 1 }, 'invalid-input', /unknown field "extra"/],
    [{ body: 'general-assembly', majority: 'simple' }, 'invalid-input', /either "votes" or "tally"/],
  ];
  for (const [input, code, message] of cases) {
    const r = decide(input);
    assert.ok(!r.ok, JSON.stringify(input));
    assert.equal(r.error.code, code, JSON.stringify(input));
    assert.match(r.error.message, message);
  }
  const early = decide({ body: 'security-council', date: '1900-01-01', matter: 'procedural', votes: {} });
  assert.ok(!early.ok && early.error.code === 'BEFORE_FIRST_MEETING');
});

test('parseSymbol(text) is the parse `council symbol --json` prints for a symbol in one series', async () => {
  const value = unwrap(parseSymbol('A/C.3/69/L.28/Rev.1'));
  assert.equal(value.organ, 'A');
  assert.equal(value.committee, 3);
  assert.deepEqual(value, await cliJson(['symbol', 'A/C.3/69/L.28/Rev.1', '--json']));
  assert.equal(parseSymbol('').ok, false);
});

test('power(game) is `council power --json` for a body, the ternary model and a weighted game', async () => {
  assert.deepEqual(unwrap(power('sc')), await cliJson(['power', '--json']));
  const ternary = unwrap(power('sc-abstention'));
  assert.equal(ternary.model, 'ternary');
  assert.deepEqual(ternary, await cliJson(['power', '--body', 'sc-abstention', '--json']));
  const game = {
    quota: 3,
    players: [
      { id: 'A', weight: 2 },
      { id: 'B', weight: 1 },
      { id: 'C', weight: 1 },
    ],
  };
  const weighted = unwrap(power(game));
  assert.equal(weighted.model, 'binary');
  assert.deepEqual(weighted, await cliJson(['power', '--game', '-', '--json'], JSON.stringify(game)));
  assert.equal(weighted.model === 'binary' && weighted.players[0]!.shapleyShubik.exact, '2/3');
  const bad = power({ quota: 9, players: [{ id: 'A', weight: 1 }] });
  assert.ok(!bad.ok && bad.error.code === 'invalid-game');
  const unknown = power('security-council');
  assert.ok(!unknown.ok && unknown.error.code === 'unknown-body');
});
