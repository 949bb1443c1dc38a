/**
 * A seeded pseudo-random generator for property tests: the same seed gives
 * the same inputs on every run, so a failure names a case that can be run
 * again. `rnd(n)` is a whole number in 0..n-1 (n at most 2^31).
 */
export function seeded(seed: number): (n: number) => number {
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}
