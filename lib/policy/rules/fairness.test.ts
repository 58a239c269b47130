import { describe, expect, it } from "vitest";
import { buildEvidence, fairness, judge } from "@/tests/support/evidence-builder";

const ratio = { kind: "fairness_min", metric: "disparate_impact_ratio", threshold: 0.8 };
const parity = { kind: "fairness_max", metric: "demographic_parity_difference", threshold: 0.1 };

describe("fairness_min", () => {
  it("passes when the worst attribute is above the threshold", () => {
    const evidence = buildEvidence({
      fairness: [fairness("gender", { dir: 0.92 }), fairness("age_band", { dir: 0.85 })],
    });
    expect(judge(ratio, evidence)).toMatchObject({
      status: "passed",
      measured: "0.85 on age_band",
      required: "at least 0.8",
      value: 0.85,
      message:
        "The worst disparate impact ratio over 2 attributes is 0.85 on age_band, at least the required 0.8",
    });
  });

  it("fails on the lowest ratio among the attributes, naming it", () => {
    const evidence = buildEvidence({
      fairness: [
        fairness("gender", { dir: 0.93 }),
        fairness("age_band", { dir: 0.71 }),
        fairness("region", { dir: 0.88 }),
      ],
    });
    expect(judge(ratio, evidence)).toMatchObject({
      status: "failed",
      measured: "0.71 on age_band",
      value: 0.71,
      message:
        "The worst disparate impact ratio over 3 attributes is 0.71 on age_band, below the required minimum of 0.8",
    });
  });

  it("passes exactly at the threshold", () => {
    expect(judge(ratio, buildEvidence({ fairness: [fairness("gender", { dir: 0.8 })] }))).toMatchObject({
      status: "passed",
      message: "The disparate impact ratio is 0.8 on gender, at least the required 0.8",
    });
  });

  it("leaves out attributes where the metric is undefined, and says so", () => {
    const evidence = buildEvidence({
      fairness: [fairness("gender", { dir: null }), fairness("age_band", { dir: 0.9 })],
    });
    expect(judge(ratio, evidence)).toMatchObject({
      status: "passed",
      measured: "0.9 on age_band",
      message:
        "The disparate impact ratio is 0.9 on age_band, at least the required 0.8 (undefined on gender)",
    });
  });

  it("is missing evidence without a report, or with no usable value", () => {
    expect(judge(ratio, buildEvidence())).toMatchObject({
      status: "missing_evidence",
      message: "The version has no fairness report",
    });
    const undefinedEverywhere = buildEvidence({
      fairness: [fairness("gender", { dir: null }), fairness("age_band", { dir: null })],
    });
    expect(judge(ratio, undefinedEverywhere)).toMatchObject({
      status: "missing_evidence",
      message: "No fairness report gives a disparate impact ratio (it is undefined on gender and age_band)",
    });
  });

  it("reads only the named attribute when the rule names one", () => {
    const evidence = buildEvidence({
      fairness: [fairness("gender", { dir: 0.5 }), fairness("age_band", { dir: 0.9 })],
    });
    const rule = { ...ratio, attribute: "age_band" };
    expect(judge(rule, evidence)).toMatchObject({ status: "passed", measured: "0.9 on age_band" });
    expect(judge({ ...ratio, attribute: "region" }, evidence)).toMatchObject({
      status: "missing_evidence",
      message: "No fairness report covers region",
    });
  });
});

describe("fairness_max", () => {
  it("passes when the highest difference is within the threshold, and exactly at it", () => {
    const evidence = buildEvidence({
      fairness: [fairness("gender", { dpd: 0.04 }), fairness("age_band", { dpd: 0.1 })],
    });
    expect(judge(parity, evidence)).toMatchObject({
      status: "passed",
      measured: "0.1 on age_band",
      required: "at most 0.1",
      message:
        "The worst demographic parity difference over 2 attributes is 0.1 on age_band, within the maximum of 0.1",
    });
  });

  it("fails on the highest difference among the attributes", () => {
    const evidence = buildEvidence({
      fairness: [fairness("gender", { dpd: 0.14 }), fairness("age_band", { dpd: 0.02 })],
    });
    expect(judge(parity, evidence)).toMatchObject({
      status: "failed",
      measured: "0.14 on gender",
      value: 0.14,
      message:
        "The worst demographic parity difference over 2 attributes is 0.14 on gender, above the allowed maximum of 0.1",
    });
  });

  it("shows more digits when rounding would make a failing value look equal to the threshold", () => {
    expect(judge(parity, buildEvidence({ fairness: [fairness("gender", { dpd: 0.100003 })] }))).toMatchObject(
      {
        status: "failed",
        measured: "0.100003 on gender",
        message: "The demographic parity difference is 0.100003 on gender, above the allowed maximum of 0.1",
      },
    );
  });

  it("takes the highest equalized odds difference, ignoring null ones", () => {
    const rule = { kind: "fairness_max", metric: "equalized_odds_difference", threshold: 0.2 };
    const evidence = buildEvidence({
      fairness: [
        fairness("gender", { eod: null }),
        fairness("age_band", { eod: 0.25 }),
        fairness("region", { eod: 0.05 }),
      ],
    });
    expect(judge(rule, evidence)).toMatchObject({ status: "failed", measured: "0.25 on age_band" });
    expect(judge(rule, buildEvidence({ fairness: [fairness("gender", { eod: null })] })).status).toBe(
      "missing_evidence",
    );
  });
});
