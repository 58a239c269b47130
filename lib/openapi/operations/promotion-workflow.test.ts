import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../document";

type Responses = Record<string, { content: { "application/json": { schema: Record<string, unknown> } } }>;
const responsesOf = (path: string, method: string) =>
  (buildOpenApiDocument().paths[path]?.[method] as { responses: Responses }).responses;

describe("promotion workflow in the OpenAPI document", () => {
  it("documents a blocked request's 422 with its failing rules and the stored request's id", () => {
    const responses = responsesOf("/versions/{id}/promotions", "post");
    expect(Object.keys(responses).sort()).toEqual(["201", "400", "401", "403", "404", "409", "422"]);
    const body = JSON.stringify(responses["422"]!.content["application/json"].schema);
    for (const name of [
      '"policy_blocked"',
      '"rules"',
      '"requestId"',
      '"ruleId"',
      '"transition_not_allowed"',
      '"rule"',
    ])
      expect(body).toContain(name);
  });

  it("keeps the shared error body for the statuses that have nothing more to say", () => {
    const responses = responsesOf("/promotions/{id}/decisions", "post");
    expect(responses["409"]!.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/Error",
    });
    expect(responses["422"]).toBeUndefined();
  });

  it("documents every workflow endpoint", () => {
    const paths = buildOpenApiDocument().paths;
    expect(paths["/promotions/{id}"]?.get).toBeDefined();
    expect(paths["/promotions/{id}/withdraw"]?.post).toBeDefined();
    expect(paths["/versions/{id}/stage-override"]?.post).toBeDefined();
  });
});
