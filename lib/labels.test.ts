import { describe, expect, it } from "vitest";
import { ARTIFACT_FORMAT_LABELS, FAIRNESS_METRIC_LABELS, inSentence, KIND_LABELS } from "./labels";

describe("labels", () => {
  it("say what a base model is in full", () => {
    expect(KIND_LABELS.BASE).toBe("Base model");
  });

  it("lose the capital of an ordinary first word inside a sentence and keep a name's", () => {
    expect(inSentence(ARTIFACT_FORMAT_LABELS.MODEL_CARD)).toBe("model card");
    expect(inSentence(FAIRNESS_METRIC_LABELS.disparate_impact_ratio)).toBe("disparate impact ratio");
    expect(inSentence(ARTIFACT_FORMAT_LABELS.GGUF)).toBe("GGUF");
    expect(inSentence(ARTIFACT_FORMAT_LABELS.BIN)).toBe("PyTorch .bin");
    expect(inSentence(ARTIFACT_FORMAT_LABELS.SAFETENSORS)).toBe("safetensors");
  });
});
