import { describe, expect, it } from "vitest";
import { toArrayLiteral } from "./array-literal";

describe("toArrayLiteral", () => {
  it("quotes every text element and escapes backslashes and double quotes", () => {
    expect(toArrayLiteral(["a", 'say "hi"', "back\\slash", "x,y", "{z}", "NULL", " ", ""])).toBe(
      '{"a","say \\"hi\\"","back\\\\slash","x,y","{z}","NULL"," ",""}',
    );
  });

  it("writes numbers as JavaScript's shortest round-trip form and null as NULL", () => {
    expect(toArrayLiteral([0, -1.5, 1e-7, 0.1 + 0.2, null])).toBe("{0,-1.5,1e-7,0.30000000000000004,NULL}");
  });

  it("gives an empty array for no values", () => {
    expect(toArrayLiteral([])).toBe("{}");
  });

  it("refuses numbers PostgreSQL's float8 would read as something else", () => {
    expect(() => toArrayLiteral([Number.NaN])).toThrow(RangeError);
    expect(() => toArrayLiteral([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});
