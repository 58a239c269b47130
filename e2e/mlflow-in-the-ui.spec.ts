import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { ok, unique } from "./registry-api";

test("what an MLflow client sets on a model shows on its page: aliases with their versions, and key-value tags", async ({
  page,
  loginAs,
}) => {
  await loginAs("scientist");
  const mlflow = (path: string, data: unknown) => page.request.post(`/api/2.0/mlflow/${path}`, { data });
  const name = unique("E2E MLflow model");
  await ok(
    await mlflow("registered-models/create", { name, tags: [{ key: "framework", value: "transformers" }] }),
  );
  await ok(
    await mlflow("model-versions/create", {
      name,
      source: "s3://bucket/e2e/model",
      run_id: "e2e-run-42",
      run_link: "https://mlflow.example.com/#/experiments/1/runs/e2e-run-42",
      tags: [{ key: "dataset_snapshot", value: "2026-11-30" }],
    }),
  );
  await ok(await mlflow("registered-models/alias", { name, alias: "candidate", version: "1" }));
  // A production alias on a version still in development is refused, with the reason.
  const refused = await mlflow("registered-models/alias", { name, alias: "champion", version: "1" });
  expect(refused.status()).toBe(409);
  expect(await refused.json()).toMatchObject({ message: expect.stringContaining("means production") });

  const { registered_model: model } = await ok<{ registered_model: { name: string } }>(
    await page.request.get(`/api/2.0/mlflow/registered-models/get?name=${encodeURIComponent(name)}`),
  );
  expect(model.name).toBe(name);
  await page.goto(`/models?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();

  const card = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { level: 2, name: "Aliases and tags" }) });
  await expect(card.getByRole("listitem")).toHaveText(/@candidate\s*→\s*v1\s*Development/);
  await expect(card.getByText("framework")).toBeVisible();
  await expect(card.getByText("transformers")).toBeVisible();
  await expect(card.getByText("registry.kind")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // The version page shows where its files came from, the run, its tags and the alias pointing at it.
  await card.getByRole("link", { name: "v1" }).click();
  const origin = page.getByRole("definition").filter({ hasText: "s3://bucket/e2e/model" });
  await expect(origin).toBeVisible();
  await expect(page.getByText("e2e-run-42", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /runs\/e2e-run-42$/ })).toHaveAttribute("target", "_blank");
  await expect(page.getByText("@candidate")).toBeVisible();
  const versionTags = page.getByRole("definition").filter({ hasText: "2026-11-30" });
  await expect(versionTags).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
