/**
 * MLflow's searches: its filter grammar in SQL, order, paging with opaque tokens, and the refusals of
 * bad filters, orders, sizes and tokens.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { unique } from "@/tests/support/factories";
import { expectError, mlflowKit } from "@/tests/support/mlflow-kit";

const { me, registered, versionOf } = mlflowKit();

describe("search", () => {
  const prefix = unique("srch");
  beforeAll(async () => {
    for (const [i, label] of ["alpha", "beta", "gamma", "Delta"].entries()) {
      const name = `${prefix} ${label}`;
      await registered(name, [{ key: "team.area", value: i % 2 === 0 ? "nlp" : "vision" }]);
      await versionOf(name, {
        run_id: `run-${label}`,
        source: `s3://b/${label}/model`,
        tags: [{ key: "data set", value: label }],
      });
    }
  });

  const names = (body: { registered_models?: { name: string }[] }) =>
    (body.registered_models ?? []).map((m) => m.name);

  it("filters registered models by name (=, LIKE, ILIKE) and tags, ordered by name by default", async () => {
    expect(
      names((await me().get("registered-models/search", { filter: `name = '${prefix} beta'` })).body),
    ).toEqual([`${prefix} beta`]);
    expect(
      names((await me().get("registered-models/search", { filter: `name LIKE '${prefix} _a%'` })).body),
    ).toEqual([`${prefix} gamma`]);
    expect(
      names((await me().get("registered-models/search", { filter: `name LIKE '${prefix} d%'` })).body),
    ).toEqual([]);
    expect(
      names((await me().get("registered-models/search", { filter: `name ILIKE '${prefix} d%'` })).body),
    ).toEqual([`${prefix} Delta`]);
    expect(
      names(
        (
          await me().get("registered-models/search", {
            filter: `name LIKE '${prefix}%' AND tags.\`team.area\` = 'nlp'`,
            order_by: ["name DESC"],
          })
        ).body,
      ),
    ).toEqual([`${prefix} gamma`, `${prefix} alpha`]);
    expect(
      names(
        (
          await me().get("registered-models/search", {
            filter: `name LIKE '${prefix}%' AND tags.\`mlflow.prompt.is_prompt\` != 'true'`,
          })
        ).body,
      ),
    ).toHaveLength(4);
  });

  it("matches a tag comparison only on entities that have the tag, except the prompt marker", async () => {
    const name = `${prefix} alpha`;
    await versionOf(name, { run_id: "run-untagged", source: "s3://b/untagged/model" });
    const versions = async (filter: string) =>
      ((await me().get("model-versions/search", { filter })).body.model_versions ?? []).map(
        (v: { version: string }) => v.version,
      );
    expect(await versions(`name = '${name}' AND tags.\`data set\` != 'beta'`)).toEqual(["1"]);
    expect(await versions(`name = '${name}' AND tags.\`data set\` != 'alpha'`)).toEqual([]);
    // Both, in MLflow's default order for versions: the most recently changed first.
    expect(await versions(`name = '${name}' AND tags.\`mlflow.prompt.is_prompt\` != 'true'`)).toEqual([
      "2",
      "1",
    ]);
  });

  it("reads a backslash before % or _ in a LIKE pattern as the character itself", async () => {
    const other = unique("esc");
    await registered(`${other} a_b`);
    await registered(`${other} axb`);
    const found = async (pattern: string) =>
      names((await me().get("registered-models/search", { filter: `name LIKE '${pattern}'` })).body);
    expect(await found(`${other} a_b`)).toEqual([`${other} a_b`, `${other} axb`]);
    expect(await found(`${other} a\\_b`)).toEqual([`${other} a_b`]);
  });

  it("pages with max_results and an opaque page_token, without repeats or gaps", async () => {
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const res = await me().get("registered-models/search", {
        filter: `name LIKE '${prefix}%'`,
        max_results: "3",
        order_by: ["creation_timestamp DESC"],
        ...(token ? { page_token: token } : {}),
      });
      seen.push(...names(res.body));
      token = res.body.next_page_token;
    } while (token);
    expect(seen).toEqual([`${prefix} Delta`, `${prefix} gamma`, `${prefix} beta`, `${prefix} alpha`]);
  });

  it("searches versions by run_id, run_id IN, source_path, version_number and backquoted tag keys", async () => {
    const versions = async (filter: string) =>
      ((await me().get("model-versions/search", { filter })).body.model_versions ?? []).map(
        (v: { name: string }) => v.name,
      );
    expect(await versions("run_id = 'run-beta'")).toEqual([`${prefix} beta`]);
    expect((await versions("run_id IN ('run-alpha', 'run-gamma')")).sort()).toEqual([
      `${prefix} alpha`,
      `${prefix} gamma`,
    ]);
    expect(await versions(`source_path = 's3://b/Delta/model'`)).toEqual([`${prefix} Delta`]);
    expect(
      await versions(`name LIKE '${prefix}%' AND tags.\`data set\` = 'beta' AND version_number = 1`),
    ).toEqual([`${prefix} beta`]);
    // Past PostgreSQL's integer range: nothing matches, rather than the column overflowing into a 500.
    expect(await versions(`name LIKE '${prefix}%' AND version_number = 99999999999999`)).toEqual([]);
    expect(await versions(`name LIKE '${prefix}%' AND version_number < 99999999999999`)).toEqual(
      await versions(`name LIKE '${prefix}%'`),
    );
    const res = await me().get("model-versions/search", { filter: `name = '${prefix} beta'` });
    expect(res.body.model_versions[0]).toMatchObject({
      version: "1",
      run_id: "run-beta",
      tags: [{ key: "data set", value: "beta" }],
    });
  });

  it("answers an empty search with an empty object and refuses bad filters, orders, sizes and tokens", async () => {
    expect((await me().get("registered-models/search", { filter: "name = 'no such thing'" })).body).toEqual(
      {},
    );
    expectError(
      await me().get("registered-models/search", { filter: "name = 'a' OR name = 'b'" }),
      400,
      "INVALID_PARAMETER_VALUE",
      /at character 12/,
    );
    expectError(
      await me().get("model-versions/search", { filter: "run_id LIKE 'x'" }),
      400,
      "INVALID_PARAMETER_VALUE",
      /character 8/,
    );
    expectError(
      await me().get("registered-models/search", { order_by: ["version_number"] }),
      400,
      "INVALID_PARAMETER_VALUE",
    );
    expectError(
      await me().get("registered-models/search", { max_results: "1001" }),
      400,
      "INVALID_PARAMETER_VALUE",
      /at most 1000/,
    );
    expectError(
      await me().get("registered-models/search", { page_token: "garbage" }),
      400,
      "INVALID_PARAMETER_VALUE",
    );
  });
});
