import { describe, expect, it } from "vitest";
import { ageTone, formatDuration, secondsBetween } from "./waiting-age";

describe("formatDuration", () => {
  it.each([
    [0, "less than a minute"],
    [59, "less than a minute"],
    [60, "1 minute"],
    [3_599, "59 minutes"],
    [3_600, "1 hour"],
    [86_399, "23 hours"],
    [86_400, "1 day"],
    [3 * 86_400 + 7_200, "3 days"],
  ])("%i seconds read %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe("ageTone", () => {
  it("is normal under two days, late from two days, overdue from seven", () => {
    expect(ageTone(2 * 86_400 - 1)).toBe("normal");
    expect(ageTone(2 * 86_400)).toBe("late");
    expect(ageTone(7 * 86_400 - 1)).toBe("late");
    expect(ageTone(7 * 86_400)).toBe("overdue");
  });
});

describe("secondsBetween", () => {
  it("counts whole seconds and never goes below zero", () => {
    const now = new Date("2026-11-04T12:00:00Z");
    expect(secondsBetween("2026-11-01T12:00:00.500Z", now)).toBe(3 * 86_400 - 1);
    expect(secondsBetween(new Date("2026-11-04T12:00:05Z"), now)).toBe(0);
  });
});
