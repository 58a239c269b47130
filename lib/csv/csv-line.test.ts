import { describe, expect, it } from "vitest";
import { csvLine, csvText } from "./csv-line";

describe("csvLine", () => {
  it("quotes cells with commas, quotes and line breaks (RFC 4180), and leaves null cells empty", () => {
    expect(csvLine(["plain", 'say "hi"', "a,b", "two\nlines", null])).toBe(
      'plain,"say ""hi""","a,b","two\nlines",\r\n',
    );
  });

  it("defuses text cells a spreadsheet would run as formulas", () => {
    expect(csvLine(['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "ok=1"])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),ok=1\r\n`,
    );
  });

  it("writes numbers as they are, a negative one included, and a non-finite one as empty", () => {
    expect(csvLine([-0.25, 3, 1e-7, Number.NaN])).toBe("-0.25,3,1e-7,\r\n");
  });

  it("writes a header and rows", () => {
    expect(csvText(["a", "b"], [["x", 1]])).toBe("a,b\r\nx,1\r\n");
  });
});
