import { describe, expect, it } from "vitest";
import { currentStageOverride, type StageMove } from "./stage-origin";

const day = (d: number) => new Date(Date.UTC(2026, 10, d));
const move = (toStage: string, d: number, extra: Partial<StageMove> = {}): StageMove => ({
  status: "APPROVED",
  toStage,
  emergencyOverride: false,
  createdAt: day(d),
  decidedAt: day(d),
  ...extra,
});

describe("currentStageOverride", () => {
  it("finds the override that set the current stage", () => {
    const override = move("PRODUCTION", 3, { emergencyOverride: true });
    expect(currentStageOverride([move("STAGING", 1), override], "PRODUCTION")).toBe(override);
  });

  it("ignores an override a later reviewed move has superseded, and one to another stage", () => {
    const override = move("STAGING", 2, { emergencyOverride: true });
    expect(currentStageOverride([override, move("PRODUCTION", 4)], "PRODUCTION")).toBeNull();
    // The stage changed since without a request of this version (its successor's promotion archived it).
    expect(currentStageOverride([override], "ARCHIVED")).toBeNull();
  });

  it("reads requests that did not move the stage as no history at all", () => {
    const rejected = move("STAGING", 5, { status: "REJECTED", decidedAt: day(6) });
    const override = move("STAGING", 2, { emergencyOverride: true });
    expect(currentStageOverride([rejected, override], "STAGING")).toBe(override);
    expect(currentStageOverride([rejected], "DEVELOPMENT")).toBeNull();
  });
});
