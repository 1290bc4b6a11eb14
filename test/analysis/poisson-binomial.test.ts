import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expectedYes, passProbability, swingGains, yesDistribution, type VoteOdds } from '../../src/analysis/forecast/poisson-binomial.js';

/** Reference: enumerate all 3^n ballots and add up the probability of the passing ones. */
function bruteForce(members: VoteOdds[], required: number, veto: boolean): number {
  let total = 0;
  const n = members.length;
  for (let code = 0; code < 3 ** n; code++) {
    let p = 1;
    let yes = 0;
    let vetoed = false;
    for (let i = 0; i < n; i++) {
      const v = Math.floor(code / 3 ** i) % 3; // 0 yes, 1 abstain, 2 no
      const m = members[i]!;
      p *= v === 0 ? m.yes : v === 1 ? m.abstain : m.no;
      if (v === 0) yes++;
      if (v === 2 && m.permanent) vetoed = true;
    }
    if (yes >= required && !(veto && vetoed)) total += p;
  }
  return total;
}

const odds = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean())
  .map(([a, b, permanent]) => {
    const yes = a;
    const abstain = (1 - a) * b;
    return { yes, abstain, no: 1 - yes - abstain, permanent };
  });

test('pass probability equals brute-force enumeration, with and without the veto (fast-check)', () => {
  fc.assert(
    fc.property(fc.array(odds, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 9 }), fc.boolean(), (members, required, veto) => {
      const exact = passProbability(members, required, veto);
      assert.ok(Math.abs(exact - bruteForce(members, required, veto)) < 1e-9);
    }),
    { numRuns: 300 },
  );
});

test('the yes-count distribution sums to 1 without the veto and to P(no permanent no) with it', () => {
  fc.assert(
    fc.property(fc.array(odds, { minLength: 1, maxLength: 15 }), (members) => {
      const free = yesDistribution(members, false).reduce((s, p) => s + p, 0);
      assert.ok(Math.abs(free - 1) < 1e-9);
      const noVeto = members.filter((m) => m.permanent).reduce((s, m) => s * (1 - m.no), 1);
      const vetoMass = yesDistribution(members, true).reduce((s, p) => s + p, 0);
      assert.ok(Math.abs(vetoMass - noVeto) < 1e-9);
    }),
  );
});

test('certain ballots give certain outcomes: 9–4–2 passes a procedural vote, a P5 no vetoes a substantive one', () => {
  const sure = (v: 'yes' | 'no' | 'abstain', permanent = false): VoteOdds => ({
    yes: v === 'yes' ? 1 : 0,
    no: v === 'no' ? 1 : 0,
    abstain: v === 'abstain' ? 1 : 0,
    permanent,
  });
  const council = [
    sure('yes', true),
    sure('yes', true),
    sure('no', true),
    sure('yes', true),
    sure('no', true),
    ...Array(7).fill(sure('yes')),
    sure('no'),
    sure('no'),
    sure('abstain'),
  ];
  assert.equal(passProbability(council, 9, false), 1); // 12 yes
  assert.equal(passProbability(council, 9, true), 0); // two permanent noes
  assert.equal(expectedYes(council), 10);
  const eight = [...Array(8).fill(sure('yes')), ...Array(7).fill(sure('no'))];
  assert.equal(passProbability(eight, 9, false), 0);
});

test('persuading a member never lowers the pass probability; the gain matches a recomputation', () => {
  fc.assert(
    fc.property(fc.array(odds, { minLength: 2, maxLength: 15 }), fc.boolean(), (members, veto) => {
      const base = passProbability(members, 9, veto);
      for (const g of swingGains(members, 9, veto)) {
        assert.ok(g.gain >= -1e-12);
        assert.ok(Math.abs(g.passIfYes - base - g.gain) < 1e-12);
      }
    }),
    { numRuns: 100 },
  );
});
