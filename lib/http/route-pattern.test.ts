import { describe, expect, it } from "vitest";
import { createRouteMatcher, parseRoutePath, splitPath } from "./route-pattern";

const matcher = createRouteMatcher(
  [
    "api/v1/models",
    "api/v1/models/[slug]",
    "api/v1/models/[slug]/versions",
    "api/v1/versions/[id]/evidence",
    "api/v1/versions/compare",
    "api/v1/versions/[id]",
    "api/2.0/mlflow/[...path]",
    "api/2.0/mlflow/registered-models/special",
    "(group)/api/docs/[[...page]]",
  ].map((folder) => ({ segments: parseRoutePath(folder), route: folder })),
);

describe("route matching as the App Router does it", () => {
  it("reads fixed names, params, catch-alls and groups", () => {
    expect(parseRoutePath("(group)/api/[id]/[...rest]/[[...more]]")).toEqual([
      { kind: "static", value: "api" },
      { kind: "param", name: "id" },
      { kind: "rest", name: "rest", optional: false },
      { kind: "rest", name: "more", optional: true },
    ]);
  });

  it("gives each path its route and params", () => {
    expect(matcher("/api/v1/models")).toEqual({ route: "api/v1/models", params: {} });
    expect(matcher("/api/v1/models/llama-3/versions")).toEqual({
      route: "api/v1/models/[slug]/versions",
      params: { slug: "llama-3" },
    });
    expect(matcher("/api/2.0/mlflow/registered-models/get")).toEqual({
      route: "api/2.0/mlflow/[...path]",
      params: { path: ["registered-models", "get"] },
    });
  });

  it("prefers a fixed name over a param, and a param over a catch-all", () => {
    expect(matcher("/api/v1/versions/compare")?.route).toBe("api/v1/versions/compare");
    expect(matcher("/api/v1/versions/abc")?.route).toBe("api/v1/versions/[id]");
    expect(matcher("/api/2.0/mlflow/registered-models/special")?.route).toBe(
      "api/2.0/mlflow/registered-models/special",
    );
  });

  it("matches a required catch-all only with something to catch, an optional one with nothing", () => {
    expect(matcher("/api/2.0/mlflow")).toBeNull();
    expect(matcher("/api/docs")).toEqual({ route: "(group)/api/docs/[[...page]]", params: {} });
    expect(matcher("/api/docs/a/b")?.params).toEqual({ page: ["a", "b"] });
  });

  it("decodes params as Next does, and leaves what it cannot read to Next", () => {
    expect(matcher("/api/v1/models/a%20b%2Fc")?.params).toEqual({ slug: "a b/c" });
    expect(matcher("/api/v1/versions/%00")?.params).toEqual({ id: "\u0000" });
    expect(splitPath("/api/v1/models/%E0%A4%A")).toBeNull();
    expect(splitPath("/api/v1/models/")).toBeNull();
    expect(matcher("/api/v1/models/x/unknown")).toBeNull();
    expect(matcher("/elsewhere")).toBeNull();
  });
});
