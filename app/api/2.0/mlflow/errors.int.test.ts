/**
 * MLflow's errors in its own shape and status codes, through every door (tokens, roles, read-only
 * tokens, unknown endpoints, bad parameters, missing entities), and the same handlers under /ajax-api.
 */
import { describe, expect, it } from "vitest";
import * as ajax from "@/app/ajax-api/2.0/mlflow/[...path]/route";
import * as api from "@/app/api/2.0/mlflow/[...path]/route";
import { callMlflow } from "@/tests/support/mlflow-client";
import { unique } from "@/tests/support/factories";
import { as, expectError, mlflowKit } from "@/tests/support/mlflow-kit";

const { people, me, registered, versionOf } = mlflowKit();

describe("errors in MLflow's shape, with MLflow's status codes", () => {
  it("answers 401 UNAUTHENTICATED without a valid token", async () => {
    expectError(await callMlflow("GET", "registered-models/search"), 401, "UNAUTHENTICATED");
    expectError(await as("mrt_nope").get("registered-models/search"), 401, "UNAUTHENTICATED");
  });

  it("takes the token as a Basic password, as MLflow's client sends it when a user name and password are set", async () => {
    const basic = (user: string, password: string) => ({
      authorization: `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`,
    });
    const search = (headers: Record<string, string>) =>
      callMlflow("GET", "registered-models/search", { headers });
    expect((await search(basic("anyone", people.scientist.token))).status).toBe(200);
    expectError(await search(basic(people.scientist.token, "")), 401, "UNAUTHENTICATED");
    expectError(await search(basic("anyone", "mrt_nope")), 401, "UNAUTHENTICATED");
    expectError(await search({ authorization: "Basic not base64!" }), 401, "UNAUTHENTICATED");
    // Roles and read-only tokens hold as with Bearer.
    expectError(
      await callMlflow("POST", "registered-models/create", {
        headers: basic("ci", people.readOnly.token),
        body: { name: unique("x") },
      }),
      403,
      "PERMISSION_DENIED",
    );
  });

  it("answers 403 PERMISSION_DENIED for a role or a token that may not write", async () => {
    expectError(
      await as(people.leader.token).post("registered-models/create", { name: unique("x") }),
      403,
      "PERMISSION_DENIED",
    );
    expectError(
      await as(people.readOnly.token).post("registered-models/create", { name: unique("x") }),
      403,
      "PERMISSION_DENIED",
    );
    expect((await as(people.leader.token).get("registered-models/search")).status).toBe(200);
  });

  it("lets a read-only token make the reads MLflow's client sends as POST, and no change", async () => {
    const name = await registered();
    await versionOf(name);
    const latest = await as(people.readOnly.token).post("registered-models/get-latest-versions", { name });
    expect(latest.status).toBe(200);
    expect(latest.body.model_versions).toHaveLength(1);
    expectError(
      await as(people.readOnly.token).post("registered-models/set-tag", { name, key: "k", value: "v" }),
      403,
      "PERMISSION_DENIED",
    );
  });

  it("answers 404 ENDPOINT_NOT_FOUND for an endpoint or method MLflow's registry does not have", async () => {
    expectError(await me().get("registered-models/nope"), 404, "ENDPOINT_NOT_FOUND");
    expectError(await me().post("registered-models/get", {}), 404, "ENDPOINT_NOT_FOUND");
  });

  it("names a missing or invalid parameter with INVALID_PARAMETER_VALUE", async () => {
    expectError(
      await me().post("registered-models/create", {}),
      400,
      "INVALID_PARAMETER_VALUE",
      /Missing value for required parameter 'name'/,
    );
    expectError(
      await me().get("model-versions/get", { name: "x", version: "one" }),
      400,
      "INVALID_PARAMETER_VALUE",
      /'version'/,
    );
    expectError(
      await callMlflow("POST", "registered-models/create", {
        token: people.scientist.token,
        body: undefined,
        headers: { "content-type": "application/json" },
      }),
      400,
      "INVALID_PARAMETER_VALUE",
    );
  });

  it("answers 404 RESOURCE_DOES_NOT_EXIST for a missing model or version", async () => {
    expectError(
      await me().get("registered-models/get", { name: "no such model" }),
      404,
      "RESOURCE_DOES_NOT_EXIST",
    );
    const name = await registered();
    expectError(
      await me().get("model-versions/get", { name, version: "7" }),
      404,
      "RESOURCE_DOES_NOT_EXIST",
      /version=7/,
    );
  });

  it("serves the same handlers under /ajax-api", () => {
    expect(ajax.GET).toBe(api.GET);
    expect(ajax.POST).toBe(api.POST);
    expect(ajax.PATCH).toBe(api.PATCH);
    expect(ajax.DELETE).toBe(api.DELETE);
  });
});
