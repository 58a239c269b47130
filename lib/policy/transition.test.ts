import { describe, expect, it } from "vitest";
import { Stage } from "@/generated/prisma/enums";
import { allowedTargets, checkTransition } from "./transition";

describe("checkTransition", () => {
  it("walks the promotion path one stage at a time", () => {
    expect(checkTransition("DEVELOPMENT", "STAGING")).toEqual({ allowed: true });
    expect(checkTransition("STAGING", "PRODUCTION")).toEqual({ allowed: true });
  });

  it("archives from every live stage", () => {
    for (const from of ["DEVELOPMENT", "STAGING", "PRODUCTION"] as const)
      expect(checkTransition(from, "ARCHIVED")).toEqual({ allowed: true });
  });

  it("refuses a move to the current stage, naming the rule", () => {
    expect(checkTransition("STAGING", "STAGING")).toMatchObject({ allowed: false, rule: "same_stage" });
  });

  it("refuses every move out of ARCHIVED", () => {
    for (const to of Object.values(Stage))
      expect(checkTransition("ARCHIVED", to)).toMatchObject({ allowed: false });
    expect(checkTransition("ARCHIVED", "PRODUCTION")).toMatchObject({ rule: "archived_is_final" });
  });

  it("refuses skipping a stage and moving back", () => {
    expect(checkTransition("DEVELOPMENT", "PRODUCTION")).toMatchObject({
      allowed: false,
      rule: "one_stage_at_a_time",
      message: "A version in DEVELOPMENT may move to STAGING or ARCHIVED, not to PRODUCTION",
    });
    expect(checkTransition("PRODUCTION", "STAGING")).toMatchObject({ rule: "one_stage_at_a_time" });
  });

  it("offers the form exactly the allowed targets", () => {
    for (const from of Object.values(Stage))
      for (const to of Object.values(Stage))
        expect(allowedTargets(from).includes(to)).toBe(checkTransition(from, to).allowed);
  });
});
