import { describe, expect, it } from "vitest";
import type { Evidence } from "@/lib/policy/evidence";
import { buildEvidence, judge } from "@/tests/support/evidence-builder";

const artifacts = { kind: "required_artifacts", formats: ["SAFETENSORS", "MODEL_CARD"] };
const card = { kind: "model_card_sections", required: ["intendedUse", "limitations", "evaluation"] };

const withArtifacts = (...formats: Evidence["artifacts"][number]["format"][]) =>
  buildEvidence({ artifacts: formats.map((format, i) => ({ name: `file-${i}`, format })) });

const fullCard: NonNullable<Evidence["modelCard"]> = {
  intendedUse: "present",
  limitations: "present",
  trainingData: "present",
  evaluation: "present",
  ethicalConsiderations: "present",
};

describe("required_artifacts", () => {
  it("passes with one artifact of each format, whatever else there is", () => {
    expect(judge(artifacts, withArtifacts("SAFETENSORS", "SAFETENSORS", "MODEL_CARD", "GGUF"))).toMatchObject(
      {
        status: "passed",
        measured: "safetensors, model card, GGUF",
        required: "safetensors and model card artifacts",
        message: "The version has safetensors and model card artifacts",
      },
    );
  });

  it("fails naming the missing format", () => {
    expect(judge(artifacts, withArtifacts("SAFETENSORS", "GGUF"))).toMatchObject({
      status: "failed",
      message: "The version has no model card artifact",
    });
  });

  it("passes at the boundary: exactly the required formats, one artifact each", () => {
    expect(judge(artifacts, withArtifacts("MODEL_CARD", "SAFETENSORS")).status).toBe("passed");
  });

  it("fails naming every format when the version has no artifact at all (nothing is missing evidence)", () => {
    expect(judge(artifacts, buildEvidence())).toMatchObject({
      status: "failed",
      measured: "no artifacts",
      message: "The version has no safetensors or model card artifact",
    });
  });
});

describe("model_card_sections", () => {
  it("passes when every required section has content", () => {
    expect(judge(card, buildEvidence({ modelCard: fullCard }))).toMatchObject({
      status: "passed",
      measured: "3 of 3 sections filled in",
      required: "Intended use, Limitations and Evaluation",
      value: 3,
      message: "The model card has content under Intended use, Limitations and Evaluation",
    });
  });

  it("fails naming each section by its label, empty or missing", () => {
    const modelCard = { ...fullCard, limitations: "empty", evaluation: "missing" } as const;
    expect(judge(card, buildEvidence({ modelCard }))).toMatchObject({
      status: "failed",
      measured: "1 of 3 sections filled in",
      value: 1,
      message:
        "In the model card, Limitations is empty (only a placeholder under its heading) and Evaluation is missing",
    });
  });

  it("reads only the required sections: gaps elsewhere do not count", () => {
    const modelCard = { ...fullCard, trainingData: "missing", ethicalConsiderations: "empty" } as const;
    expect(judge(card, buildEvidence({ modelCard })).status).toBe("passed");
  });

  it("is missing evidence without a model card", () => {
    expect(judge(card, buildEvidence({ modelCard: null }))).toMatchObject({
      status: "missing_evidence",
      measured: null,
      message: "The version has no model card",
    });
  });
});
