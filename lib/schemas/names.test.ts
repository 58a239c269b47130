import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation";
import { artifactNameSchema } from "./artifacts";
import { slugSchema } from "./common";
import { createDatasetSchema, createDatasetVersionSchema } from "./datasets";
import { createModelSchema, updateModelSchema } from "./models";
import { nameText, unreadableCharacterIn } from "./names";
import { createTokenSchema } from "./tokens";
import { createUserSchema } from "./users";

const INVISIBLE = {
  "zero-width space": "\u200B",
  "zero-width joiner": "\u200D",
  "byte-order mark": "\uFEFF",
  "soft hyphen": "\u00AD",
  "right-to-left override": "\u202E",
  "word joiner": "\u2060",
  "Hangul filler": "\u3164",
  "blank braille pattern": "\u2800",
  "line separator": "\u2028",
};
const CONTROL = { tab: "\t", newline: "\n", "carriage return": "\r", DEL: "\u007F", "C1 control": "\u0085" };

const nameError = (schema: { safeParse: (v: unknown) => unknown }, input: Record<string, unknown>) => {
  const result = schema.safeParse(input) as { success: boolean; error?: never };
  return result.success ? undefined : fieldErrorsOf(result.error!).name;
};

describe("names people read", () => {
  it("are trimmed, and whitespace alone is blank", () => {
    expect(nameText(50).parse("  Llama 3  ")).toBe("Llama 3");
    for (const blank of ["", "   ", "\u00A0\u3000", "\uFEFF"])
      expect(nameError(createModelSchema, { name: blank })).toBe("Required");
  });

  it.each(Object.entries(INVISIBLE))("refuse an invisible %s, naming its code point", (_, char) => {
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    expect(unreadableCharacterIn(`a${char}b`)).toBe(
      `Remove the invisible character (${code}): names are visible text`,
    );
    // alone (the empty, unclickable cell), inside a name, and as the whole name after trimming
    for (const name of [char, `Support${char}LoRA`, `${char}${char}`])
      expect(nameError(createModelSchema, { name })).toMatch(/Required|invisible character/);
  });

  it.each(Object.entries(CONTROL))("refuse a %s inside a name", (_, char) => {
    expect(nameError(createModelSchema, { name: `Support${char}LoRA` })).toMatch(
      /^Remove the control character/,
    );
  });

  it("accept real names in any script, emoji included", () => {
    for (const name of ["Llama 3.1 8B", "Modèle français", "中文模型", "نموذج", "🦙 Llama", "Ελληνικά"])
      expect(unreadableCharacterIn(name)).toBeNull();
  });

  it("hold for every name field: models, datasets and their version labels, users, tokens, artifacts", () => {
    const hidden = "\u200B";
    expect(nameError(updateModelSchema, { name: hidden })).toMatch(/invisible/);
    expect(nameError(updateModelSchema, { name: `a${hidden}` })).toMatch(/invisible/);
    expect(nameError(createDatasetSchema, { name: `a${hidden}` })).toMatch(/invisible/);
    expect(nameError(createUserSchema, { name: `Ada${hidden}` })).toMatch(/invisible/);
    expect(nameError(createTokenSchema, { name: `laptop\n` + "x" })).toMatch(/control character/);
    expect(nameError(createTokenSchema, { name: " " })).toBe("Required");
    const label = createDatasetVersionSchema.safeParse({ containsPersonalData: false, label: `v1${hidden}` });
    expect(label.success ? undefined : fieldErrorsOf(label.error).label).toMatch(/invisible/);
    expect(artifactNameSchema.safeParse(`model${hidden}.safetensors`).success).toBe(false);
    expect(artifactNameSchema.parse(" onnx/model.onnx ")).toBe("onnx/model.onnx");
  });

  it("slugs are trimmed and refuse invisible characters", () => {
    expect(slugSchema.parse("  support-lora ")).toBe("support-lora");
    expect(slugSchema.safeParse("support\u200B-lora").success).toBe(false);
    expect(slugSchema.safeParse("\uFEFF").success).toBe(false);
  });
});
