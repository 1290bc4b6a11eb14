import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decideGeneralAssembly, decideSecurityCouncil } from '../../src/rules/decide.js';
import { twoThirdsMet, twoThirdsRequired } from '../../src/rules/general-assembly/majorities.js';
import type { Ballot, Composition } from '../../src/rules/types.js';
import { C1960, C2015, must } from './helpers.js';

const BALLOT = fc.constantFrom<Ballot>('yes', 'no', 'abstain', 'non-participation', 'absent');
const sheet = (c: Composition) =>
  fc
    .array(BALLOT, { minLength: c.seats.length, maxLength: c.seats.length })
    .map((bs) => Object.fromEntries(c.seats.map((s, i) => [s.code, bs[i]!])) as Record<string, Ballot>);
const COMPOSITION = fc.constantFrom(C2015, C1960);
const OPTIONS = fc.record({
  treatP5AbsenceAsVeto: fc.boolean(),
  treatP5NonParticipationAsVeto: fc.boolean(),
  classifyP5NoBelowThresholdAsVeto: fc.boolean(),
});
const withSheet = COMPOSITION.chain((c) => sheet(c).map((ballots) => ({ c, ballots })));

/** The spec's R20-R22 written out the plain way, for comparison with the packed core. */
function reference(
  c: Composition,
  matter: 'procedural' | 'non-procedural' | 'icj-election',
  ballots: Record<string, Ballot>,
  o: { treatP5AbsenceAsVeto: boolean; treatP5NonParticipationAsVeto: boolean; classifyP5NoBelowThresholdAsVeto: boolean },
) {
  const seats = c.seats.length;
  const yes = Object.values(ballots).filter((b) => b === 'yes').length;
  const required = matter === 'icj-election' ? Math.floor(seats / 2) + 1 : seats === 15 ? 9 : 7;
  if (matter !== 'non-procedural') return { reason: yes >= required ? 'threshold-met' : 'insufficient-votes', vetoedBy: [] as string[] };
  const vetoers = c.seats
    .filter((s) => s.permanent)
    .map((s) => s.code)
    .filter((code) => {
      const b = ballots[code] ?? 'absent';
      return b === 'no' || (b === 'absent' && o.treatP5AbsenceAsVeto) || (b === 'non-participation' && o.treatP5NonParticipationAsVeto);
    });
  if (yes < required) {
    return o.classifyP5NoBelowThresholdAsVeto && vetoers.length > 0
      ? { reason: 'veto', vetoedBy: vetoers }
      : { reason: 'insufficient-votes', vetoedBy: [] };
  }
  return vetoers.length > 0 ? { reason: 'veto', vetoedBy: vetoers } : { reason: 'threshold-met', vetoedBy: [] };
}

describe('properties over random ballots', () => {
  it('the fast core agrees with a straightforward reference implementation', () => {
    fc.assert(
      fc.property(
        withSheet,
        fc.constantFrom('procedural', 'non-procedural', 'icj-election') as fc.Arbitrary<'procedural'>,
        OPTIONS,
        ({ c, ballots }, matter, o) => {
          const d = must(decideSecurityCouncil({ composition: c, matter, ballots }, o));
          const r = reference(c, matter, ballots, o);
          assert.equal(d.reason, r.reason);
          assert.deepEqual(d.vetoedBy, r.vetoedBy);
          assert.equal(d.outcome, r.reason === 'threshold-met' ? 'adopted' : 'not-adopted');
          assert.equal(d.tally.yes + d.tally.no + d.tally.abstain + d.tally.nonParticipation + d.tally.absent, c.seats.length);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('adding a yes never turns an adopted procedural decision into a rejection', () => {
    fc.assert(
      fc.property(withSheet, fc.nat(), ({ c, ballots }, pick) => {
        const before = must(decideSecurityCouncil({ composition: c, matter: 'procedural', ballots }));
        const others = c.seats.map((s) => s.code).filter((code) => ballots[code] !== 'yes');
        fc.pre(others.length > 0);
        const changed = { ...ballots, [others[pick % others.length]!]: 'yes' as const };
        const after = must(decideSecurityCouncil({ composition: c, matter: 'procedural', ballots: changed }));
        if (before.outcome === 'adopted') assert.equal(after.outcome, 'adopted');
      }),
      { numRuns: 2000 },
    );
  });

  it('on a procedural matter who votes no never matters', () => {
    fc.assert(
      fc.property(withSheet, fc.constantFrom<Ballot>('abstain', 'non-participation', 'absent'), ({ c, ballots }, instead) => {
        const base = must(decideSecurityCouncil({ composition: c, matter: 'procedural', ballots }));
        // Turn every no into something else: the outcome cannot move.
        const noNoes = Object.fromEntries(Object.entries(ballots).map(([k, b]) => [k, b === 'no' ? instead : b])) as Record<string, Ballot>;
        assert.equal(must(decideSecurityCouncil({ composition: c, matter: 'procedural', ballots: noNoes })).outcome, base.outcome);
        // Nor can declaring a different set of members permanent.
        const reshuffled: Composition = { date: c.date, seats: [...c.seats].reverse() };
        const again = must(
          decideSecurityCouncil({
            composition: { ...reshuffled, seats: reshuffled.seats.map((s, i) => ({ code: s.code, permanent: i < 5 })) },
            matter: 'procedural',
            ballots,
          }),
        );
        assert.equal(again.outcome, base.outcome);
      }),
      { numRuns: 2000 },
    );
  });

  it("a permanent member's abstention never vetoes", () => {
    fc.assert(
      fc.property(withSheet, fc.nat(), ({ c, ballots }, pick) => {
        const p5 = c.seats.filter((s) => s.permanent).map((s) => s.code);
        const who = p5[pick % p5.length]!;
        const before = must(decideSecurityCouncil({ composition: c, matter: 'non-procedural', ballots: { ...ballots, [who]: 'abstain' } }));
        assert.ok(!before.vetoedBy.includes(who));
        // With no permanent noes at all, a non-procedural matter is decided exactly like a procedural one.
        const noP5No = Object.fromEntries(
          Object.entries(ballots).map(([k, b]) => [k, p5.includes(k) && b === 'no' ? 'abstain' : b]),
        ) as Record<string, Ballot>;
        assert.equal(
          must(decideSecurityCouncil({ composition: c, matter: 'non-procedural', ballots: noP5No })).outcome,
          must(decideSecurityCouncil({ composition: c, matter: 'procedural', ballots: noP5No })).outcome,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('GA outcomes never depend on abstentions', () => {
    const body = fc.constantFrom('general-assembly', 'ga-main-committee') as fc.Arbitrary<'general-assembly'>;
    const majority = fc.constantFrom('simple', 'two-thirds', 'majority-of-membership') as fc.Arbitrary<'simple'>;
    fc.assert(
      fc.property(body, majority, fc.nat(193), fc.nat(193), fc.nat(193), fc.nat(193), (b, m, yes, no, a1, a2) => {
        fc.pre(yes + no + Math.max(a1, a2) <= 193);
        const x = must(decideGeneralAssembly({ body: b, majority: m, tally: { yes, no, abstain: a1 } }));
        const y = must(decideGeneralAssembly({ body: b, majority: m, tally: { yes, no, abstain: a2 } }));
        assert.equal(x.outcome, y.outcome);
        assert.equal(x.required, y.required);
      }),
      { numRuns: 3000 },
    );
  });

  it('two-thirds agrees with exact rational comparison', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(1_000_000), (yes, no) => {
        const pv = BigInt(yes + no);
        // yes / pv >= 2 / 3, compared exactly as fractions (and 0-0 carries nothing).
        const exact = pv > 0n && BigInt(yes) * 3n >= 2n * pv && yes > 0;
        assert.equal(twoThirdsMet(yes, no), exact);
        if (yes + no > 0) {
          const required = twoThirdsRequired(yes + no);
          assert.ok(
            BigInt(required) * 3n >= 2n * pv && BigInt(required - 1) * 3n < 2n * pv,
            'required is the least count reaching two-thirds',
          );
          assert.equal(twoThirdsMet(yes, no), yes >= required);
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe('robustness: bad input is a typed error, never an exception', () => {
  it('decideSecurityCouncil on arbitrary ballots and compositions', () => {
    const seat = fc.record({
      code: fc.oneof(fc.constantFrom('USA', 'CHN', 'FRA', 'GBR', 'RUS', 'DEU'), fc.string({ maxLength: 4 })),
      permanent: fc.boolean(),
    });
    const anyComposition = fc.oneof(
      fc.constant(C2015),
      fc.record({ date: fc.string({ maxLength: 10 }), seats: fc.array(seat, { maxLength: 16 }) }),
    );
    const anyBallots = fc.dictionary(
      fc.oneof(fc.constantFrom('USA', 'CHN', 'JOR'), fc.string({ maxLength: 4 })),
      fc.oneof(BALLOT, fc.anything()) as fc.Arbitrary<Ballot>,
    );
    const anyMatter = fc.oneof(fc.constantFrom('procedural', 'non-procedural', 'icj-election'), fc.string()) as fc.Arbitrary<'procedural'>;
    fc.assert(
      fc.property(anyComposition, anyBallots, anyMatter, (composition, ballots, matter) => {
        const r = decideSecurityCouncil({ composition, matter, ballots });
        assert.equal(typeof r.ok, 'boolean');
        if (!r.ok) assert.match(r.error.code, /^[a-z0-9-]+$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('decideGeneralAssembly on arbitrary tallies', () => {
    const n = fc.oneof(fc.integer({ min: -5, max: 300 }), fc.double(), fc.constant(Number.NaN));
    fc.assert(
      fc.property(n, n, n, fc.option(n, { nil: undefined }), (yes, no, abstain, membership) => {
        const r = decideGeneralAssembly({
          body: 'general-assembly',
          majority: 'two-thirds',
          tally: { yes, no, abstain },
          ...(membership === undefined ? {} : { membership }),
        });
        if (r.ok) assert.ok(r.value.presentAndVoting === yes + no);
      }),
      { numRuns: 2000 },
    );
  });
});

it('hostile input values are refused with a typed error, even ones String() cannot print', () => {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  // Found by the random search above: an array holding an object whose toString is null.
  for (const hostile of [[{ toString: null }], Object.create(null), cycle, 10n, Symbol('x')]) {
    const sc = decideSecurityCouncil({ composition: C2015, matter: 'procedural', ballots: { USA: hostile as never } });
    assert.equal(sc.ok, false);
    if (!sc.ok) assert.equal(sc.error.code, 'invalid-ballot');
    const matter = decideSecurityCouncil({ composition: C2015, matter: hostile as never, ballots: {} });
    assert.equal(matter.ok, false);
    const ga = decideGeneralAssembly({ body: 'general-assembly', majority: 'simple', ballots: { USA: hostile as never } });
    assert.equal(ga.ok, false);
    if (!ga.ok) assert.equal(ga.error.code, 'invalid-ballot');
  }
});
