import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/command.js';
import { skipWithoutGaData } from '../ga-data.js';

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t), readStdin: async () => stdin };
  const code = await runCli(argv, io);
  return { code, out, err };
}

const tmp = mkdtempSync(path.join(tmpdir(), 'council-cli-'));

test('bad input: exit 2 and exactly one line on stderr', async () => {
  const bad = path.join(tmp, 'bad.json');
  writeFileSync(bad, '{"quota": 3, "players": [');
  const wrong = path.join(tmp, 'wrong.json');
  writeFileSync(wrong, JSON.stringify({ quota: 3, players: [{ id: 'A', weight: -1 }] }));
  const cases: [string[], RegExp][] = [
    [['forecast', '--date', '2018-13-40', '--requested-by', 'USA'], /not a calendar date/],
    [['forecast', '--date', 'soon', '--requested-by', 'USA'], /YYYY-MM-DD/],
    [['forecast', '--requested-by', 'USA'], /missing --date/],
    [['forecast', '--date', '2018-12-07'], /missing --requested-by/],
    [['forecast', '--date', '2018-12-07', '--requested-by', 'USA,XYZ'], /unknown state code "XYZ"/],
    [['forecast', '--date', '2018-12-07', '--requested-by', 'USA', '--matter', 'big'], /--matter/],
    [['forecast', '--date', '2018-12-07', '--requested-by', 'USA', '--bogus'], /bogus/],
    [['power', '--game', bad], /not valid JSON/],
    [['power', '--game', wrong], /weight/],
    [['power', '--game', path.join(tmp, 'missing.json')], /cannot read .*ENOENT/],
    [['power', '--body', 'senate'], /--body must be one of/],
    [['align', '--from', '20x'], /--from must be a year/],
    [['align', '--pair', 'USA'], /exactly two/],
    [['align', '--from', '2018', '--to', '2014'], /after --to/],
    [['align', '--issue', 'fishing'], /--issue must be one of/],
    [['backtest', '--nope'], /nope/],
    [['backtest', '--body', 'hrc'], /--body must be council or ga/],
    [['forecast', '--body', 'general-assembly', '--date', '2019-12-01'], /missing --resolution-series/],
    [
      ['forecast', '--body', 'general-assembly', '--date', '2019-12-01', '--resolution-series', 'mars'],
      /--resolution-series must be one of/,
    ],
    [['forecast', '--body', 'senate', '--date', '2019-12-01'], /--body must be/],
    [['forecast', '--date', '2018-12-07', '--requested-by', 'USA', '--series', 'mars'], /--series must be one of/],
    [['align', '--ga-data', path.join(tmp, 'no-such-dir'), '--quiet'], /GA data directory not found/],
  ];
  for (const [argv, pattern] of cases) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' ') + ' → ' + r.err);
    assert.equal(r.out, '');
    assert.equal(r.err.trimEnd().split('\n').length, 1, r.err);
    assert.match(r.err, pattern);
  }
});

test('power: the Council indices exactly, the ternary model labelled, a game from stdin', async () => {
  const sc = await run(['power', '--json']);
  assert.equal(sc.code, 0);
  const json = JSON.parse(sc.out);
  assert.equal(json.model, 'binary');
  assert.equal(json.players.find((p: { id: string }) => p.id === 'USA').shapleyShubik.exact, '421/2145');
  assert.equal(json.players.find((p: { id: string }) => p.id === 'elected-1').banzhafNormalized.exact, '21/1270');
  const ternary = await run(['power', '--body', 'sc-abstention', '--json']);
  assert.equal(JSON.parse(ternary.out).model, 'ternary');
  const game = await run(
    ['power', '--game', '-', '--json'],
    JSON.stringify({
      quota: 3,
      players: [
        { id: 'A', weight: 2 },
        { id: 'B', weight: 1 },
        { id: 'C', weight: 1 },
      ],
    }),
  );
  assert.equal(game.code, 0);
  assert.deepEqual(
    JSON.parse(game.out).players.map((p: { shapleyShubik: { exact: string } }) => p.shapleyShubik.exact),
    ['2/3', '1/6', '1/6'],
  );
  const text = await run(['power', '--body', 'sc-1945']);
  assert.match(text.out, /quota 27/);
});

test('forecast --json has the documented shape (real GA data)', { skip: skipWithoutGaData }, async () => {
  const r = await run([
    'forecast',
    '--date',
    '2018-12-07',
    '--requested-by',
    'USA,GBR,FRA',
    '--opposed-by',
    'CHN,RUS',
    '--subject',
    'PRK',
    '--json',
  ]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '', '--json is silent on stderr');
  const f = JSON.parse(r.out);
  assert.equal(f.members.length, 15);
  for (const m of f.members)
    assert.ok(m.code && typeof m.p.yes === 'number' && typeof m.p.no === 'number' && typeof m.p.abstain === 'number');
  assert.ok(f.passProbability >= 0 && f.passProbability <= 1);
  assert.ok(typeof f.expectedYes === 'number' && Array.isArray(f.swing));
  assert.ok(f.members.some((m: { code: string }) => m.code === 'CIV'));
});

test('align writes a readable SVG and reports a pair (real GA data)', { skip: skipWithoutGaData }, async () => {
  const svg = path.join(tmp, 'map.svg');
  const r = await run(['align', '--from', '2014', '--to', '2018', '--issue', 'human-rights', '--pair', 'USA,CHN', '--svg', svg, '--quiet']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /USA–CHN: \d+\.\d% agreement/);
  const text = readFileSync(svg, 'utf8');
  assert.match(text, /<svg[\s\S]*<\/svg>\n$/);
  assert.ok(text.includes('>PRK</text>') && text.includes('>USA</text>'));
  const json = await run(['align', '--from', '2014', '--to', '2014', '--states', 'USA,CHN,RUS,GBR', '--json']);
  assert.deepEqual(
    JSON.parse(json.out).points.map((p: { code: string }) => p.code),
    ['USA', 'CHN', 'RUS', 'GBR'],
  );
});

test('backtest prints the Council table over the sourced votes, with splits, intervals and reliability (real GA data)', {
  skip: skipWithoutGaData,
}, async () => {
  const r = await run(['backtest', '--quiet']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Council procedural votes: \d+ \(\d+ with every ballot, \d+ with the tally only\)/);
  assert.match(r.out, /Settings frozen on \d{4}-\d{2}-\d{2}/);
  for (const id of ['dprk-2014-12-22', 'kerch-2018-11-26', 'plo-1975-12-04']) assert.match(r.out, new RegExp(id));
  for (const label of ['all votes', 'not requested by Western members', 'era 1946–1989'])
    assert.match(r.out, new RegExp(`${label}: \\d+ votes`));
  for (const m of ['all-yes', 'last-ga-vote', 'last-council-vote', 'model-rolling']) assert.match(r.out, new RegExp(`\\n${m} `));
  assert.match(r.out, /Reliability of the model \(pass probability\)/);
  assert.match(r.out, /\[\d\.\d{3}, \d\.\d{3}\]/, 'bootstrap intervals');
});

test('GA forecast on a resolution series: every Member, the exact pass probability, and the data-end notice (real GA data)', {
  skip: skipWithoutGaData,
}, async () => {
  const r = await run([
    'forecast',
    '--body',
    'general-assembly',
    '--resolution-series',
    'dprk-human-rights',
    '--date',
    '2021-12-01',
    '--json',
  ]);
  assert.equal(r.code, 0, r.err);
  const f = JSON.parse(r.out);
  assert.ok(f.states.length >= 190);
  assert.ok(f.passProbability >= 0 && f.passProbability <= 1);
  assert.match(f.note, /data end on 2020/);
  const text = await run(['align', '--from', '2018', '--to', '2022', '--pair', 'USA,CHN', '--quiet']);
  assert.match(text.out, /GA voting data end on 2020-01-14; the requested window runs to 2022/);
});
