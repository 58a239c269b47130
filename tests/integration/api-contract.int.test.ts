/**
 * The API against its OpenAPI document (lib/openapi): every documented operation has its route handler,
 * every handler is documented, and each keeps the permission and success status the document states.
 */
import { describe, expect, it } from "vitest";
import { ALL_OPERATIONS } from "@/lib/openapi/operations";
import { routeHandlers, routeFileOf } from "@/tests/support/api-routes";

describe("the API and its OpenAPI document", () => {
  it("documents every route handler, and every documented operation has one", async () => {
    const documented = new Set(
      ALL_OPERATIONS.map((op) => `${op.method.toUpperCase()} ${routeFileOf(op.path)}`),
    );
    const served = new Set((await routeHandlers()).map(({ method, file }) => `${method} ${file}`));
    expect([...served].filter((key) => !documented.has(key))).toEqual([]);
    expect([...documented].filter((key) => !served.has(key))).toEqual([]);
  });

  it("checks on each route the permission its operation documents, and answers its success status", async () => {
    const handlers = new Map(
      (await routeHandlers()).map((route) => [`${route.method} ${route.file}`, route]),
    );
    for (const op of ALL_OPERATIONS) {
      const key = `${op.method.toUpperCase()} ${op.path}`;
      const route = handlers.get(`${op.method.toUpperCase()} ${routeFileOf(op.path)}`)!;
      if (op.permission === null) {
        expect(route.handler.permission, key).toBeUndefined();
        continue;
      }
      expect(route.handler.permission, key).toBe(op.permission);
      // a download or a stream answers a Response of its own, and an empty answer is always 204
      if (!op.success.contentType && op.success.status !== 204)
        expect(route.handler.successStatus, key).toBe(op.success.status);
    }
  });
});
