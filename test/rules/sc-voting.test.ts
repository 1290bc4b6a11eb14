import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideSecurityCouncil } from '../../src/rules/decide.js';
import { scThresholds } from '../../src/rules/security-council/thresholds.js';
import { validateBallots } from '../../src/rules/security-council/ballots.js';
import { allBut, C1960, C2014, C2015, C2016, C2017, C2018, C2022, C2024, council, must, nameOf, votes } from './helpers.js';

describe('J.1 DPRK agenda votes (procedural; spec R13, R20)', () => {
  it('T1 22 Dec 2014 (S/PV.7353): 11-2-2 adopted, P5 noes are not vetoes', () => {
    const d = must(
      decideSecurityCouncil(
        {
          composition: C2014,
          matter: 'procedural',
          ballots: votes({
            yes: ['ARG', 'AUS', 'CHL', 'FRA', 'JOR', 'LTU', 'LUX', 'KOR', 'RWA', 'GBR', 'USA'],
            no: ['CHN', 'RUS'],
            abstain: ['TCD', 'NGA'],
          }),
        },
        { nameOf },
      ),
    );
    assert.equal(d.outcome, 'adopted');
    assert.equal(d.reason, 'threshold-met');
    assert.deepEqual(d.tally, { yes: 11, no: 2, abstain: 2, nonParticipation: 0, absent: 0 });
    assert.equal(d.required, 9);
    assert.deepEqual(d.vetoedBy, []);
    assert.deepEqual(d.rules.slice(0, 2), ['Charter Art. 27(2)', 'spec R20']);
    assert.match(
      d.explanation,
      /^Adopted: 11 in favour, 2 against, 2 abstentions\. Procedural matter: 9 affirmative votes needed \(Charter Art\. 27\(2\)\); the votes against by China and the Russian Federation are not vetoes\.$/,
    );
  });

  it('T2 10 Dec 2015 (S/PV.7575): exactly 9 yes is enough', () => {
    const d = must(
      decideSecurityCouncil({
        composition: C2015,
        matter: 'procedural',
        ballots: votes({
          yes: ['CHL', 'FRA', 'JOR', 'LTU', 'MYS', 'NZL', 'ESP', 'GBR', 'USA'],
          no: ['AGO', 'CHN', 'RUS', 'VEN'],
          abstain: ['TCD', 'NGA'],
        }),
      }),
    );
    assert.equal(d.outcome, 'adopted');
    assert.deepEqual([d.tally.yes, d.tally.no, d.tally.abstain], [9, 4, 2]);
  });

  it('T3 9 Dec 2016 (S/PV.7830): 9-5-1 adopted', () => {
    const d = must(
      decideSecurityCouncil({
        composition: C2016,
        matter: 'procedural',
        ballots: votes({
          yes: ['FRA', 'JPN', 'MYS', 'NZL', 'ESP', 'UKR', 'GBR', 'USA', 'URY'],
          no: ['AGO', 'CHN', 'EGY', 'RUS', 'VEN'],
          abstain: ['SEN'],
        }),
      }),
    );
    assert.equal(d.outcome, 'adopted');
    assert.deepEqual([d.tally.yes, d.tally.no, d.tally.abstain], [9, 5, 1]);
  });

  it('T4 11 Dec 2017: 10-3-2 adopted', () => {
    const d = must(
      decideSecurityCouncil(
        {
          composition: C2017,
          matter: 'procedural',
          ballots: votes({
            yes: ['FRA', 'ITA', 'JPN', 'KAZ', 'SEN', 'SWE', 'UKR', 'GBR', 'USA', 'URY'],
            no: ['BOL', 'CHN', 'RUS'],
            abstain: ['EGY', 'ETH'],
          }),
        },
        { nameOf },
      ),
    );
    assert.equal(d.outcome, 'adopted');
    assert.match(d.explanation, /^Adopted: 10 in favour, 3 against, 2 abstentions\./);
    assert.match(d.explanation, /China and the Russian Federation are not vetoes/);
  });

  it('T5 2018 (hypothetical 8-4-3 on the real facts): not adopted, one short', () => {
    const d = must(
      decideSecurityCouncil({
        composition: council('2018-12-10', ['BOL', 'CIV', 'GNQ', 'ETH', 'KAZ', 'KWT', 'NLD', 'PER', 'POL', 'SWE']),
        matter: 'procedural',
        ballots: votes({
          yes: ['FRA', 'KWT', 'NLD', 'PER', 'POL', 'SWE', 'GBR', 'USA'],
          no: ['CHN', 'RUS', 'BOL', 'ETH'],
          abstain: ['CIV', 'GNQ', 'KAZ'],
        }),
      }),
    );
    assert.equal(d.outcome, 'not-adopted');
    assert.equal(d.reason, 'insufficient-votes');
    assert.match(d.explanation, /9 affirmative votes needed \(Charter Art\. 27\(2\)\); 8 is one short/);
  });
});

describe('J.2 voting arithmetic (spec R20-R22)', () => {
  it('T6 a 7-7-1 tie on a procedural motion fails for insufficient votes', () => {
    const d = must(
      decideSecurityCouncil({
        composition: C2015,
        matter: 'procedural',
        ballots: votes({
          yes: ['CHL', 'FRA', 'JOR', 'LTU', 'MYS', 'NZL', 'ESP'],
          no: ['AGO', 'CHN', 'RUS', 'VEN', 'TCD', 'NGA', 'GBR'],
          abstain: ['USA'],
        }),
      }),
    );
    assert.equal(d.reason, 'insufficient-votes');
    assert.equal(d.outcome, 'not-adopted');
  });

  it('T7 res 2623 (2022): 11-1-3, a Russian no on a procedural matter is not a veto', () => {
    const d = must(
      decideSecurityCouncil(
        {
          composition: C2022,
          matter: 'procedural',
          ballots: votes({
            yes: ['ALB', 'BRA', 'FRA', 'GAB', 'GHA', 'IRL', 'KEN', 'MEX', 'NOR', 'GBR', 'USA'],
            no: ['RUS'],
            abstain: ['CHN', 'IND', 'ARE'],
          }),
        },
        { nameOf },
      ),
    );
    assert.equal(d.outcome, 'adopted');
    assert.match(d.explanation, /the vote against by the Russian Federation is not a veto/);
  });

  it('T8 res 2756 (2024): 12-0-2 with Algeria not participating; a P5 abstention is no veto', () => {
    const d = must(
      decideSecurityCouncil(
        {
          composition: C2024,
          matter: 'non-procedural',
          ballots: votes({
            yes: ['CHN', 'ECU', 'FRA', 'GUY', 'JPN', 'MLT', 'KOR', 'SLE', 'SVN', 'CHE', 'GBR', 'USA'],
            abstain: ['MOZ', 'RUS'],
            np: ['DZA'],
          }),
        },
        { nameOf },
      ),
    );
    assert.equal(d.outcome, 'adopted');
    assert.deepEqual(d.tally, { yes: 12, no: 0, abstain: 2, nonParticipation: 1, absent: 0 });
    assert.ok(d.rules.includes('spec R22'));
    assert.match(d.explanation, /the Russian Federation is not a veto/);
  });

  it('T9 Jerusalem draft (18 Dec 2017): 14-1-0, United States no = veto', () => {
    const d = must(
      decideSecurityCouncil(
        {
          composition: C2017,
          matter: 'non-procedural',
          ballots: votes({ yes: allBut(C2017, ['USA']), no: ['USA'] }),
        },
        { nameOf },
      ),
    );
    assert.equal(d.outcome, 'not-adopted');
    assert.equal(d.reason, 'veto');
    assert.deepEqual(d.vetoedBy, ['USA']);
    assert.deepEqual(d.rules.slice(0, 2), ['Charter Art. 27(3)', 'spec R21']);
    assert.equal(
      d.explanation,
      'Not adopted: 14 in favour, 1 against. Non-procedural matter: the 9 affirmative votes needed were cast (14), but the United States, a permanent member, voted against (Charter Art. 27(3)): veto.',
    );
  });

  it('T10 Russian humanitarian draft (23 Mar 2022): 2-0-13 fails for insufficient votes', () => {
    const d = must(
      decideSecurityCouncil({
        composition: C2022,
        matter: 'non-procedural',
        ballots: votes({ yes: ['RUS', 'CHN'], abstain: allBut(C2022, ['RUS', 'CHN']) }),
      }),
    );
    assert.equal(d.reason, 'insufficient-votes');
    assert.deepEqual(d.vetoedBy, []);
  });

  it('T11 Russian Syria draft (14 Apr 2018): 3-8-4, P5 noes are not classified as vetoes', () => {
    const input = {
      composition: C2018,
      matter: 'non-procedural' as const,
      ballots: votes({
        yes: ['RUS', 'CHN', 'BOL'],
        no: ['FRA', 'GBR', 'USA', 'NLD', 'POL', 'SWE', 'CIV', 'KWT'],
        abstain: ['GNQ', 'ETH', 'KAZ', 'PER'],
      }),
    };
    const d = must(decideSecurityCouncil(input));
    assert.equal(d.reason, 'insufficient-votes');
    assert.deepEqual(d.vetoedBy, []);
    // Q4: the other reading is a switch.
    const q4 = must(decideSecurityCouncil(input, { classifyP5NoBelowThresholdAsVeto: true }));
    assert.equal(q4.reason, 'veto');
    assert.deepEqual(q4.vetoedBy, ['FRA', 'GBR', 'USA']);
  });

  it('T12 all five permanent members abstain: adopted with 9 elected yes', () => {
    const elected = allBut(C2015, ['CHN', 'FRA', 'RUS', 'GBR', 'USA']);
    const d = must(
      decideSecurityCouncil({
        composition: C2015,
        matter: 'non-procedural',
        ballots: votes({ yes: elected.slice(0, 9), no: elected.slice(9), abstain: ['CHN', 'FRA', 'RUS', 'GBR', 'USA'] }),
      }),
    );
    assert.equal(d.outcome, 'adopted');
  });

  it('T13 1960, eleven members: 7-0-4 adopted, 6-0-5 not', () => {
    const seven = must(
      decideSecurityCouncil({
        composition: C1960,
        matter: 'non-procedural',
        ballots: votes({ yes: ['ARG', 'LKA', 'ECU', 'ITA', 'TUN', 'FRA', 'GBR'], abstain: ['POL', 'SUN', 'USA', 'CHN'] }),
      }),
    );
    assert.equal(seven.outcome, 'adopted');
    assert.equal(seven.required, 7);
    assert.ok(seven.rules.includes('spec R3'));
    const six = must(
      decideSecurityCouncil({
        composition: C1960,
        matter: 'non-procedural',
        ballots: votes({ yes: ['ARG', 'LKA', 'ECU', 'ITA', 'TUN', 'FRA'], abstain: ['POL', 'SUN', 'USA', 'CHN', 'GBR'] }),
      }),
    );
    assert.equal(six.reason, 'insufficient-votes');
  });

  it('T14 a permanent member absent: adopted by default, a veto only by option', () => {
    const input = {
      composition: C2015,
      matter: 'non-procedural' as const,
      ballots: votes({ yes: allBut(C2015, ['RUS', 'AGO', 'VEN', 'TCD', 'NGA']), abstain: ['AGO', 'VEN', 'TCD', 'NGA'] }),
    };
    const d = must(decideSecurityCouncil(input));
    assert.equal(d.outcome, 'adopted');
    assert.equal(d.tally.absent, 1);
    const strict = must(decideSecurityCouncil(input, { treatP5AbsenceAsVeto: true }));
    assert.equal(strict.reason, 'veto');
    assert.deepEqual(strict.vetoedBy, ['RUS']);
    assert.match(strict.explanation, /did not concur/);
  });

  it('non-participation of a permanent member is a veto only by option (spec R22)', () => {
    const input = { composition: C2015, matter: 'non-procedural' as const, ballots: votes({ yes: allBut(C2015, ['CHN']), np: ['CHN'] }) };
    assert.equal(must(decideSecurityCouncil(input)).outcome, 'adopted');
    assert.deepEqual(must(decideSecurityCouncil(input, { treatP5NonParticipationAsVeto: true })).vetoedBy, ['CHN']);
  });

  it('several permanent noes give one veto listing all of them', () => {
    const d = must(
      decideSecurityCouncil(
        { composition: C2015, matter: 'non-procedural', ballots: votes({ yes: allBut(C2015, ['CHN', 'RUS']), no: ['CHN', 'RUS'] }) },
        { nameOf },
      ),
    );
    assert.deepEqual(d.vetoedBy, ['CHN', 'RUS']);
    assert.match(d.explanation, /China and the Russian Federation, permanent members, voted against/);
  });
});

describe('R3 and R18: thresholds and ballot validation', () => {
  it('thresholds by seat count', () => {
    assert.deepEqual([must(scThresholds(15)).affirmative, must(scThresholds(15)).absoluteMajority], [9, 8]);
    assert.deepEqual([must(scThresholds(11)).affirmative, must(scThresholds(11)).absoluteMajority], [7, 6]);
    const bad = scThresholds(14);
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.equal(bad.error.code, 'invalid-composition');
  });

  it('a non-member voting is refused with not-a-council-member', () => {
    const r = decideSecurityCouncil({ composition: C2015, matter: 'procedural', ballots: { DEU: 'yes' } });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'not-a-council-member');
  });

  it('an unknown ballot value is refused with invalid-ballot', () => {
    const r = decideSecurityCouncil({ composition: C2015, matter: 'procedural', ballots: { USA: 'maybe' as never } });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'invalid-ballot');
  });

  it('missing members are absent and the tally sums to the seat count', () => {
    const sheet = must(validateBallots(C2015, { USA: 'yes', CHN: 'no' }));
    assert.deepEqual(sheet.tally, { yes: 1, no: 1, abstain: 0, nonParticipation: 0, absent: 13 });
  });

  it('a composition without five permanent members is invalid', () => {
    const r = decideSecurityCouncil({
      composition: council(
        '2015-01-01',
        ['AGO', 'TCD', 'CHL', 'JOR', 'LTU', 'MYS', 'NZL', 'NGA', 'ESP', 'VEN', 'DEU'],
        ['CHN', 'FRA', 'RUS', 'GBR'],
      ),
      matter: 'procedural',
      ballots: {},
    });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'invalid-composition');
  });

  it('every decision carries a trace, one step per test applied', () => {
    const d = must(
      decideSecurityCouncil({ composition: C2017, matter: 'non-procedural', ballots: votes({ yes: allBut(C2017, ['USA']), no: ['USA'] }) }),
    );
    assert.deepEqual(
      d.trace.map((s) => s.spec),
      ['R18', 'R3', 'R21', 'R21'],
    );
  });

  it('an unknown matter is a typed error, not an exception', () => {
    const r = decideSecurityCouncil({ composition: C2015, matter: 'important' as never, ballots: {} });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'invalid-matter');
  });
});
