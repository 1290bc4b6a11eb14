import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gaussHermite, memberProbs, initialParams, PARAMS, GROUPS, type CouncilModel } from '../../src/analysis/council/model.js';
import { predictCase, type PreparedCase } from '../../src/analysis/council/fit.js';
import { passProbability } from '../../src/analysis/forecast/poisson-binomial.js';
import type { MemberFeatures } from '../../src/analysis/council/features.js';

const row = (code: string, lean: number, subject = 0, group = 0, permanent = false): MemberFeatures => ({
  code,
  permanent,
  group,
  lean,
  subject,
  subjectVoted: subject !== 0,
  gaRecord: true,
});

test('Gauss–Hermite nodes integrate against the standard normal: E[1] = 1, E[u²] = 1, E[u⁴] = 3', () => {
  for (const n of [5, 9, 15]) {
    const { x, w } = gaussHermite(n);
    let m0 = 0,
      m2 = 0,
      m4 = 0;
    for (let i = 0; i < n; i++) {
      m0 += w[i]!;
      m2 += w[i]! * x[i]! ** 2;
      m4 += w[i]! * x[i]! ** 4;
    }
    assert.ok(Math.abs(m0 - 1) < 1e-10 && Math.abs(m2 - 1) < 1e-10 && Math.abs(m4 - 3) < 1e-9, `n=${n}: ${m0} ${m2} ${m4}`);
  }
});

test('the sides are symmetric: flipping lean and subject (θ = 0) swaps with and against, abstention unchanged', () => {
  const p = initialParams();
  p[0] = 0; // θ
  p[3] = 0.4; // an abstain intercept
  p[3 + GROUPS + 1] = 0.7; // κ
  for (const [lean, subject] of [
    [0.3, 1],
    [-0.6, -1],
    [0.1, 0],
  ] as const) {
    const a = memberProbs(p, row('AAA', lean, subject), 0.2, 1.3);
    const b = memberProbs(p, row('AAA', -lean, -subject), -0.2, 1.3);
    assert.ok(Math.abs(a[0]! - b[2]!) < 1e-12 && Math.abs(a[2]! - b[0]!) < 1e-12 && Math.abs(a[1]! - b[1]!) < 1e-12);
  }
  assert.equal(PARAMS, 3 + GROUPS + 3);
});

function closeCase(n: number): PreparedCase {
  // Four declared yes, one declared no, ten undeclared members who lean nowhere: a close call.
  const members = [
    ...['R1', 'R2', 'R3', 'R4'].map((code) => ({ code, permanent: false, role: 'requester' as const })),
    { code: 'O1', permanent: true, role: 'opposer' as const },
    ...Array.from({ length: n }, (_, i) => ({ code: `U${i}`, permanent: false, role: 'undeclared' as const })),
  ];
  const rows = members.filter((m) => m.role === 'undeclared').map((m) => row(m.code, 0));
  return {
    vote: { id: 'synthetic' } as never,
    members,
    features: { members: rows, dataThrough: null, seriesRollCalls: 0 },
    rows,
    required: 9,
  };
}

test('with no case swing the pass probability is the exact Poisson-binomial of the member marginals', () => {
  const p = initialParams();
  p[0] = 0.3;
  p[3 + GROUPS + 2] = -30; // log σ: no shared swing
  const model: CouncilModel = { params: p, temperature: 1 };
  const c = closeCase(10);
  const pred = predictCase(model, c, 9);
  const exact = passProbability(
    pred.members.map((m) => ({ ...m.p, permanent: false })),
    9,
    false,
  );
  assert.ok(Math.abs(pred.passProbability - exact) < 1e-9, `${pred.passProbability} vs ${exact}`);
});

test('a shared swing pulls a lopsided independent forecast towards ½ on a close call', () => {
  const p = initialParams();
  p[0] = 0.9; // each member leans with the movers: independent members make 5 of 10 nearly certain
  p[3] = -1;
  p[3 + GROUPS + 2] = -30;
  const independent = predictCase({ params: p, temperature: 1 }, closeCase(10), 15).passProbability;
  const q = Float64Array.from(p);
  q[3 + GROUPS + 2] = Math.log(2.5); // σ = 2.5
  const correlated = predictCase({ params: q, temperature: 1 }, closeCase(10), 15).passProbability;
  assert.ok(independent > 0.9, `independent ${independent}`);
  assert.ok(correlated < independent && Math.abs(correlated - 0.5) < Math.abs(independent - 0.5), `correlated ${correlated}`);
});
