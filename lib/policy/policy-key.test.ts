import { describe, expect, it } from "vitest";
import { policyKeyFromName, withSuffix } from "./policy-key";

describe("policyKeyFromName", () => {
  it("makes a lowercase slug of the name, accents and punctuation folded into single dashes", () => {
    expect(policyKeyFromName("  Production quality: Accuracy ≥ 80% ")).toBe("production-quality-accuracy-80");
    expect(policyKeyFromName("Données personnelles — RGPD")).toBe("donnees-personnelles-rgpd");
  });

  it("never starts or ends with a dash, even when cut at 60 characters", () => {
    const key = policyKeyFromName(`${"a".repeat(59)} b`);
    expect(key).toBe("a".repeat(59));
    expect(key.length).toBeLessThanOrEqual(60);
  });

  it("falls back to 'policy' when the name has no letters or digits", () => {
    expect(policyKeyFromName("!!! ???")).toBe("policy");
  });
});

describe("withSuffix", () => {
  it("adds four base-36 characters", () => {
    expect(withSuffix("gate", () => 0)).toBe("gate-0000");
    expect(withSuffix("gate", () => 0.999999)).toMatch(/^gate-[0-9a-z]{4}$/);
  });
});
