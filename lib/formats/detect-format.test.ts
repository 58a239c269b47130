import { describe, expect, it } from "vitest";
import { detectArtifactFormat } from "./detect-format";

describe("detectArtifactFormat", () => {
  it.each([
    ["model.safetensors", "SAFETENSORS"],
    ["weights/model-00001-of-00004.SafeTensors", "SAFETENSORS"],
    ["llama-3-8b.Q4_K_M.gguf", "GGUF"],
    ["pytorch_model.bin", "BIN"],
    ["adapter/adapter_config.json", "ADAPTER_CONFIG"],
    ["README.md", "MODEL_CARD"],
    ["config.json", "OTHER"],
    ["notes.md", "OTHER"],
    ["safetensors", "OTHER"],
    ["", "OTHER"],
  ])("%s -> %s", (name, format) => {
    expect(detectArtifactFormat(name)).toBe(format);
  });
});
