import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAdapterConfig } from "@/lib/formats/adapter-config";
import { parseModelCard } from "@/lib/formats/model-card";
import { applyAdapterConfig, applyModelCard } from "./apply-prefill";
import { initialValues } from "./form-values";
import { toRegisterInput } from "./to-register-input";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../formats/fixtures", name), "utf8");

describe("applyAdapterConfig", () => {
  it("fills the adapter facts of a LoRA config so they register as they are", () => {
    const values = applyAdapterConfig(
      initialValues("ADAPTER", null),
      parseAdapterConfig(fixture("lora-llama.adapter_config.json")),
    );
    expect(values.adapter).toEqual({
      type: "LORA",
      rank: "16",
      alpha: "32",
      dropout: "0.05",
      targetModules: "v_proj, q_proj, gate_proj, o_proj, k_proj, down_proj, up_proj",
      targetModulesIsRegex: false,
      useRslora: false,
      taskType: "CAUSAL_LM",
      modulesToSave: "",
      layersToTransform: "",
      layersPattern: "",
      rankPattern: "",
      alphaPattern: "",
    });
    expect(toRegisterInput(values, "ADAPTER").input.adapter).toMatchObject({
      rank: 16,
      alpha: 32,
      dropout: 0.05,
    });
  });

  it("carries rsLoRA, saved modules, layers and per-module overrides through to the registration body", () => {
    const values = applyAdapterConfig(
      initialValues("ADAPTER", null),
      parseAdapterConfig(fixture("rslora-roberta-seqcls.adapter_config.json")),
    );
    const { input, errors } = toRegisterInput(values, "ADAPTER");
    expect(errors).toEqual({});
    expect(input.adapter).toEqual({
      type: "LORA",
      rank: 64,
      alpha: 16,
      dropout: 0.1,
      targetModules: ["query", "value"],
      useRslora: true,
      taskType: "SEQ_CLS",
      modulesToSave: ["classifier", "score"],
      layersToTransform: [20, 21, 22, 23],
      layersPattern: ["layer"],
      rankPattern: { query: 32 },
      alphaPattern: { query: 64 },
    });
  });

  it("keeps a regular expression as one", () => {
    const values = applyAdapterConfig(
      initialValues("ADAPTER", null),
      parseAdapterConfig(fixture("lora-regex-t5.adapter_config.json")),
    );
    expect(values.adapter.targetModulesIsRegex).toBe(true);
    expect(typeof toRegisterInput(values, "ADAPTER").input.adapter?.targetModules).toBe("string");
  });
});

describe("applyModelCard", () => {
  it("fills licence, fitting tags, markdown and the declared relation of a fine-tune", () => {
    const start = { ...initialValues("FINE_TUNED", "mit"), tags: "internal" };
    const { values, notes } = applyModelCard(
      start,
      parseModelCard(fixture("model-card-trainer.md")),
      "FINE_TUNED",
    );
    expect(values.modelLicense).toBe("apache-2.0");
    expect(values.tags).toBe("internal, generated_from_trainer");
    expect(values.modelCard).toMatch(/^<!-- This model card has been generated/);
    expect(values.parents.map((p) => p.relation)).toEqual(["FINETUNED_FROM"]);
    expect(notes).toEqual([]);
  });

  it("leaves out tags the registry would refuse, and says so", () => {
    const { values, notes } = applyModelCard(
      initialValues("ADAPTER", null),
      parseModelCard(fixture("model-card-lora-adapter.md")),
      "ADAPTER",
    );
    expect(values.tags).toBe("lora, transformers, customer-support");
    expect(notes).toEqual([
      expect.stringMatching(/^1 of the card's tags/),
      expect.stringMatching(/^Support Tickets \(held-out\) \(test\): helpfulness will not be recorded/),
    ]);
    expect(values.evaluations.map((e) => e.suite)).toEqual(["Support Tickets (held-out) (test)", "MMLU"]);
    expect(values.modelLicense).toBe("llama3.1");
    expect(values.parents.map((p) => p.relation)).toEqual(["ADAPTER_OF"]);
  });

  it("says when the card's relation does not fit the model's kind", () => {
    const { values, notes } = applyModelCard(
      initialValues("QUANTIZED", null),
      parseModelCard(fixture("model-card-lora-adapter.md")),
      "QUANTIZED",
    );
    expect(values.parents.map((p) => p.relation)).toEqual(["QUANTIZED_FROM"]);
    expect(notes).toContainEqual(
      expect.stringMatching(/ADAPTER_OF, but this model's versions record QUANTIZED_FROM/),
    );
  });

  it("keeps the model's licence when the card has none", () => {
    const { values } = applyModelCard(
      initialValues("BASE", "mit"),
      parseModelCard("# A card\n\nNo front matter."),
      "BASE",
    );
    expect(values.modelLicense).toBe("mit");
  });
});
