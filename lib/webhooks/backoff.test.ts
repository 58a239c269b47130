import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_SCHEDULE_SECONDS,
  retryDelayMs,
  retryPolicyFrom,
} from "./backoff";

describe("the retry schedule", () => {
  const policy = retryPolicyFrom({});

  it("starts within seconds and grows: 2 s, 10 s, 60 s, 5 min, ... with the last delay repeating", () => {
    const middle = (attempt: number) => retryDelayMs(policy, attempt, 0.5);
    expect([1, 2, 3, 4, 5, 6, 7].map(middle)).toEqual([
      2_000, 10_000, 60_000, 300_000, 1_800_000, 7_200_000, 7_200_000,
    ]);
    expect(policy).toEqual({
      scheduleSeconds: DEFAULT_RETRY_SCHEDULE_SECONDS,
      maxAttempts: DEFAULT_MAX_ATTEMPTS,
    });
  });

  it("spreads each delay by +/-20% jitter", () => {
    expect(retryDelayMs(policy, 1, 0)).toBe(1_600);
    expect(retryDelayMs(policy, 1, 0.999_999)).toBe(2_400);
    expect(retryDelayMs(policy, 3, 0.25)).toBe(54_000);
  });

  it("stops after the last attempt allowed", () => {
    expect(retryDelayMs(policy, DEFAULT_MAX_ATTEMPTS - 1, 0.5)).not.toBeNull();
    expect(retryDelayMs(policy, DEFAULT_MAX_ATTEMPTS, 0.5)).toBeNull();
  });

  it("reads WEBHOOK_RETRY_SCHEDULE and WEBHOOK_MAX_ATTEMPTS, falling back on the defaults when unreadable", () => {
    const fast = retryPolicyFrom({ schedule: "0.2, 0.5", maxAttempts: "3" });
    expect(fast).toEqual({ scheduleSeconds: [0.2, 0.5], maxAttempts: 3 });
    expect([1, 2].map((a) => retryDelayMs(fast, a, 0.5))).toEqual([200, 500]);
    expect(retryDelayMs(fast, 3, 0.5)).toBeNull();
    expect(retryPolicyFrom({ schedule: "soon", maxAttempts: "-1" })).toEqual(policy);
  });
});
