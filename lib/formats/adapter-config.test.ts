import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAdapterConfig } from "./adapter-config";
import { FormatParseError } from "./format-error";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "fixtures", `${name}.adapter_config.json`), "utf8");
const refusal = (input: unknown) => {
  try {
    parseAdapterConfig(input);
  } catch (error) {
    expect(error).toBeInstanceOf(FormatParseError);
    return error as FormatParseError;
  }
  throw new Error("expected a refusal");
};

describe("parseAdapterConfig on real-shaped PEFT configs", () => {
  it("LoRA on Llama 3.1", () => {
    expect(parseAdapterConfig(fixture("lora-llama"))).toEqual({
      peftType: "LORA",
      adapterType: "LORA",
      baseModelNameOrPath: "meta-llama/Llama-3.1-8B-Instruct",
      rank: 16,
      alpha: 32,
      dropout: 0.05,
      targetModules: ["v_proj", "q_proj", "gate_proj", "o_proj", "k_proj", "down_proj", "up_proj"],
      taskType: "CAUSAL_LM",
      useRslora: false,
      modulesToSave: null,
      layersToTransform: null,
      layersPattern: null,
      rankPattern: null,
      alphaPattern: null,
      notes: [
        "adapter_config.json reads the same for LoRA and QLoRA: recorded as LoRA; choose QLoRA if the base was loaded in 4 bits",
      ],
    });
  });

  it("DoRA (use_dora)", () => {
    expect(parseAdapterConfig(fixture("dora-mistral"))).toMatchObject({
      adapterType: "DORA",
      rank: 8,
      alpha: 16,
      dropout: 0.1,
      targetModules: ["q_proj", "v_proj"],
      notes: [],
    });
  });

  it("QLoRA, from a 4-bit base checkpoint or from the caller's hint", () => {
    expect(parseAdapterConfig(fixture("qlora-unsloth"))).toMatchObject({
      adapterType: "QLORA",
      baseModelNameOrPath: "unsloth/llama-3-8b-bnb-4bit",
      dropout: 0,
      notes: ["The base model is a 4-bit (bitsandbytes) checkpoint: recorded as QLoRA"],
    });
    expect(parseAdapterConfig(fixture("lora-llama"), { quantizedBase: true })).toMatchObject({
      adapterType: "QLORA",
      notes: [],
    });
  });

  it("a regular expression for target_modules stays one string", () => {
    expect(parseAdapterConfig(fixture("lora-regex-t5"))).toMatchObject({
      rank: 32,
      alpha: 64,
      targetModules: ".*decoder.*(SelfAttention|EncDecAttention).*(q|v)$",
      taskType: "SEQ_2_SEQ_LM",
    });
  });

  it("rsLoRA with saved modules, chosen layers and per-module overrides keeps every one of them", () => {
    expect(parseAdapterConfig(fixture("rslora-roberta-seqcls"))).toMatchObject({
      adapterType: "LORA",
      rank: 64,
      alpha: 16,
      taskType: "SEQ_CLS",
      useRslora: true,
      modulesToSave: ["classifier", "score"],
      layersToTransform: [20, 21, 22, 23],
      layersPattern: ["layer"],
      rankPattern: { query: 32 },
      alphaPattern: { query: 64 },
      notes: expect.arrayContaining([
        "use_rslora is on: the update is scaled by lora_alpha/sqrt(r) = 2, not lora_alpha/r",
        "rank_pattern or alpha_pattern overrides r or lora_alpha for some modules: kept as written",
      ]),
    });
  });

  it("reads a single layer index as a list of one, as PEFT does", () => {
    const config = JSON.parse(fixture("lora-llama"));
    expect(parseAdapterConfig({ ...config, layers_to_transform: 3 }).layersToTransform).toEqual([3]);
  });

  it("IA3, prefix tuning and prompt tuning", () => {
    expect(parseAdapterConfig(fixture("ia3-mt0"))).toEqual({
      peftType: "IA3",
      adapterType: "IA3",
      baseModelNameOrPath: "bigscience/mt0-large",
      rank: null,
      alpha: null,
      dropout: null,
      targetModules: ["k", "v", "wo"],
      taskType: "SEQ_2_SEQ_LM",
      useRslora: null,
      modulesToSave: null,
      layersToTransform: null,
      layersPattern: null,
      rankPattern: null,
      alphaPattern: null,
      notes: [],
    });
    expect(parseAdapterConfig(fixture("prefix-tuning-t5"))).toMatchObject({
      adapterType: "PREFIX_TUNING",
      baseModelNameOrPath: "t5-large",
      rank: null,
      targetModules: [],
    });
    expect(parseAdapterConfig(fixture("prompt-tuning-bloomz"))).toMatchObject({
      adapterType: "PROMPT_TUNING",
      baseModelNameOrPath: "bigscience/bloomz-560m",
      taskType: "CAUSAL_LM",
    });
  });

  it("other PEFT methods as OTHER, keeping their rank", () => {
    expect(
      parseAdapterConfig({ peft_type: "LOHA", r: 8, alpha: 8, target_modules: ["q_proj"] }),
    ).toMatchObject({
      peftType: "LOHA",
      adapterType: "OTHER",
      rank: 8,
      notes: ["PEFT type LOHA has no adapter type of its own here: recorded as OTHER"],
    });
  });

  it("explains all-linear and a missing target_modules", () => {
    expect(
      parseAdapterConfig({ peft_type: "LORA", r: 4, target_modules: "all-linear", use_dora: true }).notes,
    ).toEqual(["target_modules is all-linear: PEFT adapts every linear layer except the output head"]);
    expect(parseAdapterConfig({ peft_type: "IA3", target_modules: null })).toMatchObject({
      targetModules: [],
      notes: ["target_modules is not set: PEFT used the default modules for the base architecture"],
    });
  });
});

describe("parseAdapterConfig refuses", () => {
  it("text that is not JSON, naming the line", () => {
    const error = refusal('{\n  "peft_type": "LORA",\n  "r": 16,,\n}');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^adapter_config.json is not valid JSON \(line 3\)/);
  });

  it("JSON that is not an object", () => {
    expect(refusal("[1, 2]").message).toBe("adapter_config.json must be a JSON object");
    expect(refusal(null).message).toBe("adapter_config.json must be a JSON object");
  });

  it("bad values, with a message per field", () => {
    const error = refusal({ r: 0, lora_alpha: "32", lora_dropout: 1.5, target_modules: 7, use_dora: "yes" });
    expect(error.fields).toEqual({
      peft_type: "Required: the PEFT method, e.g. LORA or IA3",
      r: "Must be at least 1",
      lora_alpha: "Must be a number",
      lora_dropout: "Must be between 0 and 1",
      target_modules: "A list of module names or one regular expression",
      use_dora: "Must be true or false",
    });
  });

  it("a fractional rank and empty module names", () => {
    expect(refusal({ peft_type: "LORA", r: 8.5, target_modules: ["q_proj", " "] }).fields).toEqual({
      r: "Must be a whole number",
      "target_modules.1": "Module names must not be empty",
    });
  });
});
