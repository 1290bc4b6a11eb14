import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideSecurityCouncil } from '../../src/rules/decide.js';
import {
  annualReview, checkElectionEligibility, checkFormatForQuestion, checkGeographicPattern, checkMeetingInterval,
  checkMeetingNotice, checkVotingAllowed, classifyQuestion, debateAllowed, decideArriaWebcast, decideByConsensus,
  decideChallengeToRuling, decideInvitation, decideInvitationBatch, decidePreliminaryQuestion, decideSeparateVoteRequest,
  formatRules, holdArriaMeeting, icjElectionBallot, icjJointResult, mootAfterAdoption, orderDrafts, orderOfDecision,
  orderScAmendments, proposalVotable, recordAgendaAdoption, resolveClassification, ruleThreeSubmission, ruleTwoRequest,
} from '../../src/rules/security-council/index.js';
import { decideAdmissionRecommendation, decideAgendaAdoption, decideWithClassification, invitationResponseEffect } from '../../src/rules/security-council/index.js';
import { allBut, C2014, C2015, council, must, votes } from './helpers.js';

describe('J.3 obligatory abstention, preliminary question, rulings (spec R23-R25)', () => {
  const dispute = { parties: ['JOR', 'ISR'] };

  it('T15 an elected party voting yes under Chapter VI is refused (strict); abstaining, the draft passes', () => {
    const bad = decideSecurityCouncil({ composition: C2015, matter: 'non-procedural', chapter: 'VI', dispute, ballots: votes({ yes: allBut(C2015, []) }) });
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.equal(bad.error.code, 'obligatory-abstention-violation');
    const others = allBut(C2015, ['JOR']);
    const d = must(decideSecurityCouncil({ composition: C2015, matter: 'non-procedural', chapter: 'VI', dispute, ballots: votes({ yes: others.slice(0, 9), abstain: ['JOR', ...others.slice(9)] }) }));
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
    const replay = must(decideSecurityCouncil({ composition: C2014, matter: 'non-procedural', chapter: 'VI', dispute: party, ballots: withNo }, { obligatoryAbstentionMode: 'record-only' }));
    assert.equal(replay.reason, 'veto');
    assert.deepEqual(replay.vetoedBy, ['GBR']);
    assert.ok(replay.warnings.some((w) => w.code === 'obligatory-abstention-violation'));
  });

  it('strict mode: an obligated permanent member absent is no veto even when absence counts as one', () => {
    const d = must(decideSecurityCouncil(
      { composition: C2014, matter: 'non-procedural', chapter: '52(3)', dispute: { parties: ['GBR'] }, ballots: votes({ yes: allBut(C2014, ['GBR']) }) },
      { treatP5AbsenceAsVeto: true },
    ));
    assert.equal(d.outcome, 'adopted');
  });

  it('T17 no obligatory abstention under Chapter VII: the permanent party keeps its veto', () => {
    const d = must(decideSecurityCouncil({
      composition: C2014, matter: 'non-procedural', chapter: 'VII', dispute: { parties: ['RUS'] },
      ballots: votes({ yes: allBut(C2014, ['RUS', 'NGA']), no: ['RUS'], abstain: ['NGA'] }),
    }));
    assert.equal(d.reason, 'veto');
    assert.deepEqual(d.vetoedBy, ['RUS']);
  });

  it('T18 double veto: the preliminary question fails, then the main vote is vetoed', () => {
    const ballots = votes({ yes: allBut(C2015, ['RUS', 'AGO', 'VEN', 'TCD', 'NGA']), no: ['RUS'], abstain: ['AGO', 'VEN', 'TCD', 'NGA'] });
    const prelim = must(decidePreliminaryQuestion(C2015, ballots));
    assert.equal(prelim.decision?.reason, 'veto');
    assert.equal(prelim.matter, 'non-procedural');
    const main = must(decideSecurityCouncil({ composition: C2015, matter: prelim.matter, ballots }));
    assert.equal(main.reason, 'veto');
  });

  it('T19 presidential ruling: a challenge with 5 yes fails, the ruling stands, the main vote is adopted', () => {
    const challenge = votes({ yes: ['RUS', 'AGO', 'VEN', 'CHN', 'NGA'], no: allBut(C2015, ['RUS', 'AGO', 'VEN', 'CHN', 'NGA']) });
    const c = must(decideChallengeToRuling(C2015, 'procedural', challenge));
    assert.equal(c.rulingStands, true);
    assert.equal(c.matter, 'procedural');
    const main = must(decideSecurityCouncil({ composition: C2015, matter: c.matter, ballots: votes({ yes: allBut(C2015, ['RUS', 'AGO', 'VEN', 'TCD', 'NGA']), no: ['RUS'], abstain: ['AGO', 'VEN', 'TCD', 'NGA'] }) }));
    assert.equal(main.outcome, 'adopted');
    // An overruling (9 yes) flips the class.
    const flipped = must(resolveClassification(C2015, { route: 'presidential-ruling', ruling: 'procedural', challenge: votes({ yes: allBut(C2015, ['RUS', 'CHN', 'AGO', 'VEN', 'TCD', 'NGA']) }) }));
    assert.equal(flipped.rulingStands, false);
    assert.equal(flipped.matter, 'non-procedural');
  });
});

describe('J.4 ICJ elections, convening (spec R26, R8-R11)', () => {
  it('T20 ICJ election: 9 votes against the required 8 elect, with no veto check', () => {
    const ballot = must(icjElectionBallot({ seatCount: 15, votes: { X: 9, Y: 6 }, vacancies: 1 }));
    assert.equal(ballot.required, 8);
    assert.deepEqual(ballot.elected, ['X']);
    // Through the main entry: a permanent member voting against the candidate is no veto.
    const d = must(decideSecurityCouncil({ composition: C2015, matter: 'icj-election', ballots: votes({ yes: allBut(C2015, ['USA', 'CHN', 'RUS', 'AGO', 'VEN', 'TCD']), no: ['USA', 'CHN', 'RUS', 'AGO', 'VEN', 'TCD'] }) }));
    assert.equal(d.outcome, 'adopted');
    assert.equal(d.required, 8);
    assert.deepEqual(d.vetoedBy, []);
    assert.deepEqual(d.rules, ['ICJ Statute Art. 10', 'spec R26']);
  });

  it('ICJ: more majorities than vacancies are flagged excess-majorities; SC-GA disagreement flagged', () => {
    const b = must(icjElectionBallot({ seatCount: 15, votes: { A: 9, B: 8, C: 3 }, vacancies: 1 }));
    assert.deepEqual(b.elected, []);
    assert.equal(b.warnings[0]?.code, 'excess-majorities');
    assert.equal(icjJointResult(['A'], ['B']).warnings[0]?.code, 'sc-ga-disagreement');
    assert.deepEqual(icjJointResult(['A'], ['A']).elected, ['A']);
  });

  it('T26 Rule 2: one member\'s request makes a meeting required; a non-member cannot use Rule 2', () => {
    assert.equal(must(ruleTwoRequest(C2015, 'LTU')).meetingRequired, true);
    const r = ruleTwoRequest(C2015, 'DEU');
    assert.equal(r.ok, false);
  });

  it('R10 Rule 3: Art. 99 requires a meeting, a letter with no basis does not', () => {
    assert.equal(ruleThreeSubmission('art-99').meetingRequired, true);
    assert.equal(ruleThreeSubmission('none').meetingRequired, false);
  });

  it('T27 Rule 1: 1 and 20 August give a 19-day gap; consultations on 10 August do not reset it', () => {
    const w = checkMeetingInterval([
      { date: '2023-08-01', format: 'public-briefing' },
      { date: '2023-08-10', format: 'consultations' },
      { date: '2023-08-20', format: 'private' },
    ]);
    assert.equal(w.length, 1);
    assert.equal(w[0]!.code, 'rule1-interval-exceeded');
    assert.match(w[0]!.message, /^19 days/);
    assert.deepEqual(checkMeetingInterval([{ date: '2023-03-01', format: 'public-debate' }, { date: '2023-03-15', format: 'public-debate' }]), []);
  });

  it('R11 notice: 72 hours unless urgent; an urgent request met after five days is flagged', () => {
    const w = must(checkMeetingNotice({ requestedAt: '2024-01-01T10:00Z', agendaCirculatedAt: '2024-01-05T10:00Z', meetingAt: '2024-01-06T10:00Z', urgent: true }));
    assert.deepEqual(w.map((x) => x.code), ['urgent-request-delayed']);
    const w2 = must(checkMeetingNotice({ requestedAt: '2024-01-01T10:00Z', agendaCirculatedAt: '2024-01-05T10:00Z', meetingAt: '2024-01-06T10:00Z', urgent: false }));
    assert.deepEqual(w2.map((x) => x.code), ['rule8-short-notice']);
  });
});

describe('J.5 Summary Statement, motions, amendments (spec R15, R16, R29-R31, R38)', () => {
  it('T1 (Summary Statement part): the DPRK item is added with its date', () => {
    const s = recordAgendaAdoption({}, { date: '2014-12-22', format: 'public-briefing', items: [{ title: 'The situation in the Democratic People\'s Republic of Korea' }] });
    assert.equal(s['The situation in the Democratic People\'s Republic of Korea']?.lastFormalConsideration, '2014-12-22');
  });

  it('T28 annual review: last considered Nov 2014 is liable in Jan 2018; a February request retains it', () => {
    const item = { title: 'Item X', firstConsidered: '1990-01-01', lastFormalConsideration: '2014-11-03' };
    const recent = { title: 'Item Y', firstConsidered: '2015-01-01', lastFormalConsideration: '2015-01-02' };
    const kept = annualReview({ 'Item X': item, 'Item Y': recent }, 2018, [{ title: 'Item X', receivedOn: '2018-02-28' }]);
    assert.deepEqual(kept.liable, ['Item X']);
    assert.deepEqual(kept.retained, ['Item X']);
    assert.ok(kept.statement['Item X']);
    const gone = annualReview({ 'Item X': item }, 2018, [{ title: 'Item X', receivedOn: '2018-03-02' }]);
    assert.deepEqual(gone.deleted, ['Item X']);
    assert.equal(gone.statement['Item X'], undefined);
    // Retained items come up again the next January.
    assert.deepEqual(annualReview(kept.statement, 2019, []).deleted, ['Item X', 'Item Y']);
  });

  it('T29 a sub-item adds nothing and updates the general item; informal formats change nothing', () => {
    const general = 'Cooperation between the United Nations and regional and subregional organizations in maintaining international peace and security';
    const before = { [general]: { title: general, firstConsidered: '2005-01-01', lastFormalConsideration: '2018-01-01' } };
    const after = recordAgendaAdoption(before, { date: '2018-09-05', format: 'public-briefing', items: [{ title: 'The situation in Nicaragua', subItemOf: general }] });
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
    assert.deepEqual(order.map((m) => m.id), ['suspend', 'postpone', 'draft']);
    assert.equal(debateAllowed('suspend'), false);
    assert.equal(debateAllowed('postpone'), true);
    assert.equal(classifyQuestion('rule33-motion').matter, 'procedural');
  });

  it('T31 Rule 36: the deletion goes before the further-removed revision; a President\'s order replaces it', () => {
    const list = [
      { id: 'Y', kind: 'revise' as const, submittedAt: 1, distance: 5 },
      { id: 'X', kind: 'delete' as const, submittedAt: 2 },
      { id: 'Z', kind: 'revise' as const, submittedAt: 0, distance: 2, conflictsWith: ['Y'] },
    ];
    assert.deepEqual(must(orderScAmendments(list)).map((a) => a.id), ['X', 'Y', 'Z']);
    assert.deepEqual(must(orderScAmendments(list, ['Z', 'Y', 'X'])).map((a) => a.id), ['Z', 'Y', 'X']);
    assert.equal(orderScAmendments(list, ['Z']).ok, false);
    assert.deepEqual(mootAfterAdoption('Y', list), ['Z']);
  });

  it('T32 Rule 32: the mover\'s objection blocks a separate vote', () => {
    assert.equal(decideSeparateVoteRequest(true).separateVote, false);
    assert.equal(decideSeparateVoteRequest(false).separateVote, true);
    assert.deepEqual(orderDrafts([{ id: 'B', submittedAt: 10 }, { id: 'A', submittedAt: 9 }]).map((d) => d.id), ['A', 'B']);
  });

  it('T33 Rule 38: an invitee\'s draft is voted only at a Council member\'s request', () => {
    assert.equal(proposalVotable(C2015, { submittedBy: 'UKR' }), false);
    assert.equal(proposalVotable(C2015, { submittedBy: 'UKR', voteRequestedBy: ['LTU'] }), true);
  });
});

describe('J.6 participation, formats, Arria (spec R35-R43)', () => {
  it('T34 a contested Rule 37 invitation carried 10-2-3 with a P5 no is granted', () => {
    const o = must(decideInvitation(C2015, {
      invitee: 'UKR', basis: 'rule-37', unMember: true, objectors: ['RUS'],
      ballots: votes({ yes: allBut(C2015, ['RUS', 'VEN', 'CHN', 'AGO', 'TCD']), no: ['RUS', 'VEN'], abstain: ['CHN', 'AGO', 'TCD'] }),
    }));
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

  it('a batch of invitations splits off the contested name', () => {
    const out = must(decideInvitationBatch(C2015, ['DEU', 'UKR', 'POL'], 'rule-37', {
      UKR: { objectors: ['RUS'], ballots: votes({ yes: ['USA', 'GBR', 'FRA', 'LTU', 'NZL', 'ESP', 'JOR', 'CHL'], no: ['RUS'] }) },
    }));
    assert.deepEqual(out.map((o) => [o.invitee, o.invited, o.by]), [['DEU', true, 'no-objection'], ['UKR', false, 'vote'], ['POL', true, 'no-objection']]);
  });

  it('T36 a private meeting issues a communiqué; the SG recommendation must be private', () => {
    assert.equal(formatRules('private').record, 'communique');
    assert.equal(formatRules('private').updatesSummaryStatement, true);
    const r = checkFormatForQuestion('public-debate', 'recommend-secretary-general');
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'rule48-private-required');
    assert.equal(checkFormatForQuestion('private', 'recommend-secretary-general').ok, true);
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

  it('R19 the class belongs to the question, not the document', () => {
    assert.equal(classifyQuestion('convene-emergency-special-session').matter, 'procedural');
    assert.equal(classifyQuestion('recommend-admission').matter, 'non-procedural');
    assert.equal(classifyQuestion('establish-operational-subsidiary-organ').practice, true);
    assert.equal(classifyQuestion('icj-election').matter, 'icj-election');
  });

  it('R2 a retiring member is ineligible; a year out restores eligibility; geography only warns', () => {
    const council = { permanent: ['USA'], terms: [{ code: 'JPN', from: '2023-01-01', to: '2024-12-31' }] };
    const r = checkElectionEligibility('JPN', 2024, council);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'ineligible-retiring-member');
    assert.equal(checkElectionEligibility('JPN', 2025, council).ok, true);
    assert.equal(checkElectionEligibility('USA', 2025, council).ok, false);
    assert.deepEqual(checkGeographicPattern({ 'african-asian': 5, 'eastern-european': 1, 'latin-american-caribbean': 2, 'western-european-other': 2 }), []);
    assert.equal(checkGeographicPattern({ 'african-asian': 4, 'eastern-european': 2, 'latin-american-caribbean': 2, 'western-european-other': 2 }).length, 2);
  });

  it('an uncontested classification is used as given', () => {
    assert.equal(must(resolveClassification(C2015, { route: 'uncontested', matter: 'non-procedural' })).matter, 'non-procedural');
  });
});

describe('R13 agenda adoption with the Summary Statement (T1, T5)', () => {
  const item = { title: "The situation in the Democratic People's Republic of Korea" };

  it('T1 adopted by procedural vote over China\'s objection; the item enters the Summary Statement', () => {
    const a = must(decideAgendaAdoption({
      composition: C2014, format: 'public-briefing', items: [item], objectors: ['CHN'], statement: {},
      ballots: votes({ yes: ['ARG', 'AUS', 'CHL', 'FRA', 'JOR', 'LTU', 'LUX', 'KOR', 'RWA', 'GBR', 'USA'], no: ['CHN', 'RUS'], abstain: ['TCD', 'NGA'] }),
    }));
    assert.equal(a.adopted, true);
    assert.equal(a.by, 'vote');
    assert.deepEqual(a.statement[item.title], { title: item.title, firstConsidered: '2014-12-22', lastFormalConsideration: '2014-12-22' });
  });

  it('T5 not adopted 8-4-3: the Council cannot take up the item; lastFormalConsideration unchanged', () => {
    const before = { [item.title]: { title: item.title, firstConsidered: '2014-12-22', lastFormalConsideration: '2017-12-11' } };
    const a = must(decideAgendaAdoption({
      composition: council('2018-12-10', ['BOL', 'CIV', 'GNQ', 'ETH', 'KAZ', 'KWT', 'NLD', 'PER', 'POL', 'SWE']),
      format: 'public-briefing', items: [item], objectors: ['CHN'], statement: before,
      ballots: votes({ yes: ['FRA', 'KWT', 'NLD', 'PER', 'POL', 'SWE', 'GBR', 'USA'], no: ['CHN', 'RUS', 'BOL', 'ETH'], abstain: ['CIV', 'GNQ', 'KAZ'] }),
    }));
    assert.equal(a.adopted, false);
    assert.equal(a.statement, before);
    assert.match(a.explanation, /cannot take up the item/);
  });

  it('no objection: adopted without a vote; consultations cannot adopt an agenda; an objection needs ballots', () => {
    assert.equal(must(decideAgendaAdoption({ composition: C2015, format: 'public-debate', items: [item], objectors: [], statement: {} })).by, 'no-objection');
    assert.equal(decideAgendaAdoption({ composition: C2015, format: 'consultations', items: [item], objectors: [], statement: {} }).ok, false);
    const r = decideAgendaAdoption({ composition: C2015, format: 'public-debate', items: [item], objectors: ['CHN'], statement: {} });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'vote-required');
  });
});

describe('R34 admission, R39 declined invitations', () => {
  it('R34 a recommendation for admission 13-1-1 with a permanent no is vetoed; Rule 60 special report', () => {
    const a = must(decideAdmissionRecommendation(C2015, votes({ yes: allBut(C2015, ['USA', 'AGO']), no: ['USA'], abstain: ['AGO'] })));
    assert.equal(a.recommended, false);
    assert.equal(a.decision.reason, 'veto');
    assert.equal(a.specialReportRequired, true);
    assert.ok(a.decision.rules.includes('Rule 60'));
  });

  it('T35 a state concerned that declines leaves the meeting, agenda and vote unaffected', () => {
    const e = invitationResponseEffect('declined');
    assert.deepEqual([e.meetingProceeds, e.affectsAgenda, e.affectsVoting, e.participates], [true, false, false, false]);
    assert.equal(invitationResponseEffect('accepted').participates, true);
  });
});

describe('R24 classification attached to the main vote', () => {
  const main = votes({ yes: allBut(C2015, ['RUS', 'AGO', 'VEN', 'TCD', 'NGA']), no: ['RUS'], abstain: ['AGO', 'VEN', 'TCD', 'NGA'] });
  it('the same 10-1-4 ballots: vetoed after a failed preliminary vote, adopted after an unchallenged ruling', () => {
    const prelim = must(decideWithClassification(C2015, { route: 'preliminary-vote', ballots: main }, main));
    assert.equal(prelim.classification.matter, 'non-procedural');
    assert.equal(prelim.decision.reason, 'veto');
    assert.ok(prelim.decision.rules.includes('spec R24'));
    const ruling = must(decideWithClassification(C2015, { route: 'presidential-ruling', ruling: 'procedural' }, main));
    assert.equal(ruling.decision.outcome, 'adopted');
    assert.ok(ruling.decision.rules.includes('Rule 30'));
  });
});

