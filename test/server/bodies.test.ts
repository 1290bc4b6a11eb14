/**
 * Every body live (issue 9): sessions of the Assembly, a Main Committee, the Human Rights Council
 * and the Council of 2027 created from the data for their date, custom rosters and observers, the
 * roll call and the quorum, and each body's refusals with the rule that makes them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandId, createSession, joinAll, startTestServer, type Created, type TestServer } from './helpers.js';

interface Created9 extends Created {
  body?: string;
  unknownSeats?: number;
  notes?: string[];
  observers?: { code: string; joinCode: string }[];
}

async function send(server: TestServer, created: Created, token: string, command: object) {
  return server.call('POST', `/api/sessions/${created.sessionId}/commands`, { token, body: { id: commandId(), ...command } });
}

async function ok(server: TestServer, created: Created, token: string, command: object) {
  const r = await send(server, created, token, command);
  assert.equal(r.statusCode, 200, `${JSON.stringify(command)} -> ${r.body}`);
  return r.json() as { version: number; events: { type: string; data: Record<string, unknown> }[] };
}

async function state(server: TestServer, created: Created) {
  const r = await server.call('GET', `/api/sessions/${created.sessionId}`);
  return (
    r.json() as {
      state: {
        votes: { decision: { outcome: string; required: number; rules: string[]; explanation: string } }[];
        session: Record<string, unknown>;
      };
    }
  ).state;
}

test('POST /api/sessions: one delegation per member for each body on a date in its data', async () => {
  const server = await startTestServer();
  try {
    const ga = (await createSession(server, { body: 'general-assembly', date: '2014-12-18', title: 'Plenary' })) as Created9;
    assert.equal(ga.delegations.length, 193);
    assert.equal(ga.body, 'general-assembly');
    const c3 = (await createSession(server, {
      body: 'ga-main-committee',
      committee: 3,
      date: '2014-11-18',
      title: 'Third Committee',
    })) as Created9;
    assert.equal(c3.delegations.length, 193);
    const hrc = (await createSession(server, { body: 'human-rights-council', date: '2024-03-01', title: 'HRC 55' })) as Created9;
    assert.equal(hrc.delegations.length, 47);
    const sc = (await createSession(server, { date: '2027-01-15', title: 'The Council of 2027' })) as Created9;
    assert.deepEqual(sc.delegations.map((d) => d.code).sort(), [
      'AUT',
      'BHR',
      'CHN',
      'COD',
      'COL',
      'FRA',
      'GBR',
      'KGZ',
      'LBR',
      'LVA',
      'PRT',
      'RUS',
      'TTO',
      'USA',
      'ZWE',
    ]);
    const scState = await state(server, sc);
    assert.equal(scState.session.president, 'PRT', 'January 2027 by Rule 18');
    const noCommittee = await server.call('POST', '/api/sessions', { body: { body: 'ga-main-committee', date: '2014-11-18', title: 'x' } });
    assert.equal(noCommittee.statusCode, 422);
    assert.equal(noCommittee.json().error.rule, 'GA rule 98');
  } finally {
    await server.close();
  }
});

test('A partly known date: the known members sit and the unknown seats are said, never a bare refusal', async () => {
  const server = await startTestServer();
  try {
    const sc = (await createSession(server, { date: '2028-03-01', title: 'The Council of 2028' })) as Created9;
    assert.equal(sc.delegations.length, 10);
    assert.equal(sc.unknownSeats, 5);
    assert.match(sc.notes!.join(' '), /5 of the 15 seats are unknown/);
    const roster = await server.call('GET', '/api/roster?body=human-rights-council&date=2027-06-01');
    assert.equal(roster.statusCode, 200);
    const r = roster.json() as { members: unknown[]; unknownSeats: number; observers: { code: string }[] };
    assert.equal(r.members.length, 32);
    assert.equal(r.unknownSeats, 15);
    assert.deepEqual(r.observers.map((o) => o.code).sort(), ['PSE', 'VAT']);
  } finally {
    await server.close();
  }
});

test('A custom 20-state roster with observers; an observer speaks but is refused a ballot with the rule', async () => {
  const server = await startTestServer();
  try {
    const members = [
      'ARG',
      'AUS',
      'BRA',
      'CAN',
      'CHN',
      'DEU',
      'EGY',
      'FRA',
      'GBR',
      'IDN',
      'IND',
      'ITA',
      'JPN',
      'KOR',
      'MEX',
      'NGA',
      'RUS',
      'SAU',
      'TUR',
      'ZAF',
    ];
    const created = (await createSession(server, {
      body: 'general-assembly',
      date: '2025-05-01',
      title: 'Model UN: GA First',
      members,
      observers: ['VAT', 'PSE'],
      president: 'MEX',
    })) as Created9;
    assert.equal(created.delegations.length, 20);
    assert.deepEqual(created.observers!.map((o) => o.code).sort(), ['PSE', 'VAT']);
    const tokens = await joinAll(server, created);
    const observerTokens = new Map<string, string>();
    for (const o of created.observers!) {
      const j = await server.call('POST', '/api/join', { body: { joinCode: o.joinCode } });
      assert.equal(j.statusCode, 200);
      observerTokens.set(o.code, j.json().token as string);
    }
    const chair = created.chair.token;
    await ok(server, created, chair, { type: 'open-meeting' });
    await ok(server, created, observerTokens.get('VAT')!, { type: 'request-floor' });
    await ok(server, created, chair, {
      type: 'open-vote',
      voteId: 'v1',
      question: 'Draft A/MUN/L.1',
      subject: { kind: 'other' },
      majority: 'simple',
    });
    const refused = await send(server, created, observerTokens.get('PSE')!, { type: 'cast-ballot', ballot: 'yes' });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'observer-no-vote');
    assert.match(refused.json().error.rule, /GA res 67\/19/);
    await ok(server, created, tokens.get('MEX')!, { type: 'cast-ballot', ballot: 'yes' });
  } finally {
    await server.close();
  }
});

/** A GA plenary of 193 with `yes` in favour, `no` against and the rest abstaining, on an important question. */
async function twoThirds(server: TestServer, yes: number, no: number): Promise<{ outcome: string; required: number; rules: string[] }> {
  const created = await createSession(server, { body: 'general-assembly', date: '2014-12-18', title: 'Important question' });
  const tokens = await joinAll(server, created);
  const chair = created.chair.token;
  await ok(server, created, chair, { type: 'open-meeting' });
  await ok(server, created, chair, {
    type: 'open-vote',
    voteId: 'iq',
    question: 'An important question (Art. 18(2))',
    subject: { kind: 'other' },
    majority: 'two-thirds',
  });
  const codes = created.delegations.map((d) => d.code);
  let i = 0;
  for (const code of codes) {
    const ballot = i < yes ? 'yes' : i < yes + no ? 'no' : i < yes + no + 40 ? 'abstain' : null;
    i++;
    if (ballot) await ok(server, created, tokens.get(code)!, { type: 'cast-ballot', ballot });
  }
  await ok(server, created, chair, { type: 'close-vote' });
  return (await state(server, created)).votes[0]!.decision;
}

test('The two-thirds boundary live: 93-46 adopted, 93-47 not (Charter Art. 18(2), GA rules 83, 86)', async () => {
  const server = await startTestServer();
  try {
    const adopted = await twoThirds(server, 93, 46);
    assert.equal(adopted.outcome, 'adopted');
    assert.equal(adopted.required, 93);
    assert.ok(adopted.rules.includes('GA rule 83'));
    const rejected = await twoThirds(server, 93, 47);
    assert.equal(rejected.outcome, 'not-adopted');
    assert.equal(rejected.required, 94);
  } finally {
    await server.close();
  }
});

test('Roll call and quorum: too few present refuses the vote (GA rule 108); "present and voting" cannot abstain', async () => {
  const server = await startTestServer();
  try {
    const created = await createSession(server, { body: 'ga-main-committee', committee: 3, date: '2014-11-18', title: 'Third Committee' });
    const tokens = await joinAll(server, created);
    const chair = created.chair.token;
    await ok(server, created, chair, { type: 'open-meeting' });
    await ok(server, created, chair, { type: 'call-roll', rollId: 'r1' });
    const codes = created.delegations.map((d) => d.code);
    // 96 answer: one short of a majority of 193.
    for (const code of codes.slice(0, 95)) await ok(server, created, tokens.get(code)!, { type: 'answer-roll', attendance: 'present' });
    await ok(server, created, chair, { type: 'answer-roll', attendance: 'present-and-voting', member: codes[95] });
    const refused = await send(server, created, chair, { type: 'open-vote', voteId: 'v', question: 'L.1', subject: { kind: 'other' } });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'quorum-not-met');
    assert.equal(refused.json().error.rule, 'GA rule 108');
    await ok(server, created, tokens.get(codes[96]!)!, { type: 'answer-roll', attendance: 'present-and-voting' });
    const opened = await ok(server, created, chair, { type: 'open-vote', voteId: 'v', question: 'L.1', subject: { kind: 'other' } });
    assert.ok(codes.includes(opened.events[0]!.data.firstToVote as string), 'GA rule 87: the roll call starts with a member drawn by lot');
    const abstain = await send(server, created, tokens.get(codes[96]!)!, { type: 'cast-ballot', ballot: 'abstain' });
    assert.equal(abstain.statusCode, 409);
    assert.equal(abstain.json().error.code, 'present-and-voting-cannot-abstain');
    await ok(server, created, tokens.get(codes[0]!)!, { type: 'cast-ballot', ballot: 'abstain' });
    const twoThirdsInCommittee = await send(server, created, chair, { type: 'close-vote' });
    assert.equal(twoThirdsInCommittee.statusCode, 200);
  } finally {
    await server.close();
  }
});

test('Each body offers its own procedure: no roll call in the Council, no two-thirds in a committee, GA motions only in GA bodies', async () => {
  const server = await startTestServer();
  try {
    const sc = await createSession(server, { date: '2027-02-01', title: 'Council' });
    await ok(server, sc, sc.chair.token, { type: 'open-meeting' });
    const roll = await send(server, sc, sc.chair.token, { type: 'call-roll', rollId: 'r' });
    assert.equal(roll.statusCode, 409);
    assert.match(roll.json().error.rule, /spec R13/);
    const scMotion = await send(server, sc, sc.chair.token, { type: 'move-motion', motionId: 'm', motion: 'close-debate' });
    assert.equal(scMotion.json().error.rule, 'Rule 33');
    const hrc = await createSession(server, { body: 'human-rights-council', date: '2014-03-28', title: 'HRC 25' });
    await ok(server, hrc, hrc.chair.token, { type: 'open-meeting' });
    const two = await send(server, hrc, hrc.chair.token, {
      type: 'open-vote',
      voteId: 'v',
      question: 'x',
      subject: { kind: 'other' },
      majority: 'two-thirds',
    });
    assert.equal(two.statusCode, 409);
    assert.equal(two.json().error.code, 'not-in-this-body');
    assert.equal(two.json().error.rule, 'GA rule 125');
    await ok(server, hrc, hrc.chair.token, { type: 'move-motion', motionId: 'adj', motion: 'adjourn-debate' });
    await ok(server, hrc, hrc.chair.token, { type: 'move-motion', motionId: 'sus', motion: 'suspend' });
    const order = await send(server, hrc, hrc.chair.token, {
      type: 'open-vote',
      voteId: 'm1',
      question: 'adjourn the debate',
      subject: { kind: 'motion', motion: 'adjourn-debate', motionId: 'adj' },
    });
    assert.equal(order.statusCode, 409);
    assert.equal(order.json().error.code, 'wrong-order');
  } finally {
    await server.close();
  }
});
