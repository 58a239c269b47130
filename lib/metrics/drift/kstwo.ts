/**
 * The survival function of the two-sided one-sample Kolmogorov-Smirnov statistic D_n, as SciPy 1.17
 * computes it (`scipy.stats.kstwo.sf`, i.e. `scipy.stats._ksstats._kolmogn(n, x, cdf=False)`): the
 * algorithm choice of Simard and L'Ecuyer (2011) between Ruben-Gambino's closed forms, the one-sided
 * Smirnov sum, Durbin's matrix (Marsaglia-Tsang-Wang), Pomeranz's recursion and Pelz-Good's series.
 * `ks_2samp` uses it above 10,000 values a sample as `kstwo.sf(D, round(n1 n2 / (n1 + n2)))`.
 */
import { durbinCdf } from "./kstwo-durbin";
import { pelzGoodCdf } from "./kstwo-pelz-good";
import { pomeranzCdf } from "./kstwo-pomeranz";
import { clip } from "./float-utils";
import { smirnovSf } from "./smirnov";

export function kstwoSf(x: number, n: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    // Ruben-Gambino: 1/2n <= x <= 1/n
    if (t <= 0.5) return 1;
    return clip(1 - rubenGambinoCdf(n, t));
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));

  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clip(1 - clip(durbinCdf(n, x)));
    if (nxSquared <= 4) return clip(1 - clip(pomeranzCdf(n, x)));
    return clip(2 * smirnovSf(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clip(2 * smirnovSf(n, x));
  const cdf = n <= 100_000 && n * x ** 1.5 <= 1.4 ? durbinCdf(n, x) : pelzGoodCdf(n, x);
  return clip(1 - cdf);
}

function rubenGambinoCdf(n: number, t: number): number {
  if (n <= 140) {
    let prob = 1;
    for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    return prob;
  }
  return Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
}

// Stirling's series coefficients B_2j / (2j (2j - 1)) for j = 8, ..., 1, as SciPy lists them.
const STIRLING = [
  -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
  -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];

/** log(n! / n^n) by Stirling, with n log n taken out first to avoid cancellation. */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  const x = rn / n;
  const series = STIRLING.reduce((acc, c) => acc * x + c, 0);
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * series;
}
