import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded";

describe("seededRandom", () => {
  it("repeats the same sequence for the same seed, and another for another seed", () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("stays within the ranges it promises", () => {
    const random = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const u = random.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      const n = random.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
    expect(random.hex(64)).toMatch(/^[0-9a-f]{64}$/);
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it("draws normals with about the mean and spread asked for", () => {
    const random = seededRandom(1);
    const values = Array.from({ length: 20_000 }, () => random.normal(10, 2));
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeGreaterThan(1.9);
    expect(sd).toBeLessThan(2.1);
  });
});
