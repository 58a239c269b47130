import { describe, expect, it } from "vitest";
import { adapterScaling } from "./adapter-scaling";

// PEFT's LoraLayer.update_layer: scaling = lora_alpha / sqrt(r) if use_rslora else lora_alpha / r.
describe("adapterScaling", () => {
  it("is alpha / r for LoRA", () => {
    expect(adapterScaling({ rank: 16, alpha: 32, useRslora: false })).toBe(2);
    expect(adapterScaling({ rank: 64, alpha: 16, useRslora: null })).toBe(0.25);
  });

  it("is alpha / sqrt(r) under rsLoRA", () => {
    expect(adapterScaling({ rank: 64, alpha: 16, useRslora: true })).toBe(2);
    expect(adapterScaling({ rank: 8, alpha: 16, useRslora: true })).toBeCloseTo(5.656854249492381, 12);
  });

  it("is null when the method has no rank or alpha", () => {
    expect(adapterScaling({ rank: null, alpha: null, useRslora: null })).toBeNull();
    expect(adapterScaling({ rank: 8, alpha: null, useRslora: true })).toBeNull();
  });
});
