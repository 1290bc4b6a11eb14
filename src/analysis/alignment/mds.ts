/**
 * Classical (Torgerson) multidimensional scaling: points whose distances best match a
 * dissimilarity matrix. With d = 1 − agreement this is the usual two-dimensional "ideal
 * point" map of UN voting (cf. Voeten 2000), a descriptive summary, not a structural
 * ideal-point model.
 */
export interface MdsResult {
  /** coordinates[i] = [dim1, dim2] */
  coordinates: [number, number][];
  /** Share of the total variance (trace of B) carried by each of the two dimensions. */
  explained: [number, number];
}

/** Top-k eigenpairs of a symmetric matrix by power iteration with deflation (deterministic start). */
function topEigen(matrix: Float64Array, n: number, k: number): { value: number; vector: Float64Array }[] {
  const a = Float64Array.from(matrix);
  const out: { value: number; vector: Float64Array }[] = [];
  for (let e = 0; e < k; e++) {
    let v = new Float64Array(n).map((_, i) => 1 + ((i * 7919) % 13) / 13);
    let value = 0;
    for (let iter = 0; iter < 1000; iter++) {
      const w = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += a[i * n + j]! * v[j]!;
        w[i] = s;
      }
      const norm = Math.hypot(...w);
      if (norm === 0) break;
      for (let i = 0; i < n; i++) w[i]! /= norm;
      let change = 0;
      for (let i = 0; i < n; i++) change += Math.abs(Math.abs(w[i]!) - Math.abs(v[i]!));
      v = w;
      value = norm;
      if (change < 1e-12) break;
    }
    // Rayleigh quotient keeps the sign of the eigenvalue.
    let rq = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += a[i * n + j]! * v[j]!;
      rq += v[i]! * s;
    }
    value = rq;
    out.push({ value, vector: v });
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j]! -= value * v[i]! * v[j]!;
  }
  return out;
}

export function classicalMds(distance: Float64Array, n: number): MdsResult {
  if (n === 0) return { coordinates: [], explained: [0, 0] };
  // B = −½ J D² J
  const sq = distance.map((d) => d * d);
  const rowMean = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += sq[i * n + j]!;
    rowMean[i] = s / n;
    total += s;
  }
  const grand = total / (n * n);
  const b = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) b[i * n + j] = -0.5 * (sq[i * n + j]! - rowMean[i]! - rowMean[j]! + grand);
  let trace = 0;
  for (let i = 0; i < n; i++) trace += b[i * n + i]!; // = the sum of all eigenvalues
  const eig = topEigen(b, n, Math.min(2, n));
  const coords: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const c = eig.map((e) => (e.value > 0 ? e.vector[i]! * Math.sqrt(e.value) : 0));
    coords.push([c[0] ?? 0, c[1] ?? 0]);
  }
  const share = (e?: { value: number }) => (e && trace > 0 ? Math.max(0, e.value) / trace : 0);
  return { coordinates: coords, explained: [share(eig[0]), share(eig[1])] };
}
