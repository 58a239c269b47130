/** Small floating-point helpers shared by the ports of SciPy's routines. */

export function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}

/** x * 2^exponent without overflowing the power on the way. */
export function ldexp(x: number, exponent: number): number {
  let e = exponent;
  let y = x;
  while (e > 1000) {
    y *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    y *= 2 ** -1000;
    e += 1000;
  }
  return y * 2 ** e;
}
