import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation";
import { createDatasetVersionSchema } from "./datasets";
import { createModelSchema, hfIdSchema, listModelsQuerySchema, updateModelSchema } from "./models";
import { registerVersionSchema, updateVersionMetadataSchema } from "./versions";

const errors = (
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  input: unknown,
) => {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error as never);
};

describe("createModelSchema", () => {
  it("accepts a full model and normalises the base family", () => {
    const parsed = createModelSchema.parse({
      slug: "llama-3-8b",
      name: "Llama 3 8B",
      kind: "BASE",
      baseFamily: " Llama ",
      hfId: "meta-llama/Meta-Llama-3-8B",
      riskTier: "HIGH",
    });
    expect(parsed).toMatchObject({
      baseFamily: "llama",
      hfId: "meta-llama/Meta-Llama-3-8B",
      riskTier: "HIGH",
    });
  });

  it("names every bad field at once", () => {
    expect(
      errors(createModelSchema, {
        slug: "Bad Slug",
        name: "x".repeat(201),
        kind: "LORA",
        hfId: "two/slashes/here",
        riskTier: "EXTREME",
        extra: 1,
      }),
    ).toEqual({
      slug: expect.stringMatching(/Lowercase/),
      name: "At most 200 characters",
      kind: "One of BASE, ADAPTER, FINE_TUNED, MERGED, QUANTIZED",
      hfId: expect.stringMatching(/`gpt2` or `org\/name`/),
      riskTier: "One of MINIMAL, LIMITED, HIGH",
      _: "Unknown field(s): extra",
    });
    expect(errors(createModelSchema, {})).toEqual({
      slug: expect.any(String),
      name: "Required",
      kind: expect.any(String),
    });
  });

  it("limits the description to 10,000 characters", () => {
    expect(
      errors(createModelSchema, { slug: "a", name: "a", kind: "BASE", description: "x".repeat(10_001) }),
    ).toEqual({ description: "At most 10000 characters" });
  });
});

describe("updateModelSchema", () => {
  it("refuses the slug and kind, and clears with null or an empty string", () => {
    expect(errors(updateModelSchema, { slug: "new", kind: "BASE" })).toEqual({
      slug: "The slug of a model cannot change",
      kind: expect.stringMatching(/kind/),
    });
    expect(updateModelSchema.parse({ description: "", license: null, task: "chat" })).toEqual({
      description: null,
      license: null,
      task: "chat",
    });
  });
});

describe("listModelsQuerySchema", () => {
  it("defaults and bounds", () => {
    expect(listModelsQuerySchema.parse({})).toMatchObject({ limit: 50, sort: "newest" });
    expect(errors(listModelsQuerySchema, { limit: "201", sort: "size", stage: "LIVE" })).toEqual({
      limit: "At most 200",
      sort: "One of newest, name",
      stage: expect.any(String),
    });
  });
});

describe("registerVersionSchema", () => {
  const lora = { type: "LORA", rank: 16, alpha: 32, dropout: 0.05, targetModules: ["q_proj", "v_proj"] };

  it("accepts an adapter with module names or one regular expression", () => {
    expect(registerVersionSchema.parse({ adapter: lora }).adapter?.targetModules).toEqual([
      "q_proj",
      "v_proj",
    ]);
    expect(
      registerVersionSchema.parse({ adapter: { ...lora, targetModules: ".*\\.(q|v)_proj$" } }).adapter
        ?.targetModules,
    ).toBe(".*\\.(q|v)_proj$");
    expect(registerVersionSchema.parse({ adapter: { type: "PROMPT_TUNING" } }).adapter?.type).toBe(
      "PROMPT_TUNING",
    );
  });

  it("refuses bad adapter facts with a message per field", () => {
    expect(
      errors(registerVersionSchema, {
        adapter: { type: "LORA", rank: 0, alpha: 0, dropout: 1.5, targetModules: "([" },
      }),
    ).toEqual({
      "adapter.rank": "At least 1",
      "adapter.alpha": "Must be greater than 0",
      "adapter.dropout": "At most 1",
      "adapter.targetModules": "Not a valid regular expression",
    });
    expect(errors(registerVersionSchema, { adapter: { type: "QLORA", rank: 5000 } })).toEqual({
      "adapter.rank": "At most 4096",
      "adapter.targetModules": "Required for LORA, QLORA, DORA and IA3 adapters",
    });
  });

  it("checks commit, tags, hyperparameters, model card, compute and training dates", () => {
    expect(
      errors(registerVersionSchema, {
        codeCommit: "xyz",
        tags: ["ok", "Not ok!"],
        hyperparameters: [1, 2],
        modelCard: "x".repeat(200 * 1024 + 1),
        compute: { gpuCount: 0, gpuType: "A100", watts: 1 },
        trainingStartedAt: "2026-02-01T00:00:00Z",
        trainingFinishedAt: "2026-01-01T00:00:00Z",
      }),
    ).toEqual({
      codeCommit: expect.stringMatching(/7 to 40/),
      "tags.1": expect.stringMatching(/Lowercase/),
      hyperparameters: "A JSON object",
      modelCard: "At most 200 KB of markdown",
      "compute.gpuCount": "At least 1",
      compute: "Unknown field(s): watts",
      trainingFinishedAt: "Must not be before the training started",
    });
    expect(errors(registerVersionSchema, { hyperparameters: { blob: "x".repeat(64 * 1024) } })).toEqual({
      hyperparameters: "At most 64 KB of JSON",
    });
    expect(errors(registerVersionSchema, { tags: Array.from({ length: 33 }, (_, i) => `t${i}`) })).toEqual({
      tags: "At most 32 tags",
    });
    expect(registerVersionSchema.parse({ codeCommit: "ABCDEF1", tags: ["A", "b"] })).toEqual({
      codeCommit: "abcdef1",
      tags: ["a", "b"],
    });
  });

  it("flags a parent or dataset listed twice and unknown relations and roles", () => {
    expect(
      errors(registerVersionSchema, {
        parents: [
          { versionId: "v1", relation: "FINETUNED_FROM" },
          { versionId: "v1", relation: "DISTILLED_FROM" },
          { versionId: "v2", relation: "CLONED_FROM" },
        ],
        datasets: [
          { datasetVersionId: "d1", role: "TRAIN" },
          { datasetVersionId: "d1", role: "TEST" },
        ],
      }),
    ).toEqual({
      "parents.2.relation": expect.stringMatching(/One of FINETUNED_FROM/),
      "datasets.1.role": "One of TRAIN, VALIDATION, EVAL",
    });
    expect(
      errors(registerVersionSchema, {
        parents: [
          { versionId: "v1", relation: "FINETUNED_FROM" },
          { versionId: "v1", relation: "DISTILLED_FROM" },
        ],
      }),
    ).toEqual({
      "parents.1.versionId": "This parent is listed twice",
    });
  });
});

describe("updateVersionMetadataSchema", () => {
  it("parses tags and notes, lets immutable fields through for the 409, and refuses unknown ones", () => {
    expect(updateVersionMetadataSchema.parse({ tags: ["x"], notes: "", hyperparameters: { lr: 1 } })).toEqual(
      { tags: ["x"], notes: null, hyperparameters: { lr: 1 } },
    );
    expect(errors(updateVersionMetadataSchema, { colour: "red" })).toEqual({ _: "Unknown field(s): colour" });
  });
});

describe("createDatasetVersionSchema", () => {
  it("needs a legal basis for personal data and categories only with it", () => {
    expect(errors(createDatasetVersionSchema, { containsPersonalData: true })).toEqual({
      legalBasis: "Required when the data contains personal data",
    });
    expect(
      errors(createDatasetVersionSchema, { containsPersonalData: false, personalDataCategories: ["email"] }),
    ).toEqual({
      personalDataCategories: "Only when the data contains personal data",
    });
    expect(errors(createDatasetVersionSchema, { rows: -1 })).toEqual({
      containsPersonalData: "Required",
      rows: "At least 0",
    });
    expect(
      createDatasetVersionSchema.parse({
        containsPersonalData: true,
        legalBasis: "CONSENT",
        personalDataCategories: [" email "],
      }),
    ).toMatchObject({
      personalDataCategories: ["email"],
    });
  });
});

describe("Hugging Face ids", () => {
  it.each(["gpt2", "xlm-roberta-base", "bert-base-uncased", "meta-llama/Llama-3.1-8B", "org.x/model_v2"])(
    "accepts %s",
    (hfId) => {
      expect(hfIdSchema.safeParse(hfId).success).toBe(true);
    },
  );
  it.each(["", "/gpt2", "org/", "two/slashes/here", "has space", "-leading"])("refuses %j", (hfId) => {
    expect(hfIdSchema.safeParse(hfId).success).toBe(false);
  });
});

describe("an IA3 registration as the import prefill gives it", () => {
  it("takes null rank, alpha and dropout as 'the method has none'", () => {
    const parsed = registerVersionSchema.safeParse({
      parents: [{ versionId: "base", relation: "ADAPTER_OF" }],
      adapter: {
        type: "IA3",
        rank: null,
        alpha: null,
        dropout: null,
        targetModules: ["k_proj", "v_proj", "down_proj"],
      },
    });
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });
});

describe("a body that is not an object", () => {
  it("is one clear issue, not a cross-field check reading fields of null", async () => {
    const { registerVersionSchema } = await import("./versions");
    const { createDatasetVersionSchema } = await import("./datasets");
    for (const schema of [registerVersionSchema, createDatasetVersionSchema])
      for (const value of [null, [], "text", 3]) {
        const result = schema.safeParse(value);
        expect(result.success).toBe(false);
        expect(result.error!.issues).toHaveLength(1);
      }
  });
});
