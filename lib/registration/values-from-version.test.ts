import { describe, expect, it } from "vitest";
import { initialValues } from "./form-values";
import { toRegisterInput } from "./to-register-input";
import { valuesFromVersion, type PrefillSource } from "./values-from-version";

const adapterVersion: PrefillSource = {
  parents: [{ versionId: "base-v2", relation: "ADAPTER_OF", version: 2, model: { slug: "llama-3-1-8b" } }],
  datasets: [
    {
      datasetVersionId: "dv3",
      role: "TRAIN",
      version: 3,
      label: "2025-Q3",
      dataset: { name: "Support tickets" },
    },
  ],
  adapter: {
    type: "LORA",
    rank: 16,
    alpha: 32,
    dropout: 0.05,
    targetModules: ["q_proj", "v_proj"],
    useRslora: true,
    taskType: "CAUSAL_LM",
    modulesToSave: ["lm_head"],
    layersToTransform: [0, 1, 2],
    layersPattern: null,
    rankPattern: { q_proj: 8 },
    alphaPattern: null,
  },
  hyperparameters: { learning_rate: 0.0002, epochs: 3 },
  codeCommit: "0123456789abcdef0123456789abcdef01234567",
  compute: { gpuType: "A100-80GB", gpuCount: 8, gpuHours: 12.5 },
  parameterCount: 8030261248,
  contextLength: 8192,
  tags: ["eu", "support"],
  modelCard: "# Card\n\nIntended use: support replies.",
};

describe("valuesFromVersion", () => {
  it("fills the form so that, unedited, it registers what the earlier version recorded", () => {
    const values = valuesFromVersion(adapterVersion, "ADAPTER", "apache-2.0");
    expect(values.parents.map((p) => p.label)).toEqual(["llama-3-1-8b v2"]);
    expect(values.datasets.map((d) => d.label)).toEqual(["Support tickets v3 (2025-Q3)"]);
    const { input, errors } = toRegisterInput(values, "ADAPTER");
    expect(errors).toEqual({});
    expect(input).toMatchObject({
      parents: [{ versionId: "base-v2", relation: "ADAPTER_OF" }],
      datasets: [{ datasetVersionId: "dv3", role: "TRAIN" }],
      adapter: {
        type: "LORA",
        rank: 16,
        alpha: 32,
        dropout: 0.05,
        targetModules: ["q_proj", "v_proj"],
        useRslora: true,
        taskType: "CAUSAL_LM",
        modulesToSave: ["lm_head"],
        layersToTransform: [0, 1, 2],
        rankPattern: { q_proj: 8 },
      },
      hyperparameters: { learning_rate: 0.0002, epochs: 3 },
      codeCommit: "0123456789abcdef0123456789abcdef01234567",
      compute: { gpuType: "A100-80GB", gpuCount: 8, gpuHours: 12.5 },
      parameterCount: 8030261248,
      contextLength: 8192,
      tags: ["eu", "support"],
      modelCard: "# Card\n\nIntended use: support replies.",
    });
    // A new run's own facts start empty.
    expect([input.trainingStartedAt, input.notes, input.evaluations]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(values.modelLicense).toBe("apache-2.0");
  });

  it("keeps a regex of target modules as a regex, and a version without parents starts with the kind's empty rows", () => {
    const regex = valuesFromVersion(
      { ...adapterVersion, adapter: { ...adapterVersion.adapter!, targetModules: ".*attn.*" } },
      "ADAPTER",
      null,
    );
    expect([regex.adapter.targetModules, regex.adapter.targetModulesIsRegex]).toEqual([".*attn.*", true]);
    const base = valuesFromVersion({ ...adapterVersion, parents: [], adapter: null }, "BASE", null);
    expect(base.adapter.type).toBe("");
    expect(base.parents.map((p) => p.versionId)).toEqual(
      initialValues("BASE", null).parents.map((p) => p.versionId),
    );
  });
});
