import { describe, expect, it } from "vitest";
import { findUnsafeJson, MAX_JSON_DEPTH, unsafeTextReason } from "./unsafe-input";

const nested = (depth: number): unknown => {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe("unsafe input", () => {
  it("finds NUL characters and lone surrogates, and lets real text through", () => {
    expect(unsafeTextReason("a\u0000b")).toMatch(/NUL/);
    expect(unsafeTextReason("\uD800")).toMatch(/surrogate/);
    expect(unsafeTextReason("x\uDC00")).toMatch(/surrogate/);
    expect(unsafeTextReason("emoji 😀, ümlaut, 中文, tab\t")).toBeNull();
  });

  it("names the path of the first unsafe string or key", () => {
    expect(findUnsafeJson({ name: "ok", tags: ["fine", "bad\u0000"] })).toEqual({
      path: "tags.1",
      message: "Contains a NUL character, which cannot be stored",
    });
    expect(findUnsafeJson({ hyperparameters: { "lr\uD800": 1 } })?.path).toBe("hyperparameters.(key)");
    expect(findUnsafeJson({ a: 1, b: [true, null, 2.5] })).toBeNull();
    expect(findUnsafeJson({ observations: [{ feature: "f" }, { feature: "g\u0000" }] })?.path).toBe(
      "observations.1.feature",
    );
    expect(findUnsafeJson([[["\uDC00"]]])?.path).toBe("0.0.0");
    expect(findUnsafeJson("a\u0000")?.path).toBe("body");
  });

  it(`refuses nesting past ${MAX_JSON_DEPTH} levels, even ten thousand, without overflowing`, () => {
    expect(findUnsafeJson(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(findUnsafeJson(nested(MAX_JSON_DEPTH + 1))?.message).toBe(
      `Nested more than ${MAX_JSON_DEPTH} levels deep`,
    );
    expect(findUnsafeJson(nested(10_000))?.message).toMatch(/Nested more than/);
  });
});
