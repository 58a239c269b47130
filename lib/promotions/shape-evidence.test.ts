import { describe, expect, it } from "vitest";
import type { Evidence } from "@/lib/policy/evidence";
import { groupRates, shapeEvidence } from "./shape-evidence";

const at = new Date("2026-11-01T00:00:00Z");
const metric = (suite: string, name: string, value: number) => ({
  suite,
  metric: name,
  value,
  higherIsBetter: true,
  runId: `run-${suite}`,
  recordedAt: at,
});

const evidence: Evidence = {
  version: { id: "v", label: "Tuned v2", stage: "STAGING", riskTier: "HIGH" },
  parent: { id: "p", label: "Tuned v1", metrics: [metric("mmlu", "accuracy", 0.6)] },
  metrics: [metric("mmlu", "accuracy", 0.7)],
  fairness: [
    {
      attribute: "gender",
      demographicParityDifference: 0.04,
      disparateImpactRatio: 0.9,
      equalizedOddsDifference: null,
      reportId: "r1",
      recordedAt: at,
    },
  ],
  drift: [{ feature: "prediction", metric: "PSI", value: 0.25, windowStart: at, windowEnd: at }],
  artifacts: [],
  modelCard: {
    intendedUse: "present",
    limitations: "empty",
    trainingData: "present",
    evaluation: "missing",
    ethicalConsiderations: "present",
  },
  datasets: [
    {
      datasetVersionId: "dv1",
      label: "tickets@2026-10",
      license: "CC-BY-4.0",
      containsPersonalData: true,
      legalBasis: "CONSENT",
      role: "TRAIN",
      via: "ancestor",
    },
  ],
};

describe("shapeEvidence", () => {
  it("sets the evidence beside the parent's and base's metrics, fairness groups and dataset facts", () => {
    const shaped = shapeEvidence(evidence, {
      base: { id: "b", label: "Base v1", metrics: [metric("mmlu", "accuracy", 0.5)] },
      reports: new Map([
        [
          "r1",
          {
            rowCount: 200,
            groups: [
              { group: "f", count: 100, positives: 40, selectionRate: 0.4 },
              { group: "m", count: 100, positives: 44, selectionRate: 0.44 },
              { group: "broken" },
            ],
          },
        ],
      ]),
      datasets: new Map([["dv1", { datasetId: "d1", personalDataCategories: ["email"], region: "EU" }]]),
      earlierReports: new Map([
        [
          "gender",
          [
            { recordedAt: new Date("2026-10-05T10:00:00Z"), disparateImpactRatio: 0.67 },
            { recordedAt: new Date("2026-10-01T10:00:00Z"), disparateImpactRatio: 0.9 },
          ],
        ],
      ]),
    });
    expect(shaped.metrics.parent).toEqual({ id: "p", label: "Tuned v1" });
    expect(shaped.metrics.base).toEqual({ id: "b", label: "Base v1" });
    expect(shaped.metrics.rows[0]).toMatchObject({
      value: 0.7,
      parent: { value: 0.6, direction: "better" },
      base: { value: 0.5, direction: "better" },
    });
    expect(shaped.fairness[0]).toMatchObject({
      attribute: "gender",
      rowCount: 200,
      groups: [
        { group: "f", count: 100, selectionRate: 0.4 },
        { group: "m", count: 100, selectionRate: 0.44 },
      ],
      earlier: {
        count: 2,
        previous: { recordedAt: new Date("2026-10-05T10:00:00Z"), disparateImpactRatio: 0.67 },
      },
    });
    expect(shaped.drift[0]).toMatchObject({ feature: "prediction", psi: 0.25, level: "significant" });
    expect(shaped.datasets).toEqual([
      {
        datasetVersionId: "dv1",
        datasetId: "d1",
        label: "tickets@2026-10",
        role: "TRAIN",
        via: "ancestor",
        license: "CC-BY-4.0",
        containsPersonalData: true,
        personalDataCategories: ["email"],
        legalBasis: "CONSENT",
        region: "EU",
      },
    ]);
    expect(shaped.modelCard?.map((section) => `${section.label}: ${section.status}`)).toEqual([
      "Intended use: present",
      "Limitations: empty",
      "Training data: present",
      "Evaluation: missing",
      "Ethical considerations: present",
    ]);
  });

  it("says a version without a card has none, and one without a parent compares with nothing", () => {
    const shaped = shapeEvidence(
      { ...evidence, parent: null, modelCard: null },
      { base: null, reports: new Map(), datasets: new Map(), earlierReports: new Map() },
    );
    expect(shaped.modelCard).toBeNull();
    expect(shaped.metrics).toMatchObject({ parent: null, base: null });
    expect(shaped.metrics.rows[0]).toMatchObject({ parent: null, base: null });
    expect(shaped.fairness[0]!.groups).toEqual([]);
  });
});

describe("groupRates", () => {
  it("reads nothing from a value that is not a list", () => {
    expect(groupRates(null)).toEqual([]);
    expect(groupRates({ group: "a" })).toEqual([]);
  });
});
