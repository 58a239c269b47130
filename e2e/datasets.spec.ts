import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { registerVersion, uniqueSuffix } from "./registry-helpers";

test("a scientist registers a dataset and a personal-data version, and sees the models trained on it", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(90_000);
  await loginAs("scientist");
  const id = uniqueSuffix();
  const slug = `e2e-chats-${id}`;
  const name = `E2E support chats ${id}`;

  await page.goto("/datasets");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Register a dataset" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Register a dataset" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await test.step("the registration form shows every field error, then registers", async () => {
    await page.getByLabel("Slug").fill("Not a slug");
    await page.getByRole("button", { name: "Register dataset" }).click();
    await expect(page.getByText("Please correct the highlighted fields")).toBeVisible();
    for (const field of ["Name", "Slug", "Source", "Licence"])
      await expect(page.getByLabel(field)).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Slug").fill(slug);
    await page.getByLabel("Source").fill("Zendesk export");
    await page.getByLabel("Licence").fill("internal");
    await page.getByRole("button", { name: "Register dataset" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  });
  const datasetId = new URL(page.url()).pathname.split("/").pop()!;

  await test.step("personal data needs a legal basis, next to its field", async () => {
    const form = page.getByRole("form", { name: "Add a version" });
    await form.getByLabel("Label").fill("2026-01");
    await form.getByLabel("Rows").fill("1200");
    await form.getByLabel("Contains personal data").check();
    await form.getByLabel("Categories").fill("email, name");
    await form.getByRole("button", { name: "Add version" }).click();
    await expect(form.getByLabel("Legal basis")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("Required when the data contains personal data")).toBeVisible();

    await form.getByLabel("Legal basis").selectOption({ label: "Consent" });
    await form.getByRole("button", { name: "Add version" }).click();
    await expect(form.getByText("Version 1 was added.")).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: "2026-01" });
    await expect(row).toContainText("Personal data");
    await expect(row).toContainText("email, name");
    await expect(row).toContainText("Consent");
    await expect(row).toContainText("1,200");
  });

  await test.step("the impact list shows versions trained on it, directly and through an ancestor", async () => {
    const detail = (await (await page.request.get(`/api/v1/datasets/${datasetId}`)).json()) as {
      dataset: { versions: { id: string }[] };
    };
    const datasetVersionId = detail.dataset.versions[0]!.id;
    const trainedId = await registerVersion(
      page,
      { slug: `e2e-trained-${id}`, name: `E2E trained ${id}`, kind: "BASE" },
      { datasets: [{ datasetVersionId, role: "TRAIN" }] },
    );
    await registerVersion(
      page,
      { slug: `e2e-child-${id}`, name: `E2E child ${id}`, kind: "FINE_TUNED" },
      { parents: [{ versionId: trainedId, relation: "FINETUNED_FROM" }] },
    );

    await page.reload();
    const impact = page.getByRole("region", { name: "Models trained on this dataset" });
    await expect(impact.getByRole("row").filter({ hasText: `E2E trained ${id} v1` })).toContainText(
      "Trained on it directly",
    );
    await expect(impact.getByRole("row").filter({ hasText: `E2E child ${id} v1` })).toContainText(
      "Through an ancestor",
    );
    await impact.getByLabel("Dataset version").selectOption({ label: "v1 · 2026-01" });
    await impact.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(`datasetVersion=${datasetVersionId}`));
    await expect(impact.getByRole("row").filter({ hasText: `E2E trained ${id} v1` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await impact.getByRole("link", { name: `E2E trained ${id} v1` }).click();
    await page
      .getByRole("navigation", { name: "Version sections" })
      .getByRole("link", { name: "Datasets" })
      .click();
    await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Training");
  });

  await test.step("the list finds it by search and by the personal-data filter", async () => {
    await page.goto("/datasets");
    await page.getByLabel("Search").fill(slug);
    await page.getByLabel("Personal data").selectOption("yes");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByRole("link", { name })).toBeVisible();
    await page.getByLabel("Personal data").selectOption("no");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByText("No datasets match these filters")).toBeVisible();
  });
});

test("officers read datasets but get a 403 on the registration page", async ({ page, loginAs }) => {
  await loginAs("officer");
  await page.goto("/datasets");
  await expect(page.getByRole("heading", { level: 1, name: "Datasets" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Register a dataset" })).toHaveCount(0);
  expect((await page.goto("/datasets/new"))?.status()).toBe(403);
  expect((await page.goto("/datasets/no-such-dataset"))?.status()).toBe(404);
});
