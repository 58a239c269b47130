/**
 * P(D_n <= d) by Durbin's matrix method as Marsaglia, Tsang and Wang (2003) evaluate it: the k-th
 * diagonal entry of H^n scaled by n!/n^n, with H of size 2k - 1 (k = ceil(n d)). Ported from SciPy 1.17
 * `_kolmogn_DMTW`, including its rescaling by 2^128 to keep the powers in range.
 */
import { ldexp } from "./float-utils";

const E128 = 128;
const P128 = 2 ** 128;

export function durbinCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;

  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;

  let matrix: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) matrix[r * m + i] = w[r - (i - 1)]!;
  for (let r = 0; r < m; r++) matrix[r * m] = v[r]!;
  for (let c = 0; c < m; c++) matrix[(m - 1) * m + c] = v[m - 1 - c]!;

  let power: Float64Array = identity(m);
  let remaining = n;
  let exponent = 0;
  let matrixExponent = 0;
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      power = multiply(power, matrix, m);
      exponent += matrixExponent;
    }
    matrix = multiply(matrix, matrix, m);
    matrixExponent *= 2;
    if (Math.abs(matrix[(k - 1) * m + (k - 1)]!) > P128) {
      for (let i = 0; i < matrix.length; i++) matrix[i]! /= P128;
      matrixExponent += E128;
    }
    remaining = Math.floor(remaining / 2);
  }

  let p = power[(k - 1) * m + (k - 1)]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < 1 / P128) {
      p *= P128;
      exponent -= E128;
    }
  }
  return exponent === 0 ? p : ldexp(p, exponent);
}

function identity(m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) out[i * m + i] = 1;
  return out;
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j]! += aik * b[k * m + j]!;
    }
  }
  return out;
}
