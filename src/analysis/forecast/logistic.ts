/**
 * Multinomial logistic regression (softmax over K classes) fitted by Newton's method
 * with an L2 penalty. Small and deterministic: a dozen features, three classes, tens of
 * thousands of rows; converges in a handful of steps.
 */
export interface SoftmaxModel {
  classes: number;
  features: number;
  /** weights[k * features + j] */
  weights: Float64Array;
}

export interface TrainingSet {
  /** Row-major: x[i * features + j]. */
  x: Float64Array;
  /** Class of each row, 0..K-1. */
  y: Uint8Array;
  rows: number;
  features: number;
}

export function predict(model: SoftmaxModel, x: ArrayLike<number>, offset = 0): Float64Array {
  const { classes: K, features: d, weights: w } = model;
  const z = new Float64Array(K);
  let max = -Infinity;
  for (let k = 0; k < K; k++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += w[k * d + j]! * x[offset + j]!;
    z[k] = s;
    if (s > max) max = s;
  }
  let total = 0;
  for (let k = 0; k < K; k++) {
    z[k] = Math.exp(z[k]! - max);
    total += z[k]!;
  }
  for (let k = 0; k < K; k++) z[k]! /= total;
  return z;
}

function loss(model: SoftmaxModel, data: TrainingSet, lambda: number): number {
  let l = 0;
  for (let i = 0; i < data.rows; i++) l -= Math.log(Math.max(1e-300, predict(model, data.x, i * data.features)[data.y[i]!]!));
  for (let k = 0; k < model.classes; k++)
    for (let j = 1; j < model.features; j++) l += 0.5 * lambda * model.weights[k * model.features + j]! ** 2;
  return l;
}

/** Solve A x = b (dense, symmetric positive definite after the ridge) by Gaussian elimination with pivoting. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r * n + col]!) > Math.abs(m[pivot * n + col]!)) pivot = r;
    if (pivot !== col) {
      for (let c = 0; c < n; c++) [m[col * n + c], m[pivot * n + c]] = [m[pivot * n + c]!, m[col * n + c]!];
      [x[col], x[pivot]] = [x[pivot]!, x[col]!];
    }
    const p = m[col * n + col]!;
    if (Math.abs(p) < 1e-300) continue;
    for (let r = col + 1; r < n; r++) {
      const f = m[r * n + col]! / p;
      if (f === 0) continue;
      for (let c = col; c < n; c++) m[r * n + c]! -= f * m[col * n + c]!;
      x[r]! -= f * x[col]!;
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let s = x[r]!;
    for (let c = r + 1; c < n; c++) s -= m[r * n + c]! * x[c]!;
    const p = m[r * n + r]!;
    x[r] = Math.abs(p) < 1e-300 ? 0 : s / p;
  }
  return x;
}

/**
 * Fit by Newton–Raphson with step halving. `lambda` penalizes every weight but the
 * bias (feature 0); a tiny ridge on the bias keeps the softmax identifiable.
 */
export function fitSoftmax(data: TrainingSet, classes: number, lambda = 1, maxIterations = 30): SoftmaxModel {
  const d = data.features;
  const K = classes;
  const P = K * d;
  const model: SoftmaxModel = { classes: K, features: d, weights: new Float64Array(P) };
  let current = loss(model, data, lambda);
  for (let iter = 0; iter < maxIterations; iter++) {
    const grad = new Float64Array(P);
    const hess = new Float64Array(P * P);
    for (let i = 0; i < data.rows; i++) {
      const off = i * d;
      const p = predict(model, data.x, off);
      const yi = data.y[i]!;
      for (let k = 0; k < K; k++) {
        const r = p[k]! - (k === yi ? 1 : 0);
        for (let j = 0; j < d; j++) grad[k * d + j]! += r * data.x[off + j]!;
        for (let l = k; l < K; l++) {
          const w = p[k]! * ((k === l ? 1 : 0) - p[l]!);
          if (w === 0) continue;
          for (let a = 0; a < d; a++) {
            const xa = w * data.x[off + a]!;
            if (xa === 0) continue;
            const row = (k * d + a) * P + l * d;
            for (let b = 0; b < d; b++) hess[row + b]! += xa * data.x[off + b]!;
          }
        }
      }
    }
    // mirror the upper class blocks, add the ridge
    for (let k = 0; k < K; k++)
      for (let l = k + 1; l < K; l++)
        for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) hess[(l * d + b) * P + k * d + a] = hess[(k * d + a) * P + l * d + b]!;
    for (let k = 0; k < K; k++)
      for (let j = 0; j < d; j++) {
        const idx = k * d + j;
        const ridge = j === 0 ? 1e-6 : lambda;
        grad[idx]! += ridge * model.weights[idx]!;
        hess[idx * P + idx]! += ridge;
      }
    const step = solve(hess, grad, P);
    let t = 1;
    let improved = false;
    const before = Float64Array.from(model.weights);
    for (let half = 0; half < 20; half++) {
      for (let q = 0; q < P; q++) model.weights[q] = before[q]! - t * step[q]!;
      const next = loss(model, data, lambda);
      if (next <= current) {
        improved = current - next > 1e-10 * Math.max(1, Math.abs(current));
        current = next;
        break;
      }
      t /= 2;
      if (half === 19) model.weights.set(before);
    }
    if (!improved) break;
  }
  return model;
}
