import { describe, expect, it } from "vitest";
import { canonicalJson, toJsonValue } from "./canonical-json";

describe("canonicalJson (RFC 8785)", () => {
  it("sorts keys by UTF-16 code units and drops whitespace", () => {
    // The key order of RFC 8785 section 3.2.3's example: "\r" < "1" < "\u0080" < "\u00f6" < "\u20ac" < "\ud83d\ude00" < "\ufb33"
    const value = {
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew",
      "1": "One",
      "\ud83d\ude00": "Emoji",
      "\u0080": "Control",
      "\u00f6": "Latin",
    };
    expect(canonicalJson(value)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin","€":"Euro Sign","😀":"Emoji","\ufb33":"Hebrew"}',
    );
  });

  it("writes numbers in ECMAScript's shortest form (RFC 8785 appendix B)", () => {
    expect(canonicalJson([1e21, 1e-7, 0.000001, 333333333.3333333, -0, 4.5, 2e-3, 1e23])).toBe(
      "[1e+21,1e-7,0.000001,333333333.3333333,0,4.5,0.002,1e+23]",
    );
  });

  it("nests objects and arrays and escapes strings like JSON", () => {
    expect(canonicalJson({ b: [true, null, { d: 1, c: 'x\n"y"' }], a: {} })).toBe(
      '{"a":{},"b":[true,null,{"c":"x\\n\\"y\\"","d":1}]}',
    );
  });

  it("refuses values JSON cannot spell", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow(TypeError);
  });

  it("normalises service input: dates to ISO strings, bigints to strings, undefined fields dropped", () => {
    expect(
      toJsonValue({ at: new Date("2026-01-02T03:04:05.006Z"), size: BigInt(12), gone: undefined }),
    ).toEqual({
      at: "2026-01-02T03:04:05.006Z",
      size: "12",
    });
    expect(toJsonValue(undefined)).toBeNull();
  });
});
