import { describe, expect, it } from "vitest";
import { checkRegistration } from "@/lib/registration/to-register-input";
import { initialValues } from "@/lib/registration/form-values";
import { registerFieldName } from "@/lib/registration/field-name";
import { createModelSchema } from "@/lib/schemas/models";
import { registerVersionSchema } from "@/lib/schemas/versions";
import { fieldErrorsOf } from "@/lib/validation";

const errorsOf = (result: { success: boolean; error?: Parameters<typeof fieldErrorsOf>[0] }) =>
  result.error ? fieldErrorsOf(result.error) : {};

describe("validation messages a person reads", () => {
  it("say Required for an empty new-model form, never zod's type words", () => {
    const errors = errorsOf(createModelSchema.safeParse({}));
    expect(errors).toEqual({ slug: "Required", name: "Required", kind: "Required" });
  });

  it("list the choices for a value that is not one of them", () => {
    expect(errorsOf(createModelSchema.safeParse({ slug: "a", name: "A", kind: "BIG" })).kind).toBe(
      "One of BASE, ADAPTER, FINE_TUNED, MERGED, QUANTIZED",
    );
  });

  it("say what kind of value was expected when one of another type arrives", () => {
    expect(errorsOf(createModelSchema.safeParse({ slug: 5, name: "A", kind: "BASE" })).slug).toBe(
      "Must be text",
    );
  });

  it("answer a negative GPU count with its bound, not the parameter count's example", () => {
    const values = { ...initialValues("BASE", null), gpuCount: "-2", contextLength: "lots" };
    const { errors } = checkRegistration(values, "BASE");
    expect(errors["compute.gpuCount"]).toBe("At least 1");
    expect(errors.contextLength).toBe("A whole number, e.g. 8192 or 128K");
  });

  it("name the training start in words when the finish comes before it", () => {
    const result = registerVersionSchema.safeParse({
      trainingStartedAt: "2026-02-01T00:00:00Z",
      trainingFinishedAt: "2026-01-01T00:00:00Z",
    });
    expect(errorsOf(result).trainingFinishedAt).toBe("Must not be before the training started");
  });
});

describe("registerFieldName", () => {
  it("names an adapter's parent by the label its field shows", () => {
    expect(registerFieldName("parents.0.versionId", "ADAPTER")).toBe("Base version");
    expect(registerFieldName("parents", "ADAPTER")).toBe("Base version");
  });

  it("numbers the parents of other kinds, and names nested keys by their field", () => {
    expect(registerFieldName("parents.1.versionId", "MERGED")).toBe("Parent 2");
    expect(registerFieldName("parents.0.relation", "FINE_TUNED")).toBe("Parent 1: Relation");
    expect(registerFieldName("compute.gpuCount", "BASE")).toBe("GPU count");
    expect(registerFieldName("trainingStartedAt", "BASE")).toBe("Training started");
    expect(registerFieldName("tags.3", "BASE")).toBe("Tags");
  });
});
