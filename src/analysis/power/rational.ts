/**
 * Exact non-negative rationals over BigInt, always reduced: voting-power indices are
 * published as fractions (421/2145), so we compute and compare them as fractions.
 */
export interface Rational {
  num: bigint;
  den: bigint;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** num/den reduced; den must be positive. */
export function rational(num: bigint, den: bigint): Rational {
  if (den <= 0n) throw new RangeError('rational: denominator must be positive');
  if (num === 0n) return { num: 0n, den: 1n };
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

export function addRational(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function equalRational(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}

/** "421/2145" (or "0", "1"). */
export function formatRational(r: Rational): string {
  return r.den === 1n ? r.num.toString() : `${r.num}/${r.den}`;
}

/**
 * A float for display that stays accurate when num and den exceed 2^1024 (200! does):
 * both are shifted down to 64 significant bits before dividing.
 */
export function rationalToNumber(r: Rational): number {
  const shift = BigInt(Math.max(0, Math.max(bitLength(r.num), bitLength(r.den)) - 64));
  return Number(r.num >> shift) / Number(r.den >> shift);
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

export function factorial(n: number): bigint {
  let f = 1n;
  for (let i = 2n; i <= BigInt(n); i++) f *= i;
  return f;
}
