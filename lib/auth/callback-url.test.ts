import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it.each([
    ["/models?kind=BASE#top", "/models?kind=BASE#top"],
    ["/versions/abc", "/versions/abc"],
    ["models", "/models"],
  ])("keeps the app's own path %s", (candidate, expected) => {
    expect(safeCallbackPath(candidate)).toBe(expected);
  });

  it.each([
    "//evil.example/x",
    "/\\evil.example/x",
    "\\\\evil.example",
    "/%09/evil.example",
    "/%2F/evil.example",
    "/%5Cevil.example",
    "https://evil.example/x",
    "javascript:alert(1)",
    "/\t/evil.example",
    "/%E0%A4%A",
    "",
    null,
    undefined,
  ])("sends %j home instead of off-site", (candidate) => {
    expect(safeCallbackPath(candidate)).toBe("/");
  });

  it("accepts an absolute URL on the app's own origin, and only that origin", () => {
    expect(safeCallbackPath("http://127.0.0.1:3000/approvals?x=1", "http://127.0.0.1:3000")).toBe(
      "/approvals?x=1",
    );
    expect(safeCallbackPath("http://127.0.0.1:3001/approvals", "http://127.0.0.1:3000")).toBe("/");
  });
});
