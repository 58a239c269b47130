import { describe, expect, it } from "vitest";
import { percentile, time } from "./harness";

describe("bench harness", () => {
  it("takes nearest-rank percentiles", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("runs the warm-up and then the timed calls, one after another", async () => {
    let calls = 0;
    let running = 0;
    const stats = await time(
      async () => {
        running++;
        expect(running).toBe(1);
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
      },
      { iterations: 10, warmup: 3 },
    );
    expect(calls).toBe(13);
    expect(stats.calls).toBe(10);
    expect(stats.p50).toBeGreaterThan(0);
    expect(stats.p95).toBeGreaterThanOrEqual(stats.p50);
  });
});
