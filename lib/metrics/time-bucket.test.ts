import { describe, expect, it } from "vitest";
import {
  bucketCount,
  bucketInWords,
  bucketStart,
  chooseBucket,
  isoDuration,
  parseBucket,
} from "./time-bucket";

const at = (iso: string) => new Date(iso);

describe("parseBucket", () => {
  it("reads the keywords and ISO durations in weeks, days, hours, minutes and seconds", () => {
    expect(parseBucket("hour")).toBe(3600);
    expect(parseBucket("Day")).toBe(86_400);
    expect(parseBucket("week")).toBe(604_800);
    expect(parseBucket("PT15M")).toBe(900);
    expect(parseBucket("P1DT12H")).toBe(129_600);
    expect(parseBucket("P2W")).toBe(1_209_600);
    expect(parseBucket("pt30s")).toBe(30);
  });

  it("refuses what is not a fixed width: months, years, empty parts, words", () => {
    for (const text of ["P1M", "P1Y", "P", "PT", "P1DT", "month", "15m", "", "-PT1H"])
      expect(parseBucket(text), text).toBeNull();
  });
});

describe("isoDuration", () => {
  it("writes the shortest form", () => {
    expect(isoDuration(3600)).toBe("PT1H");
    expect(isoDuration(90_000)).toBe("P1DT1H");
    expect(isoDuration(604_800)).toBe("P7D");
    expect(isoDuration(930)).toBe("PT15M30S");
  });
});

describe("buckets", () => {
  it("aligns days on midnight UTC and weeks on Mondays", () => {
    expect(bucketStart(at("2026-11-18T17:45:00Z"), 86_400)).toEqual(at("2026-11-18T00:00:00Z"));
    // 18 November 2026 is a Wednesday; its week began on Monday the 16th.
    expect(bucketStart(at("2026-11-18T17:45:00Z"), 604_800)).toEqual(at("2026-11-16T00:00:00Z"));
  });

  it("counts the buckets a closed range touches, partial ones at both ends included", () => {
    // 10:30 to 13:00 touches the hours starting 10, 11, 12 and 13.
    expect(bucketCount(at("2026-01-01T10:30:00Z"), at("2026-01-01T13:00:00Z"), 3600)).toBe(4);
    expect(bucketCount(at("2026-01-01T10:30:00Z"), at("2026-01-01T10:40:00Z"), 3600)).toBe(1);
  });

  it("picks the narrowest round width that keeps a series to 500 points", () => {
    // 90 days: 2,160 hours and 720 three-hour buckets are too many; 6 hours gives 361.
    const to = at("2026-12-01T00:00:00Z");
    const from = at("2026-09-02T00:00:00Z");
    expect(chooseBucket(from, to)).toBe(6 * 3600);
    expect(bucketCount(from, to, 6 * 3600)).toBe(361);
    // A day: 5-minute buckets give 289 points.
    expect(chooseBucket(at("2026-12-01T00:00:00Z"), at("2026-12-02T00:00:00Z"))).toBe(300);
    // A single instant: one point of the narrowest width.
    expect(chooseBucket(to, to)).toBe(60);
  });

  it("goes past four weeks in whole weeks for very long ranges", () => {
    const from = at("1950-01-01T00:00:00Z");
    const to = at("2026-01-01T00:00:00Z");
    const width = chooseBucket(from, to);
    expect(width % 604_800).toBe(0);
    expect(width).toBeGreaterThan(4 * 604_800);
    expect(bucketCount(from, to, width)).toBeLessThanOrEqual(500);
    expect(bucketCount(from, to, width - 604_800)).toBeGreaterThan(500);
  });
});

describe("bucketInWords", () => {
  it("names the width in its largest whole unit", () => {
    expect(bucketInWords(6 * 3600)).toBe("6-hour");
    expect(bucketInWords(86_400)).toBe("1-day");
    expect(bucketInWords(14 * 86_400)).toBe("2-week");
    expect(bucketInWords(90_000)).toBe("25-hour");
    expect(bucketInWords(900)).toBe("15-minute");
    expect(bucketInWords(90)).toBe("90-second");
  });
});
