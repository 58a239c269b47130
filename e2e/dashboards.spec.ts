import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

const CARDS = [
  { id: "stages", title: "Versions by stage", empty: "No model versions yet" },
  { id: "promotions", title: "Promotion requests per week", empty: "No promotion requests in 12 weeks" },
  { id: "risk", title: "Risk tier by stage", empty: "No model versions yet" },
  { id: "alerts", title: "Open alerts by severity", empty: "No open alerts" },
  {
    id: "drift",
    title: "Drift of production versions (PSI, 90 days)",
    empty: "No drift measured in 90 days",
  },
];

test("leadership sees the headline numbers and every chart, each with a text alternative or an empty state", async ({
  page,
  loginAs,
}) => {
  await loginAs("leader");
  await page.goto("/dashboards");
  await expect(page.getByRole("heading", { level: 1, name: "Governance dashboard" })).toBeVisible();
  for (const label of [
    "Models",
    "Versions in production",
    "Pending approvals",
    "Policy breaches (30 days)",
    "Open alerts",
  ]) {
    await expect(page.getByText(label, { exact: true }).first()).toBeVisible();
  }
  for (const card of CARDS) {
    const region = page.locator(`#${card.id}`);
    await expect(region.getByRole("heading", { level: 2, name: card.title })).toBeVisible();
    const chart = region.locator('[role="img"]');
    if ((await chart.count()) > 0) {
      // A drawn chart is one image named by a summary, with every number in a table for screen readers.
      await expect(chart).toHaveAccessibleName(/chart of/);
      await expect(region.locator("table caption")).toHaveCount(1);
      expect(await region.locator("table tbody tr").count()).toBeGreaterThan(0);
    } else {
      await expect(region.getByText(card.empty)).toBeVisible();
    }
  }
  await expectNoSeriousA11yViolations(page);
});

test("the home page's numbers link to the chart behind them", async ({ page, loginAs }) => {
  await loginAs("leader");
  await page.goto("/");
  await page.getByRole("link", { name: /^Pending approvals/ }).click();
  await expect(page).toHaveURL(/\/dashboards#promotions$/);
  await expect(
    page.locator("#promotions").getByRole("heading", { name: "Promotion requests per week" }),
  ).toBeVisible();
});

test("every role may read the dashboards", async ({ page, loginAs }) => {
  await loginAs("scientist");
  const response = await page.goto("/dashboards");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Governance dashboard" })).toBeVisible();
});
