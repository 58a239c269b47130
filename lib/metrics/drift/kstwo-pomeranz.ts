/**
 * P(D_n <= x) by Pomeranz's (1974) recursion: rows of Poisson-like convolutions, two rows kept, with
 * rescaling by 2^128 against underflow. Ported from SciPy 1.17 `_kolmogn_Pomeranz` (used for n <= 140).
 */
import { ldexp } from "./float-utils";

const E128 = 128;
const P128 = 2 ** 128;

export function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  // (g/n)^m/m!, (2g/n)^m/m!, ((1-2g)/n)^m/m!: Poisson probabilities without their normalising factor
  const gpower = powers(g / n, npwrs);
  const twogpower = powers((2 * g) / n, npwrs);
  const onem2gpower = powers((1 - 2 * g) / n, npwrs);

  let v0 = new Float64Array(npwrs);
  let v1 = new Float64Array(npwrs);
  v1[0] = 1;
  let v0s = 0;
  let v1s = 0;
  let exponent = 0;
  let [j1, j2] = bounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [v0, v1] = [v1, v0];
    [v0s, v1s] = [v1s, v0s];
    v1.fill(0);
    [j1, j2] = bounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 === 1 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const start = k1 - v0s;
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      // entries convStart .. convStart + convLen - 1 of the full convolution of V0[start..] and pwrs
      for (let c = 0; c < convLen; c++) {
        const index = convStart + c;
        let sum = 0;
        for (let a = Math.max(0, index - Math.min(ln2, npwrs) + 1); a <= Math.min(index, ln2 - 1); a++) {
          const va = start + a < npwrs ? v0[start + a]! : 0;
          sum += va * pwrs[index - a]!;
        }
        v1[c] = sum;
      }
      let max = 0;
      for (let c = 0; c < npwrs; c++) max = Math.max(max, v1[c]!);
      if (max > 0 && max < 1 / P128) {
        for (let c = 0; c < npwrs; c++) v1[c]! *= P128;
        exponent -= E128;
      }
      v1s = v0s + j1 - k1;
    }
  }

  let ans = v1[n - v1s]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > P128) {
      ans /= P128;
      exponent += E128;
    }
    ans *= m;
  }
  return exponent === 0 ? ans : ldexp(ans, exponent);
}

function powers(base: number, count: number): Float64Array {
  const out = new Float64Array(count);
  out[0] = 1;
  for (let m = 1; m < count; m++) out[m] = (out[m - 1]! * base) / m;
  return out;
}

/** The first and last non-zero entries of row i. */
function bounds(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
