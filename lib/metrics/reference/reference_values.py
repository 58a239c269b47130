"""Expected values for the unit tests of lib/metrics, computed independently of our TypeScript.

    python3 lib/metrics/reference/reference_values.py > lib/metrics/reference/reference-values.json
    npx prettier --write lib/metrics/reference/reference-values.json

Needs numpy and SciPy (written against SciPy 1.17). Drift figures come from SciPy itself
(`scipy.stats.ks_2samp`, `scipy.stats.wasserstein_distance`, `scipy.spatial.distance.jensenshannon`,
`scipy.stats.kstwo.sf`) and from numpy (`numpy.quantile` for the decile edges); PSI is written out
below from its definition. Fairness figures are worked out from Fairlearn's definitions by hand (no
Fairlearn needed): per-group selection rate, TPR and FPR with scikit-learn's zero_division=0, and
max - min, min / max over the groups.

The samples are not stored: both sides draw them from mulberry32 (lib/random/seeded.ts) with the
seeds below. Draws use only integer operations and additions of exact binary fractions, so Python and
JavaScript produce bit-identical samples.
"""

import json
import math
import sys

import numpy as np
import scipy
from scipy import stats
from scipy.spatial.distance import jensenshannon

PSI_EPSILON = 1e-4


def mulberry32(seed):
    state = seed & 0xFFFFFFFF

    def imul(a, b):
        return (a * b) & 0xFFFFFFFF

    def next_value():
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = state
        t = imul(t ^ (t >> 15), t | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return next_value


def draw(spec):
    """The same recipe as drawSample in lib/metrics/reference/draw-sample.ts."""
    nxt = mulberry32(spec["seed"])
    out = []
    for _ in range(spec["n"]):
        if spec["shape"] == "normal":  # Irwin-Hall: the sum of 12 uniforms, minus 6, is close to N(0, 1)
            total = 0.0
            for _ in range(12):
                total += nxt()
            out.append(spec["mean"] + spec["sd"] * (total - 6))
        elif spec["shape"] == "integers":  # many ties
            out.append(spec["mean"] + math.floor(nxt() * spec["levels"]))
        elif spec["shape"] == "categories":
            u, acc, pick = nxt(), 0.0, spec["categories"][-1]
            for category, weight in zip(spec["categories"], spec["weights"]):
                acc += weight
                if u < acc:
                    pick = category
                    break
            out.append(pick)
    return out


def numeric_expected(reference, current):
    ref, cur = np.asarray(reference, dtype=float), np.asarray(current, dtype=float)
    edges = np.unique(np.quantile(ref, [k / 10 for k in range(1, 10)]))
    bins = len(edges) + 1
    # side="left": a value equal to an edge counts in the bin below it, bins (e[i-1], e[i]]
    r = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=bins) / len(ref)
    c = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=bins) / len(cur)
    ks = stats.ks_2samp(ref, cur)
    return {
        "kind": "numeric",
        "bins": bins,
        "psi": psi(r, c),
        "js": float(jensenshannon(r, c)),
        "ks": float(ks.statistic),
        "ksPValue": float(ks.pvalue),
        "ksMethod": "exact" if max(len(ref), len(cur)) <= 10000 else "asymptotic",
        "wasserstein": float(stats.wasserstein_distance(ref, cur)),
    }


def categorical_expected(reference, current):
    categories = sorted(set(reference) | set(current))
    r = np.array([reference.count(k) for k in categories]) / len(reference)
    c = np.array([current.count(k) for k in categories]) / len(current)
    return {"kind": "categorical", "bins": len(categories), "psi": psi(r, c), "js": float(jensenshannon(r, c))}


def psi(r, c):
    r = np.where(r == 0, PSI_EPSILON, r)
    c = np.where(c == 0, PSI_EPSILON, c)
    return float(np.sum((c - r) * np.log(c / r)))


def normal(seed, n, mean=0.0, sd=1.0):
    return {"seed": seed, "n": n, "shape": "normal", "mean": mean, "sd": sd}


DRIFT_CASES = [
    # held out: drawn once for this file, never used while writing the code
    ("held-out pair, 500 vs 499 (exact p-value)", normal(90210, 500), normal(31337, 499, 0.12, 1.05)),
    ("held-out pair, 12000 vs 11000 (asymptotic p-value)", normal(4242, 12000, 10, 2), normal(777, 11000, 10.05, 2)),
    ("equal sizes, 300 vs 300 (exact, square lattice)", normal(11, 300), normal(12, 300, 0.3)),
    ("10000 vs 10000: the largest exact case", normal(21, 10000), normal(22, 10000, 0.02)),
    ("10001 vs 40: asymptotic with a small effective n (Durbin / Pomeranz range)", normal(31, 10001), normal(32, 40, 0.2)),
    ("20000 vs 130: asymptotic, Smirnov sum", normal(33, 20000), normal(34, 130, 0.6)),
    ("many ties: integers 0..5", {"seed": 41, "n": 800, "shape": "integers", "mean": 0, "levels": 6},
     {"seed": 42, "n": 650, "shape": "integers", "mean": 0, "levels": 7}),
    ("ties, asymptotic", {"seed": 43, "n": 15000, "shape": "integers", "mean": 0, "levels": 9},
     {"seed": 44, "n": 14000, "shape": "integers", "mean": 0, "levels": 9}),
    ("degenerate bins: a reference of 3 levels collapses the deciles",
     {"seed": 45, "n": 400, "shape": "integers", "mean": 0, "levels": 3}, normal(46, 350, 1, 1)),
    ("all-equal reference: one edge, two bins", {"seed": 47, "n": 200, "shape": "integers", "mean": 5, "levels": 1},
     normal(48, 150, 5, 1)),
    ("a single value each", {"seed": 49, "n": 1, "shape": "normal", "mean": 0, "sd": 1}, normal(50, 1, 3, 1)),
    ("a single reference value against many", normal(51, 1), normal(52, 64, 0, 1)),
    ("identical samples", normal(53, 256), normal(53, 256)),
    ("far apart: the p-value underflows towards 0", normal(55, 60), normal(56, 70, 8, 1)),
]

CATEGORICAL_CASES = [
    ("unseen categories on both sides",
     {"seed": 61, "n": 1000, "shape": "categories", "categories": ["en", "de", "fr", "nl"], "weights": [0.5, 0.3, 0.15, 0.05]},
     {"seed": 62, "n": 700, "shape": "categories", "categories": ["en", "de", "fr", "es", "it"], "weights": [0.4, 0.3, 0.1, 0.15, 0.05]}),
    ("identical categorical samples",
     {"seed": 63, "n": 300, "shape": "categories", "categories": ["a", "b", "c"], "weights": [0.2, 0.5, 0.3]},
     {"seed": 63, "n": 300, "shape": "categories", "categories": ["a", "b", "c"], "weights": [0.2, 0.5, 0.3]}),
]

# (n, x) pairs that walk every branch of SciPy's kstwo.sf (see lib/metrics/drift/kstwo.ts)
KSTWO_POINTS = [
    (5, 0.15),  # n x <= 1: Ruben-Gambino
    (10, 0.92),  # n x >= n - 1: Ruben-Gambino
    (120, 0.6),  # x >= 0.5: 2 x Smirnov
    (60, 0.08),  # n <= 140, n x^2 <= 0.754693: Durbin
    (100, 0.15),  # n <= 140, n x^2 <= 4: Pomeranz
    (130, 0.05),
    (130, 0.2),  # n <= 140, n x^2 > 4: 2 x Smirnov
    (300, 0.003),  # n > 140, n x <= 1: Stirling
    (3000, 0.004),  # n x^1.5 <= 1.4: Durbin
    (3000, 0.02),  # n x^2 < 2.2: Pelz-Good
    (3000, 0.025),
    (50000, 0.005),
    (50000, 0.008),  # 2.2 <= n x^2 < 370: 2 x Smirnov
    (60000, 0.1),  # n x^2 >= 370: 0
    (200000, 0.002),  # n > 100000: Pelz-Good
    (500000, 0.0025),  # 2 x Smirnov with n = 500000
]


def fairness_cases():
    """Per-group confusion counts and a random case; the tests build the rows from the same recipe."""
    counts = [
        ("two groups, both classes", {"a": (3, 1, 1, 5), "b": (1, 2, 0, 2)}),
        ("three groups", {"g1": (1, 0, 2, 1), "g2": (2, 0, 0, 2), "g3": (1, 1, 1, 4)}),
        ("Fairlearn's no-positives case: x has no y_true = 1, its TPR counts as 0",
         {"x": (0, 0, 1, 1), "y": (2, 1, 0, 1)}),
        ("no negatives in one group, no positives in the other", {"p": (1, 1, 0, 0), "n": (0, 0, 1, 1)}),
        ("all predictions negative: the ratio is 0 / 0", {"a": (0, 1, 0, 1), "b": (0, 1, 0, 2)}),
        ("one group", {"only": (1, 1, 0, 1)}),
    ]
    out = [{"name": name, "counts": groups, "expected": fairness_expected(expand(groups))} for name, groups in counts]
    nxt = mulberry32(71)
    groups = ["18-29", "30-44", "45-59", "60+"]
    rows = []
    for _ in range(5000):  # the recipe of randomFairnessRows in fairness.test.ts
        group = groups[math.floor(nxt() * 4)]
        y_true = 1 if nxt() < 0.4 else 0
        hit = 0.85 - 0.1 * groups.index(group) if y_true == 1 else 0.05 + 0.02 * groups.index(group)
        y_pred = 1 if nxt() < hit else 0
        rows.append((group, y_true, y_pred))
    out.append({"name": "random, 5000 rows, 4 groups (seed 71)", "seed": 71, "expected": fairness_expected(rows)})
    return out


def expand(groups):
    rows = []
    for group, (tp, fn, fp, tn) in groups.items():
        rows += [(group, 1, 1)] * tp + [(group, 1, 0)] * fn + [(group, 0, 1)] * fp + [(group, 0, 0)] * tn
    return rows


def fairness_expected(rows):
    per_group = {}
    for group, y_true, y_pred in rows:
        g = per_group.setdefault(group, {"n": 0, "pos": 0, "neg": 0, "sel": 0, "tp": 0, "fp": 0})
        g["n"] += 1
        g["pos"] += y_true
        g["neg"] += 1 - y_true
        g["sel"] += y_pred
        g["tp"] += y_true * y_pred
        g["fp"] += (1 - y_true) * y_pred
    groups = []
    for name in sorted(per_group):
        g = per_group[name]
        groups.append({
            "group": name,
            "selectionRate": g["sel"] / g["n"],
            "truePositiveRate": g["tp"] / g["pos"] if g["pos"] else 0.0,  # zero_division=0
            "falsePositiveRate": g["fp"] / g["neg"] if g["neg"] else 0.0,
        })
    sel = [g["selectionRate"] for g in groups]
    tpr = [g["truePositiveRate"] for g in groups]
    fpr = [g["falsePositiveRate"] for g in groups]
    return {
        "groups": groups,
        "demographicParityDifference": max(sel) - min(sel),
        "disparateImpactRatio": None if max(sel) == 0 else min(sel) / max(sel),
        "equalizedOddsDifference": max(max(tpr) - min(tpr), max(fpr) - min(fpr)),
        "warnings": sum(1 for g in per_group.values() if g["pos"] == 0) + sum(1 for g in per_group.values() if g["neg"] == 0),
    }


def main():
    drift = []
    for name, ref_spec, cur_spec in DRIFT_CASES:
        drift.append({"name": name, "reference": ref_spec, "current": cur_spec,
                      "expected": numeric_expected(draw(ref_spec), draw(cur_spec))})
    for name, ref_spec, cur_spec in CATEGORICAL_CASES:
        drift.append({"name": name, "reference": ref_spec, "current": cur_spec,
                      "expected": categorical_expected(draw(ref_spec), draw(cur_spec))})
    kstwo = [{"n": n, "x": x, "sf": float(stats.kstwo.sf(x, n))} for n, x in KSTWO_POINTS]
    json.dump({"generatedWith": {"numpy": np.__version__, "scipy": scipy.__version__},
               "drift": drift, "kstwo": kstwo, "fairness": fairness_cases()}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
