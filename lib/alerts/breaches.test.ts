import { describe, expect, it } from "vitest";
import { findBreaches, type BreachPolicy } from "@/lib/alerts/breaches";
import { buildEvidence, drift, fairness } from "@/tests/support/evidence-builder";

const watch: BreachPolicy = {
  key: "drift-watch",
  name: "Drift watch",
  mode: "SHADOW",
  rules: [{ id: "psi", kind: "drift_max", metric: "PSI", threshold: 0.2 }],
};
const release: BreachPolicy = {
  key: "release",
  name: "Release",
  mode: "ENFORCE",
  rules: [
    { id: "parity", kind: "fairness_max", metric: "demographic_parity_difference", threshold: 0.1 },
    { id: "card", kind: "dataset_legal_basis" },
  ],
};

describe("findBreaches", () => {
  it("finds one breach per feature over the threshold, judged by the policy engine", () => {
    const evidence = buildEvidence({
      drift: [drift("income", "PSI", 0.31), drift("age", "PSI", 0.25), drift("region", "PSI", 0.1)],
    });
    const breaches = findBreaches([watch], evidence);
    expect(breaches.map((b) => [b.rule, b.feature, b.kind, b.severity])).toEqual([
      ["drift-watch/psi", "income", "DRIFT", "WARNING"],
      ["drift-watch/psi", "age", "DRIFT", "WARNING"],
    ]);
    expect(breaches[0]!.result.message).toBe("PSI is above 0.2 on income (0.31)");
  });

  it("raises fairness breaches of an enforced policy as critical, per attribute; other rules never", () => {
    const evidence = buildEvidence({
      fairness: [fairness("gender", { dpd: 0.18 }), fairness("age", { dpd: 0.05 })],
    });
    expect(findBreaches([release], evidence).map((b) => [b.rule, b.feature, b.kind, b.severity])).toEqual([
      ["release/parity", "gender", "FAIRNESS", "CRITICAL"],
    ]);
  });

  it("raises nothing on missing evidence or values within the threshold", () => {
    expect(findBreaches([watch, release], buildEvidence())).toEqual([]);
    expect(findBreaches([watch], buildEvidence({ drift: [drift("income", "PSI", 0.2)] }))).toEqual([]);
  });

  it("keeps to the feature a rule names", () => {
    const named: BreachPolicy = {
      ...watch,
      rules: [{ ...watch.rules[0]!, feature: "age" } as BreachPolicy["rules"][number]],
    };
    const evidence = buildEvidence({ drift: [drift("income", "PSI", 0.9), drift("age", "PSI", 0.3)] });
    expect(findBreaches([named], evidence).map((b) => b.feature)).toEqual(["age"]);
  });
});
