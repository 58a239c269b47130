import { describe, expect, it } from "vitest";
import { buildEvidence, drift, judge } from "@/tests/support/evidence-builder";

const psi = { kind: "drift_max", metric: "PSI", threshold: 0.2 };

describe("drift_max", () => {
  it("passes when every feature is under the limit, reporting the highest", () => {
    const evidence = buildEvidence({
      drift: [drift("income", "PSI", 0.12), drift("age", "PSI", 0.05), drift("income", "KS", 0.9)],
    });
    expect(judge(psi, evidence)).toMatchObject({
      status: "passed",
      measured: "0.12 on income",
      required: "at most 0.2",
      value: 0.12,
      message: "The highest PSI over 2 features is 0.12 on income, within the maximum of 0.2",
    });
  });

  it("fails naming every feature above the limit, highest first", () => {
    const evidence = buildEvidence({
      drift: [
        drift("age", "PSI", 0.25),
        drift("income", "PSI", 0.31),
        drift("region", "PSI", 0.1),
        drift("prediction", "PSI", 0.2004),
      ],
    });
    expect(judge(psi, evidence)).toMatchObject({
      status: "failed",
      measured: "0.31 on income",
      value: 0.31,
      message: "PSI is above 0.2 on income (0.31), age (0.25) and prediction (0.2004)",
    });
  });

  it("passes a feature exactly at the limit", () => {
    expect(judge(psi, buildEvidence({ drift: [drift("income", "PSI", 0.2)] }))).toMatchObject({
      status: "passed",
      message: "PSI of income is 0.2, within the maximum of 0.2",
    });
  });

  it("ignores windows whose metric could not be computed; none left is missing evidence", () => {
    const evidence = buildEvidence({ drift: [drift("income", "PSI", null), drift("age", "PSI", 0.3)] });
    expect(judge(psi, evidence)).toMatchObject({
      status: "failed",
      message: "PSI is above 0.2 on age (0.3)",
    });
    expect(
      judge(psi, buildEvidence({ drift: [drift("income", "PSI", null), drift("age", "KS", 0.1)] })),
    ).toMatchObject({ status: "missing_evidence", measured: null, message: "No drift window reports PSI" });
  });

  it("reads only the named feature when the rule names one", () => {
    const evidence = buildEvidence({ drift: [drift("income", "PSI", 0.5), drift("age", "PSI", 0.1)] });
    expect(judge({ ...psi, feature: "age" }, evidence)).toMatchObject({
      status: "passed",
      measured: "0.1 on age",
    });
    expect(judge({ ...psi, feature: "region" }, evidence)).toMatchObject({
      status: "missing_evidence",
      message: "No drift window of region reports PSI",
    });
  });
});
