import { describe, expect, it } from "vitest";
import { initialValues, type RegisterFormValues } from "./form-values";
import { readCount, readJsonObject, readLocalDateTime } from "./parse-fields";
import { checkRegistration, toRegisterInput } from "./to-register-input";

const adapterForm = (patch: Partial<RegisterFormValues> = {}): RegisterFormValues => {
  const values = initialValues("ADAPTER", null);
  return { ...values, parents: [{ ...values.parents[0]!, versionId: "base-v1" }], ...patch };
};

const adapterValues = (patch: Partial<RegisterFormValues["adapter"]>) => ({
  ...initialValues("ADAPTER", null).adapter,
  ...patch,
});

describe("readers", () => {
  it("reads counts as people write them", () => {
    expect(readCount("8030261248", "8")).toEqual({ value: 8030261248 });
    expect(readCount("8,030,261,248", "8")).toEqual({ value: 8030261248 });
    expect(readCount("8_030_261_248", "8")).toEqual({ value: 8030261248 });
    expect(readCount("8.03B", "8")).toEqual({ value: 8_030_000_000 });
    expect(readCount("128k", "8")).toEqual({ value: 128_000 });
    expect(readCount(" ", "8")).toEqual({ value: undefined });
    expect(readCount("1,5", "8")).toHaveProperty("error");
    expect(readCount("eight", "8")).toHaveProperty("error");
  });

  it("accepts only a JSON object for hyperparameters, saying where the JSON broke", () => {
    expect(readJsonObject('{"lr": 2e-4}')).toEqual({ value: { lr: 2e-4 } });
    expect(readJsonObject("")).toEqual({ value: undefined });
    expect(readJsonObject("[1]")).toEqual({ error: expect.stringMatching(/A JSON object/) });
    expect(readJsonObject('{"lr": }')).toEqual({ error: expect.stringMatching(/^Not valid JSON: /) });
  });

  it("turns a datetime-local value into an ISO instant", () => {
    expect(readLocalDateTime("2026-01-31T12:00")).toEqual({
      value: new Date("2026-01-31T12:00").toISOString(),
    });
    expect(readLocalDateTime("not a date")).toEqual({ error: "A date and time" });
  });
});

describe("toRegisterInput", () => {
  it("builds the registration body of an adapter, leaving out what was not filled in", () => {
    const { input, errors } = toRegisterInput(
      adapterForm({
        adapter: adapterValues({
          type: "LORA",
          rank: "16",
          alpha: "32",
          dropout: "0.05",
          targetModules: "q_proj, v_proj k_proj",
        }),
        hyperparameters: '{"learning_rate": 0.0002}',
        gpuType: "A100 80GB",
        gpuCount: "8",
        tags: "Chat, support",
        parameterCount: "8.03B",
      }),
      "ADAPTER",
    );
    expect(errors).toEqual({});
    expect(JSON.parse(JSON.stringify(input))).toEqual({
      parents: [{ versionId: "base-v1", relation: "ADAPTER_OF" }],
      adapter: {
        type: "LORA",
        rank: 16,
        alpha: 32,
        dropout: 0.05,
        targetModules: ["q_proj", "v_proj", "k_proj"],
        useRslora: false,
      },
      hyperparameters: { learning_rate: 0.0002 },
      compute: { gpuType: "A100 80GB", gpuCount: 8 },
      tags: ["chat", "support"],
      parameterCount: 8_030_000_000,
    });
  });

  it("sends target modules as one regular expression when asked", () => {
    const values = adapterForm({
      adapter: adapterValues({ targetModules: ".*(q|v)$", targetModulesIsRegex: true }),
    });
    expect(toRegisterInput(values, "ADAPTER").input.adapter?.targetModules).toBe(".*(q|v)$");
  });

  it("sends PEFT's rsLoRA, task type, saved modules, layers and per-module overrides", () => {
    const { input, errors } = toRegisterInput(
      adapterForm({
        adapter: adapterValues({
          rank: "64",
          alpha: "16",
          targetModules: "q_proj",
          useRslora: true,
          taskType: "SEQ_CLS",
          modulesToSave: "classifier, score",
          layersToTransform: "0, 1 2",
          layersPattern: "layers",
          rankPattern: '{"q_proj": 8}',
          alphaPattern: '{"q_proj": 4}',
        }),
      }),
      "ADAPTER",
    );
    expect(errors).toEqual({});
    expect(input.adapter).toMatchObject({
      useRslora: true,
      taskType: "SEQ_CLS",
      modulesToSave: ["classifier", "score"],
      layersToTransform: [0, 1, 2],
      layersPattern: ["layers"],
      rankPattern: { q_proj: 8 },
      alphaPattern: { q_proj: 4 },
    });
  });

  it("names the field of a layer list or a pattern it cannot read", () => {
    const values = adapterForm({
      adapter: adapterValues({ targetModules: "q_proj", layersToTransform: "0, two", rankPattern: "[8]" }),
    });
    expect(toRegisterInput(values, "ADAPTER").errors).toEqual({
      "adapter.layersToTransform": "Layer numbers separated by commas, e.g. 0, 1, 2",
      "adapter.rankPattern": 'A JSON object, such as {"learning_rate": 0.0002}',
    });
  });

  it("has no adapter facts for other kinds", () => {
    expect(toRegisterInput(initialValues("FINE_TUNED", null), "FINE_TUNED").input.adapter).toBeUndefined();
  });
});

describe("checkRegistration", () => {
  it("reports every problem at once, keyed like the body", () => {
    const values = adapterForm({
      parents: [{ key: "p", versionId: "", label: "", relation: "ADAPTER_OF" }],
      adapter: adapterValues({ rank: "0", alpha: "x", dropout: "2" }),
      hyperparameters: "{bad",
      codeCommit: "not-a-commit",
    });
    expect(checkRegistration(values, "ADAPTER").errors).toEqual({
      "parents.0.versionId": "Required",
      "adapter.rank": "At least 1",
      "adapter.alpha": "Must be a number",
      "adapter.dropout": "At most 1",
      "adapter.targetModules": "Required for LORA, QLORA, DORA and IA3 adapters",
      hyperparameters: expect.stringMatching(/^Not valid JSON/),
      codeCommit: "A git commit: 7 to 40 hexadecimal characters",
    });
  });

  it("applies the kind's parent rules", () => {
    const merged = initialValues("MERGED", null);
    const oneParent = { ...merged, parents: [{ ...merged.parents[0]!, versionId: "a" }] };
    expect(checkRegistration(oneParent, "MERGED").errors).toEqual({
      parents: "A merge has at least two MERGED_FROM parents",
    });
    const twoParents = {
      ...merged,
      parents: merged.parents.map((row, index) => ({ ...row, versionId: `v${index}` })),
    };
    expect(checkRegistration(twoParents, "MERGED").errors).toEqual({});
  });

  it("catches a finish before the start", () => {
    const values = {
      ...initialValues("BASE", null),
      trainingStartedAt: "2026-02-01T10:00",
      trainingFinishedAt: "2026-01-01T10:00",
    };
    expect(checkRegistration(values, "BASE").errors).toEqual({
      trainingFinishedAt: "Must not be before the training started",
    });
  });
});
