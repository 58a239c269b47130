import { describe, expect, it } from "vitest";
import { buildEvidence, judge, metric, parentWith } from "@/tests/support/evidence-builder";

const floor = { kind: "metric_min", suite: "mmlu", metric: "accuracy", threshold: 0.65 };
const ceiling = { kind: "metric_max", suite: "toxigen", metric: "toxicity", threshold: 0.1 };

describe("metric_min", () => {
  it("passes above the threshold", () => {
    const result = judge(floor, buildEvidence({ metrics: [metric("mmlu", "accuracy", 0.71)] }));
    expect(result).toMatchObject({
      status: "passed",
      passed: true,
      measured: "0.71",
      required: "at least 0.65",
      value: 0.71,
      message: "The mmlu accuracy is 0.71, at least the required 0.65",
    });
  });

  it("fails below it, saying by what it was measured and what was required", () => {
    const result = judge(floor, buildEvidence({ metrics: [metric("mmlu", "accuracy", 0.6123456)] }));
    expect(result).toMatchObject({
      status: "failed",
      passed: false,
      measured: "0.6123",
      value: 0.6123456,
      message: "The mmlu accuracy is 0.6123, below the required minimum of 0.65",
    });
  });

  it("passes exactly at the threshold", () => {
    expect(judge(floor, buildEvidence({ metrics: [metric("mmlu", "accuracy", 0.65)] })).status).toBe(
      "passed",
    );
  });

  it("is missing evidence when no run of the suite reports the metric", () => {
    const evidence = buildEvidence({
      metrics: [metric("mmlu", "f1", 0.9), metric("hellaswag", "accuracy", 0.9)],
    });
    expect(judge(floor, evidence)).toMatchObject({
      status: "missing_evidence",
      passed: false,
      measured: null,
      value: null,
      message: "No mmlu run reports accuracy, so it cannot be shown to be at least 0.65",
    });
  });
});

describe("metric_max", () => {
  it("passes below the threshold and exactly at it", () => {
    expect(
      judge(ceiling, buildEvidence({ metrics: [metric("toxigen", "toxicity", 0.04, false)] })),
    ).toMatchObject({ status: "passed", message: "The toxigen toxicity is 0.04, within the maximum of 0.1" });
    expect(
      judge(ceiling, buildEvidence({ metrics: [metric("toxigen", "toxicity", 0.1, false)] })).status,
    ).toBe("passed");
  });

  it("fails above it, reading float noise as the number it is", () => {
    const noisy = 0.1 + 0.2;
    const result = judge(ceiling, buildEvidence({ metrics: [metric("toxigen", "toxicity", noisy, false)] }));
    expect(result).toMatchObject({
      status: "failed",
      measured: "0.3",
      value: noisy,
      message: "The toxigen toxicity is 0.3, above the allowed maximum of 0.1",
    });
  });

  it("passes a value at the threshold but for float noise", () => {
    const atLimit = { ...ceiling, threshold: 0.3 };
    const result = judge(
      atLimit,
      buildEvidence({ metrics: [metric("toxigen", "toxicity", 0.1 + 0.2, false)] }),
    );
    expect(result).toMatchObject({ status: "passed", measured: "0.3", value: 0.30000000000000004 });
  });

  it("is missing evidence without a value", () => {
    expect(judge(ceiling, buildEvidence()).status).toBe("missing_evidence");
  });
});

describe("metric_regression", () => {
  const rule = { kind: "metric_regression", suite: "mmlu", metric: "accuracy", maxRegression: 0.02 };
  const perplexity = {
    kind: "metric_regression",
    suite: "wikitext",
    metric: "perplexity",
    maxRegression: 0.5,
  };

  it("passes an improvement over the parent (a negative regression)", () => {
    const evidence = buildEvidence({
      metrics: [metric("mmlu", "accuracy", 0.74)],
      parent: parentWith(metric("mmlu", "accuracy", 0.71)),
    });
    expect(judge(rule, evidence)).toMatchObject({
      status: "passed",
      measured: "0.03 better than the parent",
      required: "at most 0.02 worse than the parent",
      value: -0.03,
      message: "The mmlu accuracy is 0.74, 0.03 better than the parent's 0.71 (Support LoRA v1)",
    });
  });

  it("fails when higher is better and the version dropped by more than allowed", () => {
    const evidence = buildEvidence({
      metrics: [metric("mmlu", "accuracy", 0.65)],
      parent: parentWith(metric("mmlu", "accuracy", 0.71)),
    });
    expect(judge(rule, evidence)).toMatchObject({
      status: "failed",
      measured: "0.06 worse than the parent",
      value: 0.06,
      message:
        "The mmlu accuracy is 0.65, 0.06 worse than the parent's 0.71 (Support LoRA v1); at most 0.02 is allowed",
    });
  });

  it("passes a regression exactly at the limit, despite float subtraction", () => {
    const evidence = buildEvidence({
      metrics: [metric("mmlu", "accuracy", 0.71)],
      parent: parentWith(metric("mmlu", "accuracy", 0.73)),
    });
    expect(0.73 - 0.71).toBeGreaterThan(0.02);
    expect(judge(rule, evidence)).toMatchObject({ status: "passed", value: 0.02 });
  });

  it("reads lower-is-better metrics the other way round", () => {
    const worse = buildEvidence({
      metrics: [metric("wikitext", "perplexity", 9.8, false)],
      parent: parentWith(metric("wikitext", "perplexity", 9, false)),
    });
    expect(judge(perplexity, worse)).toMatchObject({
      status: "failed",
      value: 0.8,
      message:
        "The wikitext perplexity is 9.8, 0.8 worse than the parent's 9 (Support LoRA v1; lower is better); at most 0.5 is allowed",
    });
    const better = buildEvidence({
      metrics: [metric("wikitext", "perplexity", 7, false)],
      parent: parentWith(metric("wikitext", "perplexity", 9, false)),
    });
    expect(judge(perplexity, better)).toMatchObject({ status: "passed", value: -2 });
  });

  it("allows no regression at all with a limit of 0, but an equal value passes", () => {
    const strict = { ...rule, maxRegression: 0 };
    const same = buildEvidence({
      metrics: [metric("mmlu", "accuracy", 0.7)],
      parent: parentWith(metric("mmlu", "accuracy", 0.7)),
    });
    expect(judge(strict, same)).toMatchObject({ status: "passed", measured: "the same as the parent" });
    const slightlyWorse = buildEvidence({
      metrics: [metric("mmlu", "accuracy", 0.699)],
      parent: parentWith(metric("mmlu", "accuracy", 0.7)),
    });
    expect(judge(strict, slightlyWorse)).toMatchObject({
      status: "failed",
      required: "no worse than the parent",
      message:
        "The mmlu accuracy is 0.699, 0.001 worse than the parent's 0.7 (Support LoRA v1); no regression is allowed",
    });
  });

  it("passes a root version, saying there is nothing to compare with", () => {
    expect(judge(rule, buildEvidence({ metrics: [metric("mmlu", "accuracy", 0.5)] }))).toMatchObject({
      status: "passed",
      measured: null,
      value: null,
      message: "The version has no parent, so there is nothing to compare its mmlu accuracy with",
    });
  });

  it("is missing evidence naming which side lacks the metric", () => {
    const noParentValue = buildEvidence({ metrics: [metric("mmlu", "accuracy", 0.7)], parent: parentWith() });
    expect(judge(rule, noParentValue)).toMatchObject({
      status: "missing_evidence",
      message:
        "No mmlu run reports accuracy on the parent (Support LoRA v1), so there is nothing to compare with",
    });
    const noOwnValue = buildEvidence({ parent: parentWith(metric("mmlu", "accuracy", 0.7)) });
    expect(judge(rule, noOwnValue)).toMatchObject({
      status: "missing_evidence",
      message:
        "No mmlu run reports accuracy on this version, so it cannot be compared with its parent (Support LoRA v1)",
    });
    expect(judge(rule, buildEvidence({ parent: parentWith() })).message).toBe(
      "Neither this version nor its parent (Support LoRA v1) reports mmlu accuracy",
    );
  });
});
