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
  await ok(await mlflow("model-versions/create", { name, source: "s3://bucket/e2e/model" }));
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
  await card.getByRole("link", { name: "v1" }).click();
  await expect(page).toHaveURL(/\/versions\//);
  await page.goBack();
  await expectNoSeriousA11yViolations(page);
});
