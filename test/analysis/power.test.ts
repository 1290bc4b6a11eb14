import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addRational,
  council1945Game,
  councilAbstentionGame,
  councilGame,
  councilProceduralGame,
  formatRational,
  generalAssemblyGame,
  parseWeightedGame,
  powerIndices,
  rational,
  ternaryPower,
  type Rational,
  type TernaryGame,
  type WeightedGame,
} from '../../src/analysis/power/index.js';

const sum = (rs: Rational[]) => rs.reduce(addRational, rational(0n, 1n));

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(n - 1)) for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), n - 1, ...p.slice(i)]);
  return out;
}

/** Reference indices by brute force: every ordering for SS, every coalition for Banzhaf. */
function bruteForce(game: WeightedGame, withShapley = true): { ss: Rational[]; swings: bigint[] } {
  const n = game.players.length;
  const w = game.players.map((p) => p.weight);
  const pivots = new Array<bigint>(n).fill(0n);
  const perms = withShapley ? permutations(n) : [];
  for (const order of perms) {
    let acc = 0;
    for (const i of order) {
      acc += w[i]!;
      if (acc >= game.quota) {
        pivots[i]!++;
        break;
      }
    }
  }
  const swings = new Array<bigint>(n).fill(0n);
  for (let mask = 0; mask < 1 << n; mask++) {
    let weight = 0;
    for (let j = 0; j < n; j++) if (mask & (1 << j)) weight += w[j]!;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) continue;
      if (weight < game.quota && weight + w[i]! >= game.quota) swings[i]!++;
    }
  }
  return { ss: pivots.map((p) => rational(p, BigInt(Math.max(1, perms.length)))), swings };
}

test('Security Council (binary): Shapley–Shubik 421/2145 and 4/2145, Banzhaf 106/635 and 21/1270', () => {
  const power = powerIndices(councilGame());
  const usa = power.find((p) => p.id === 'USA')!;
  const elected = power.find((p) => p.id === 'elected-1')!;
  assert.equal(formatRational(usa.shapleyShubik), '421/2145');
  assert.equal(formatRational(elected.shapleyShubik), '4/2145');
  assert.equal(formatRational(usa.banzhafNormalized), '106/635');
  assert.equal(formatRational(elected.banzhafNormalized), '21/1270');
  assert.equal(formatRational(usa.banzhafAbsolute), '53/1024');
  assert.equal(formatRational(elected.banzhafAbsolute), '21/4096');
});

test('every body: SS sums to 1 and normalized Banzhaf sums to 1; symmetric bodies are equal', () => {
  for (const game of [councilGame(), council1945Game(), councilProceduralGame(), generalAssemblyGame()]) {
    const power = powerIndices(game);
    assert.equal(formatRational(sum(power.map((p) => p.shapleyShubik))), '1', game.name);
    assert.equal(formatRational(sum(power.map((p) => p.banzhafNormalized))), '1', game.name);
  }
  for (const p of powerIndices(councilProceduralGame())) assert.equal(formatRational(p.shapleyShubik), '1/15');
  const ga = powerIndices(generalAssemblyGame());
  assert.equal(ga.length, 193);
  assert.equal(formatRational(ga[42]!.shapleyShubik), '1/193');
});

test('the 1946–1965 Council (7 of 11): swing counts equal brute force over all 2^11 coalitions', () => {
  const game = council1945Game();
  const power = powerIndices(game);
  const { swings } = bruteForce(game, false);
  power.forEach((p, i) => assert.equal(p.swings, swings[i]));
  assert.equal(formatRational(sum(power.map((p) => p.shapleyShubik))), '1');
});

test('weighted games: DP equals brute force (fast-check, up to 7 players)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 7 }),
      fc.double({ min: 0.01, max: 1, noNaN: true }),
      (weights, fraction) => {
        const total = weights.reduce((s, w) => s + w, 0);
        fc.pre(total > 0);
        const quota = Math.max(1, Math.ceil(total * fraction));
        const game: WeightedGame = { name: 't', quota, players: weights.map((weight, i) => ({ id: `p${i}`, weight })) };
        const power = powerIndices(game);
        const ref = bruteForce(game);
        power.forEach((p, i) => {
          assert.equal(formatRational(p.shapleyShubik), formatRational(ref.ss[i]!));
          assert.equal(p.swings, ref.swings[i]);
        });
        assert.equal(formatRational(sum(power.map((p) => p.shapleyShubik))), '1');
      },
    ),
    { numRuns: 150 },
  );
});

test('scaling every weight and the quota by a common factor changes no index (fast-check)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 9 }),
      fc.integer({ min: 2, max: 7 }),
      (weights, factor) => {
        const total = weights.reduce((s, w) => s + w, 0);
        fc.pre(total > 0);
        const quota = Math.floor(total / 2) + 1;
        const base = powerIndices({ name: 'a', quota, players: weights.map((weight, i) => ({ id: `p${i}`, weight })) });
        // quota·factor − (factor − 1) still needs the same coalitions: ⌈(q·f − f + 1)/f⌉ = q
        const scaled = powerIndices({
          name: 'b',
          quota: quota * factor - factor + 1,
          players: weights.map((weight, i) => ({ id: `p${i}`, weight: weight * factor })),
        });
        base.forEach((p, i) => {
          assert.equal(formatRational(scaled[i]!.shapleyShubik), formatRational(p.shapleyShubik));
          assert.equal(scaled[i]!.swings, p.swings);
        });
      },
    ),
    { numRuns: 100 },
  );
});

test('a 200-player game is exact: indices sum to 1 and equal weights get equal power', () => {
  const players = Array.from({ length: 200 }, (_, i) => ({ id: `x${i}`, weight: 1 + ((i * 37) % 20) }));
  const total = players.reduce((s, p) => s + p.weight, 0);
  const power = powerIndices({ name: 'big', quota: Math.floor(total / 2) + 1, players });
  assert.equal(formatRational(sum(power.map((p) => p.shapleyShubik))), '1');
  assert.equal(formatRational(sum(power.map((p) => p.banzhafNormalized))), '1');
  const byWeight = new Map<number, string>();
  for (const p of power) {
    const seen = byWeight.get(p.weight);
    if (seen) assert.equal(formatRational(p.shapleyShubik), seen);
    byWeight.set(p.weight, formatRational(p.shapleyShubik));
  }
  // Heavier never has less power in a weighted game.
  const sorted = [...power].sort((a, b) => a.weight - b.weight);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!.shapleyShubik;
    const b = sorted[i]!.shapleyShubik;
    assert.ok(a.num * b.den <= b.num * a.den);
  }
});

/** Ternary reference: every ordering × every yes/abstain/no profile. */
function ternaryBrute(game: TernaryGame): Rational[] {
  const members = game.classes.flatMap((c, ci) => Array.from({ length: c.count }, () => ci));
  const n = members.length;
  const pivots = new Array<bigint>(n).fill(0n);
  const perms = permutations(n);
  const profiles = 3 ** n;
  const outcome = (votes: number[]) => {
    let yes = 0;
    for (let j = 0; j < n; j++) {
      const cls = game.classes[members[j]!]!;
      if (votes[j] === 2 && cls.veto) return false;
      if (votes[j] === 0) yes += cls.weight;
    }
    return yes >= game.quota;
  };
  for (let code = 0; code < profiles; code++) {
    const votes = Array.from({ length: n }, (_, j) => Math.floor(code / 3 ** j) % 3);
    for (const order of perms) {
      // pivot: first prefix after which every completion gives the same outcome
      for (let k = 1; k <= n; k++) {
        const fixed = new Set(order.slice(0, k));
        const rest = order.slice(k);
        const results = new Set<boolean>();
        for (let c = 0; c < 3 ** rest.length && results.size < 2; c++) {
          const v = votes.slice();
          rest.forEach((m, j) => (v[m] = Math.floor(c / 3 ** j) % 3));
          results.add(outcome(v));
        }
        if (results.size === 1) {
          pivots[order[k - 1]!]!++;
          break;
        }
        void fixed;
      }
    }
  }
  return pivots.map((p) => rational(p, BigInt(perms.length * profiles)));
}

test('ternary model: SS equals brute force over orderings × vote profiles on small games', () => {
  const games: TernaryGame[] = [
    {
      name: 'a',
      quota: 2,
      classes: [
        { id: 'P', count: 1, weight: 1, veto: true },
        { id: 'E', count: 2, weight: 1, veto: false },
      ],
    },
    {
      name: 'b',
      quota: 3,
      classes: [
        { id: 'P', count: 2, weight: 1, veto: true },
        { id: 'E', count: 2, weight: 1, veto: false },
      ],
    },
    { name: 'c', quota: 2, classes: [{ id: 'E', count: 4, weight: 1, veto: false }] },
  ];
  for (const game of games) {
    const exact = ternaryPower(game);
    const ref = ternaryBrute(game);
    let member = 0;
    for (const cls of exact) {
      assert.equal(formatRational(cls.shapleyShubik), formatRational(ref[member]!), `${game.name} ${cls.id}`);
      member += cls.count;
    }
  }
});

test("ternary model: Banzhaf equals brute force over the others' 3^(n−1) votes", () => {
  const game: TernaryGame = {
    name: 'd',
    quota: 3,
    classes: [
      { id: 'P', count: 2, weight: 1, veto: true },
      { id: 'E', count: 3, weight: 1, veto: false },
    ],
  };
  const members = game.classes.flatMap((c) => Array.from({ length: c.count }, () => c));
  const n = members.length;
  const passes = (votes: number[]) => {
    let yes = 0;
    for (let j = 0; j < n; j++) {
      if (votes[j] === 2 && members[j]!.veto) return false;
      if (votes[j] === 0) yes += members[j]!.weight;
    }
    return yes >= game.quota;
  };
  const exact = ternaryPower(game);
  let first = 0;
  for (const cls of exact) {
    let swings = 0;
    for (let code = 0; code < 3 ** (n - 1); code++) {
      const others = Array.from({ length: n - 1 }, (_, j) => Math.floor(code / 3 ** j) % 3);
      const withVote = (v: number) => [...others.slice(0, first), v, ...others.slice(first)];
      if (passes(withVote(0)) && !passes(withVote(2))) swings++;
    }
    assert.equal(formatRational(cls.banzhafAbsolute), formatRational(rational(BigInt(swings), BigInt(3 ** (n - 1)))), cls.id);
    first += cls.count;
  }
});

test('ternary Council: indices sum to 1, permanent members weaker than in the binary model', () => {
  const power = ternaryPower(councilAbstentionGame());
  const total = (pick: (c: (typeof power)[number]) => Rational) =>
    sum(power.flatMap((c) => Array.from({ length: c.count }, () => pick(c))));
  assert.equal(formatRational(total((c) => c.shapleyShubik)), '1');
  assert.equal(formatRational(total((c) => c.banzhafNormalized)), '1');
  const permanent = power.find((c) => c.id === 'permanent')!.shapleyShubik;
  assert.ok(permanent.num * 2145n < 421n * permanent.den, 'abstaining no longer blocks, so the veto is worth less');
});

test('game JSON: schema, duplicates, unreachable quota are typed errors', () => {
  assert.equal(
    parseWeightedGame({
      quota: 3,
      players: [
        { id: 'A', weight: 2 },
        { id: 'B', weight: 1 },
      ],
    }).ok,
    true,
  );
  for (const bad of [
    {},
    { quota: 0, players: [{ id: 'A', weight: 1 }] },
    { quota: 1, players: [] },
    { quota: 2, players: [{ id: 'A', weight: 1.5 }] },
    {
      quota: 2,
      players: [
        { id: 'A', weight: 1 },
        { id: 'A', weight: 1 },
      ],
    },
    { quota: 5, players: [{ id: 'A', weight: 1 }] },
    'nope',
  ]) {
    const r = parseWeightedGame(bad);
    assert.equal(r.ok, false, JSON.stringify(bad));
  }
});
