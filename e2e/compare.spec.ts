import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

test("from a model page, two ticked versions open side by side with the best value marked", async ({
  page,
  loginAs,
}) => {
  // Three page loads and an axe pass over a page of charts, on shared cores.
  test.setTimeout(90_000);
  await loginAs("leader");
  await page.goto("/models/support-intent-lora");
  await page.getByRole("checkbox", { name: "Compare Support intent LoRA v1" }).check();
  await page.getByRole("checkbox", { name: "Compare Support intent LoRA v2" }).check();
  await page.getByRole("button", { name: "Compare" }).click();

  await expect(page).toHaveURL(/\/compare\?v=[^&]+&v=[^&]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Compare versions" })).toBeVisible();
  const evaluation = page.getByRole("table", { name: "Latest evaluation metrics by version" });
  await expect(evaluation.getByRole("columnheader", { name: "Support intent LoRA v1" })).toBeVisible();
  // support-intent-accuracy: v2 scores 0.903 against v1's 0.872, and accuracy is better high.
  const accuracy = evaluation
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: "support-intent-accuracy", exact: true }) })
    .filter({ has: page.getByRole("rowheader", { name: /^accuracy/ }) });
  await expect(accuracy.getByRole("cell", { name: "0.903 Best" })).toBeVisible();
  await expect(accuracy.getByRole("cell", { name: "0.872", exact: true })).toBeVisible();
  await expect(page.locator('[role="img"][aria-label^="Grouped bar chart"]').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The URL is the comparison: removing a version leaves one, and the page asks for another.
  await page.getByRole("link", { name: "Remove Support intent LoRA v1" }).click();
  await expect(page.getByText("Pick at least two versions")).toBeVisible();
  await page.getByLabel("Find versions by model name").fill("support intent");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Add Support intent LoRA v1" }).click();
  await expect(page.getByRole("table", { name: "Latest evaluation metrics by version" })).toBeVisible();
});

test("an unknown version is named, not a crash", async ({ page, loginAs }) => {
  await loginAs("scientist");
  await page.goto("/compare?v=nope-1&v=nope-2");
  await expect(page.getByRole("alert").filter({ hasText: "was not found" })).toContainText("nope-1");
});
