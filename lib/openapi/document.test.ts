import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./document";
import { ALL_OPERATIONS } from "./operations";

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is OpenAPI 3.1 with every operation once", () => {
    expect(doc.openapi).toBe("3.1.0");
    const seen = new Set<string>();
    for (const op of ALL_OPERATIONS) {
      const key = `${op.method} ${op.path}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(doc.paths[op.path]?.[op.method], key).toBeDefined();
    }
  });

  it("documents errors with the shared error body and marks open endpoints", () => {
    const health = doc.paths["/health"]!.get as { security: unknown[] };
    expect(health.security).toEqual([]);
    expect(doc.components.schemas.Error).toMatchObject({ type: "object", required: ["error"] });
  });
});

describe("request bodies", () => {
  it("offers both JSON and multipart where an endpoint takes either", () => {
    const upload = buildOpenApiDocument().paths["/versions/{id}/artifacts"]?.post as {
      requestBody: { content: Record<string, unknown> };
    };
    expect(Object.keys(upload.requestBody.content).sort()).toEqual([
      "application/json",
      "multipart/form-data",
    ]);
  });
});
