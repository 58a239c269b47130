import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

test("an officer sees the chain intact and filters the trail by action", async ({ page, loginAs }) => {
  await loginAs("officer");
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Chain intact: \d+ events verified/ })).toBeVisible();
  await expect(page.getByTestId("audit-action").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Action").fill("team.created");
  await page.getByRole("button", { name: "Apply filters" }).click();
  // Empty fields stay out of the URL, so the filtered view is a short link to share.
  await expect(page).toHaveURL(/\/audit\?action=team\.created$/);
  const actions = page.getByTestId("audit-action");
  await expect(actions.first()).toHaveText("team.created");
  const shown = await actions.allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  expect(new Set(shown)).toEqual(new Set(["team.created"]));

  // The details of a row open in place.
  await page.locator("tbody tr").first().locator("summary").first().click();
  await expect(page.getByText("Recorded details (JSON)").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Verify again" }).click();
  await expect(page.getByRole("heading", { name: /Chain intact/ })).toBeVisible();
});

test("a filter that matches nothing shows the empty state, and clearing it brings the events back", async ({
  page,
  loginAs,
}) => {
  await loginAs("officer");
  await page.goto("/audit?action=nothing.matches");
  await expect(page.getByText("No events match these filters")).toBeVisible();
  await expect(page.getByLabel("Action")).toHaveValue("nothing.matches");
  await page.getByRole("main").getByRole("link", { name: "Clear filters" }).last().click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByLabel("Action")).toHaveValue("");
  await expect(page.getByTestId("audit-action").first()).toBeVisible();
});

test("a data scientist gets the 403 page on /audit", async ({ page, loginAs }) => {
  await loginAs("scientist");
  const response = await page.goto("/audit");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Audit trail" })).toHaveCount(0);
  await expect(page.getByTestId("audit-action")).toHaveCount(0);
});
