/**
 * Residue arithmetic for the coalition-counting DP. Coalition counts reach 2^n, far
 * beyond float precision, and BigInt additions in an O(n²·q) loop are too slow for a
 * 200-player game; so the DP runs in Float64 arrays modulo several primes below 2^52
 * (a sum of two residues stays below 2^53, so every step is exact) and the few numbers
 * we need are rebuilt exactly by the Chinese remainder theorem.
 */

const primeCache: number[] = [];

function powMod(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n;
  let b = base % m;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return result;
}

/** Deterministic Miller–Rabin: these bases decide primality for every n < 3.3·10^24. */
function isPrime(value: number): boolean {
  const n = BigInt(value);
  if (n < 2n) return false;
  const bases = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n];
  for (const b of bases) if (n % b === 0n) return n === b;
  let d = n - 1n;
  let r = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    r++;
  }
  outer: for (const a of bases) {
    let x = powMod(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < r; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}

/** The first `count` primes below 2^52, largest first (deterministic). */
export function residuePrimes(count: number): number[] {
  let candidate = primeCache.length ? primeCache[primeCache.length - 1]! - 2 : 2 ** 52 - 1;
  while (primeCache.length < count) {
    if (isPrime(candidate)) primeCache.push(candidate);
    candidate -= 2;
  }
  return primeCache.slice(0, count);
}

/** How many 52-bit primes make a modulus above 2^bits (each prime exceeds 2^51). */
export function primesForBits(bits: number): number {
  return Math.max(1, Math.ceil((bits + 1) / 51));
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

/** A reusable CRT reconstructor for one list of primes (Garner's mixed-radix form). */
export function crtReconstructor(primes: readonly number[]): (residues: ArrayLike<number>) => bigint {
  const ps = primes.map(BigInt);
  // inverses[t] = (p0·…·p_{t-1})^{-1} mod p_t
  const inverses: bigint[] = [];
  let prefix = 1n;
  for (const p of ps) {
    inverses.push(modInverse(prefix % p, p));
    prefix *= p;
  }
  return (residues) => {
    let x = 0n;
    let m = 1n;
    for (let t = 0; t < ps.length; t++) {
      const p = ps[t]!;
      const r = BigInt(residues[t]!);
      const delta = (((((r - (x % p)) % p) + p) % p) * inverses[t]!) % p;
      x += m * delta;
      m *= p;
    }
    return x;
  };
}
