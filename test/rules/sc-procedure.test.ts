import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideSecurityCouncil } from '../../src/rules/decide.js';
import {
  checkVotingAllowed,
  debateAllowed,
  decideArriaWebcast,
  decideByConsensus,
  decideInvitation,
  formatRules,
  holdArriaMeeting,
  orderDrafts,
  orderOfDecision,
  orderScAmendments,
  recordAgendaAdoption,
  ruleTwoRequest,
} from '../../src/rules/security-council/index.js';
import { decideAgendaAdoption } from '../../src/rules/security-council/index.js';
import { allBut, C2014, C2015, council, must, votes } from './helpers.js';

describe('J.3 obligatory abstention, preliminary question, rulings (spec R23-R25)', () => {
  const dispute = { parties: ['JOR', 'ISR'] };

  it('T15 an elected party voting yes under Chapter VI is refused (strict); abstaining, the draft passes', () => {
    const bad = decideSecurityCouncil({
      composition: C2015,
      matter: 'non-procedural',
      chapter: 'VI',
      dispute,
      ballots: votes({ yes: allBut(C2015, []) }),
    });
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.equal(bad.error.code, 'obligatory-abstention-violation');
    const others = allBut(C2015, ['JOR']);
    const d = must(
      decideSecurityCouncil({
        composition: C2015,
        matter: 'non-procedural',
        chapter: 'VI',
        dispute,
        ballots: votes({ yes: others.slice(0, 9), abstain: ['JOR', ...others.slice(9)] }),
      }),
    );
    assert.equal(d.outcome, 'adopted');
    assert.ok(d.rules.includes('spec R23'));
  });

  it('T16 a permanent party under Chapter VI cannot veto; record-only mode lets its no veto with a warning', () => {
    // The other party (Mauritius) is not on the Council.
    const party = { parties: ['GBR', 'MUS'] };
    const elected = allBut(C2014, ['CHN', 'FRA', 'RUS', 'GBR', 'USA']);
    // 11 yes, 3 elected noes, the permanent party abstains.
    const ballots = votes({ yes: ['CHN', 'FRA', 'RUS', 'USA', ...elected.slice(0, 7)], no: elected.slice(7), abstain: ['GBR'] });
    const d = must(decideSecurityCouncil({ composition: C2014, matter: 'non-procedural', chapter: 'VI', dispute: party, ballots }));
    assert.equal(d.outcome, 'adopted');
    assert.deepEqual([d.tally.yes, d.tally.no, d.tally.abstain], [11, 3, 1]);
    const withNo = { ...ballots, GBR: 'no' as const };
    const strict = decideSecurityCouncil({ composition: C2014, matter: 'non-procedural', chapter: 'VI', dispute: party, ballots: withNo });
    assert.equal(strict.ok, false);
    const replay = must(
      decideSecurityCouncil(
        { composition: C2014, matter: 'non-procedural', chapter: 'VI', dispute: party, ballots: withNo },
        { obligatoryAbstentionMode: 'record-only' },
      ),
    );
    assert.equal(replay.reason, 'veto');
    assert.deepEqual(replay.vetoedBy, ['GBR']);
    assert.ok(replay.warnings.some((w) => w.code === 'obligatory-abstention-violation'));
  });

  it('strict mode: an obligated permanent member absent is no veto even when absence counts as one', () => {
    const d = must(
      decideSecurityCouncil(
        {
          composition: C2014,
          matter: 'non-procedural',
          chapter: '52(3)',
          dispute: { parties: ['GBR'] },
          ballots: votes({ yes: allBut(C2014, ['GBR']) }),
        },
        { treatP5AbsenceAsVeto: true },
      ),
    );
    assert.equal(d.outcome, 'adopted');
  });

  it('T17 no obligatory abstention under Chapter VII: the permanent party keeps its veto', () => {
    const d = must(
      decideSecurityCouncil({
        composition: C2014,
        matter: 'non-procedural',
        chapter: 'VII',
        dispute: { parties: ['RUS'] },
        ballots: votes({ yes: allBut(C2014, ['RUS', 'NGA']), no: ['RUS'], abstain: ['NGA'] }),
      }),
    );
    assert.equal(d.reason, 'veto');
    assert.deepEqual(d.vetoedBy, ['RUS']);
  });
});

describe('J.4 ICJ elections, convening (spec R26, R8-R11)', () => {
  it("T26 Rule 2: one member's request makes a meeting required; a non-member cannot use Rule 2", () => {
    assert.equal(must(ruleTwoRequest(C2015, 'LTU')).meetingRequired, true);
    const r = ruleTwoRequest(C2015, 'DEU');
    assert.equal(r.ok, false);
  });
});

describe('J.5 Summary Statement, motions, amendments (spec R15, R16, R29-R31, R38)', () => {
  it('T1 (Summary Statement part): the DPRK item is added with its date', () => {
    const s = recordAgendaAdoption(
      {},
      { date: '2014-12-22', format: 'public-briefing', items: [{ title: "The situation in the Democratic People's Republic of Korea" }] },
    );
    assert.equal(s["The situation in the Democratic People's Republic of Korea"]?.lastFormalConsideration, '2014-12-22');
  });

  it('T29 a sub-item adds nothing and updates the general item; informal formats change nothing', () => {
    const general =
      'Cooperation between the United Nations and regional and subregional organizations in maintaining international peace and security';
    const before = { [general]: { title: general, firstConsidered: '2005-01-01', lastFormalConsideration: '2018-01-01' } };
    const after = recordAgendaAdoption(before, {
      date: '2018-09-05',
      format: 'public-briefing',
      items: [{ title: 'The situation in Nicaragua', subItemOf: general }],
    });
    assert.deepEqual(Object.keys(after), [general]);
    assert.equal(after[general]!.lastFormalConsideration, '2018-09-05');
    assert.equal(recordAgendaAdoption(before, { date: '2018-09-05', format: 'arria', items: [{ title: 'X' }] }), before);
  });

  it('T30 Rule 33: suspend is decided before postpone, without debate', () => {
    const order = orderOfDecision([
      { id: 'draft', kind: 'principal', tabledAt: 0 },
      { id: 'postpone', kind: 'postpone', tabledAt: 1 },
      { id: 'suspend', kind: 'suspend', tabledAt: 2 },
    ]);
    assert.deepEqual(
      order.map((m) => m.id),
      ['suspend', 'postpone', 'draft'],
    );
    assert.equal(debateAllowed('suspend'), false);
    assert.equal(debateAllowed('postpone'), true);
  });

  it("T31 Rule 36: the deletion goes before the further-removed revision; a President's order replaces it", () => {
    const list = [
      { id: 'Y', kind: 'revise' as const, submittedAt: 1, distance: 5 },
      { id: 'X', kind: 'delete' as const, submittedAt: 2 },
      { id: 'Z', kind: 'revise' as const, submittedAt: 0, distance: 2, conflictsWith: ['Y'] },
    ];
    assert.deepEqual(
      must(orderScAmendments(list)).map((a) => a.id),
      ['X', 'Y', 'Z'],
    );
    assert.deepEqual(
      must(orderScAmendments(list, ['Z', 'Y', 'X'])).map((a) => a.id),
      ['Z', 'Y', 'X'],
    );
    assert.equal(orderScAmendments(list, ['Z']).ok, false);
  });

  it('Rule 32: drafts are voted in the order submitted', () => {
    assert.deepEqual(
      orderDrafts([
        { id: 'B', submittedAt: 10 },
        { id: 'A', submittedAt: 9 },
      ]).map((d) => d.id),
      ['A', 'B'],
    );
  });
});

describe('J.6 participation, formats, Arria (spec R35-R43)', () => {
  it('T34 a contested Rule 37 invitation carried 10-2-3 with a P5 no is granted', () => {
    const o = must(
      decideInvitation(C2015, {
        invitee: 'UKR',
        basis: 'rule-37',
        unMember: true,
        objectors: ['RUS'],
        ballots: votes({ yes: allBut(C2015, ['RUS', 'VEN', 'CHN', 'AGO', 'TCD']), no: ['RUS', 'VEN'], abstain: ['CHN', 'AGO', 'TCD'] }),
      }),
    );
    assert.equal(o.invited, true);
    assert.equal(o.by, 'vote');
    assert.equal(o.decision?.tally.yes, 10);
  });

  it('invitations: no objection needs no vote; Art. 32 parties must be invited; members are not invited', () => {
    assert.equal(must(decideInvitation(C2015, { invitee: 'DEU', basis: 'rule-37', unMember: true })).by, 'no-objection');
    assert.equal(must(decideInvitation(C2015, { invitee: 'XKX', basis: 'art-32' })).by, 'charter-obligation');
    assert.equal(decideInvitation(C2015, { invitee: 'USA', basis: 'rule-37', unMember: true }).ok, false);
    assert.equal(decideInvitation(C2015, { invitee: 'DEU', basis: 'rule-37', unMember: true, objectors: ['RUS'] }).ok, false);
  });

  it('T36 a private meeting issues a communiqué', () => {
    assert.equal(formatRules('private').record, 'communique');
    assert.equal(formatRules('private').updatesSummaryStatement, true);
  });

  it('T37 one objection blocks the Arria webcast; the meeting is held in person', () => {
    const stances = Object.fromEntries(C2015.seats.map((s) => [s.code, s.code === 'CHN' ? 'object' : 'consent'] as const));
    const w = must(decideArriaWebcast(C2015, stances));
    assert.equal(w.webcast, false);
    assert.deepEqual(w.objectors, ['CHN']);
    assert.equal(w.heldInPerson, true);
    const all = must(decideArriaWebcast(C2015, { ...stances, CHN: 'consent' }));
    assert.equal(all.webcast, true);
    assert.equal(formatRules('arria').record, null);
    assert.equal(formatRules('arria').countsForRule1, false);
  });

  it('T38 an Arria meeting is held though members stay away; a non-member cannot convene alone', () => {
    const held = must(holdArriaMeeting(C2015, ['USA', 'DEU']));
    assert.equal(held.chair, 'USA');
    assert.equal(holdArriaMeeting(C2015, ['DEU']).ok, false);
  });

  it('T39 no vote in consultations (or Arria meetings)', () => {
    for (const f of ['consultations', 'arria', 'informal-interactive-dialogue', 'videoconference'] as const) {
      const r = checkVotingAllowed(f);
      assert.equal(r.ok, false);
      if (!r.ok) assert.equal(r.error.code, 'no-voting-in-informal-format');
    }
    assert.equal(checkVotingAllowed('private').ok, true);
  });
});

describe('R32 consensus, R19 classification, R2 eligibility', () => {
  it('R32 fourteen agree a PRST and one objects: blocked', () => {
    const d = must(decideByConsensus(C2015, 'presidential-statement', ['RUS'], (c) => (c === 'RUS' ? 'Russian Federation' : c)));
    assert.equal(d.outcome, 'blocked');
    assert.match(d.explanation, /the Russian Federation objects/);
    assert.equal(must(decideByConsensus(C2015, 'press-statement', [])).reason, 'consensus');
    assert.equal(decideByConsensus(C2015, 'press-statement', ['DEU']).ok, false);
  });
});

describe('R13 agenda adoption with the Summary Statement (T1, T5)', () => {
  const item = { title: "The situation in the Democratic People's Republic of Korea" };

  it("T1 adopted by procedural vote over China's objection; the item enters the Summary Statement", () => {
    const a = must(
      decideAgendaAdoption({
        composition: C2014,
        format: 'public-briefing',
        items: [item],
        objectors: ['CHN'],
        statement: {},
        ballots: votes({
          yes: ['ARG', 'AUS', 'CHL', 'FRA', 'JOR', 'LTU', 'LUX', 'KOR', 'RWA', 'GBR', 'USA'],
          no: ['CHN', 'RUS'],
          abstain: ['TCD', 'NGA'],
        }),
      }),
    );
    assert.equal(a.adopted, true);
    assert.equal(a.by, 'vote');
    assert.deepEqual(a.statement[item.title], { title: item.title, firstConsidered: '2014-12-22', lastFormalConsideration: '2014-12-22' });
  });

  it('T5 not adopted 8-4-3: the Council cannot take up the item; lastFormalConsideration unchanged', () => {
    const before = { [item.title]: { title: item.title, firstConsidered: '2014-12-22', lastFormalConsideration: '2017-12-11' } };
    const a = must(
      decideAgendaAdoption({
        composition: council('2018-12-10', ['BOL', 'CIV', 'GNQ', 'ETH', 'KAZ', 'KWT', 'NLD', 'PER', 'POL', 'SWE']),
        format: 'public-briefing',
        items: [item],
        objectors: ['CHN'],
        statement: before,
        ballots: votes({
          yes: ['FRA', 'KWT', 'NLD', 'PER', 'POL', 'SWE', 'GBR', 'USA'],
          no: ['CHN', 'RUS', 'BOL', 'ETH'],
          abstain: ['CIV', 'GNQ', 'KAZ'],
        }),
      }),
    );
    assert.equal(a.adopted, false);
    assert.equal(a.statement, before);
    assert.match(a.explanation, /cannot take up the item/);
  });

  it('no objection: adopted without a vote; consultations cannot adopt an agenda; an objection needs ballots', () => {
    assert.equal(
      must(decideAgendaAdoption({ composition: C2015, format: 'public-debate', items: [item], objectors: [], statement: {} })).by,
      'no-objection',
    );
    assert.equal(
      decideAgendaAdoption({ composition: C2015, format: 'consultations', items: [item], objectors: [], statement: {} }).ok,
      false,
    );
    const r = decideAgendaAdoption({ composition: C2015, format: 'public-debate', items: [item], objectors: ['CHN'], statement: {} });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'vote-required');
  });
});

describe('R34 admission, R39 declined invitations', () => {});

describe('R24 classification attached to the main vote', () => {
  const _main = votes({ yes: allBut(C2015, ['RUS', 'AGO', 'VEN', 'TCD', 'NGA']), no: ['RUS'], abstain: ['AGO', 'VEN', 'TCD', 'NGA'] });
});
