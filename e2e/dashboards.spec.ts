import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

const CARDS = [
  { id: "stages", title: "Versions by stage", empty: "No model versions yet" },
  { id: "promotions", title: "Promotion requests per week", empty: "No promotion requests in 12 weeks" },
  { id: "risk", title: "Risk tier by stage", empty: "No model versions yet" },
  { id: "alerts", title: "Open alerts by severity", empty: "No open alerts" },
  { id: "pending", title: "Pending approvals", empty: "Nothing waits for a decision" },
  { id: "lead-time", title: "Approval lead time", empty: "No decisions in 12 weeks" },
  { id: "drift-alerts", title: "Drift alerts per week", empty: "No drift alerts in 12 weeks" },
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
  // Ten tiles of charts, and axe over all of them, on shared cores.
  test.setTimeout(90_000);
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

/** The counts a tile's links carry ("Production: 3"), by label. */
async function linkCounts(page: Page, tile: string) {
  const counts: Record<string, number> = {};
  for (const text of await page.locator(`#${tile} nav a`).allInnerTexts()) {
    const [label, count] = text.split(": ");
    counts[label!] = Number(count);
  }
  return counts;
}

test("a filter changes every tile, and a tile's link lands on a list with the same count", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(90_000);
  await loginAs("leader");
  await page.goto("/dashboards");
  await expect(page.locator("#stages nav a")).toHaveCount(4);
  const everyTier = await linkCounts(page, "stages");
  expect(everyTier.Production).toBeGreaterThan(0);

  await page.getByRole("combobox", { name: "Risk tier" }).selectOption("LIMITED");
  await page.getByRole("button", { name: "Apply filters" }).click();
  // A plain GET form sends the empty team too.
  await expect(page).toHaveURL(/\/dashboards\?(team=&)?riskTier=LIMITED$/);
  await expect(page.locator("#risk nav a")).toHaveText([
    "Minimal risk: 0",
    /^Limited risk: \d+$/,
    "High risk: 0",
  ]);
  await expect(page.locator("#stages nav a")).toHaveCount(4);
  const limited = await linkCounts(page, "stages");
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  expect(sum(limited)).toBeLessThan(sum(everyTier));
  expect(sum(limited)).toBe((await linkCounts(page, "risk"))["Limited risk"]);

  await page
    .locator("#stages nav")
    .getByRole("link", { name: /^Production: / })
    .click();
  await expect(page).toHaveURL(/\/models\?view=versions&riskTier=LIMITED&stage=PRODUCTION$/);
  await expect(page.getByTestId("list-total")).toHaveText(new RegExp(`^${limited.Production} versions?\\b`));
  await expect(page.getByRole("table", { name: "Model versions" }).locator("tbody tr")).toHaveCount(
    limited.Production!,
  );
  await expectNoSeriousA11yViolations(page);

  // A stale bookmark's team is refused by name, not shown as an empty registry.
  await page.goto("/dashboards?team=no-such-team");
  await expect(page.getByRole("alert").filter({ hasText: "These filters are not valid" })).toContainText(
    'team: No team "no-such-team"',
  );
  await page.getByRole("link", { name: "Show the whole dashboard" }).click();
  await expect(page.locator("#stages nav a")).toHaveCount(4);
});

test("the alert tiles link to the alerts list with their filters", async ({ page, loginAs }) => {
  test.setTimeout(60_000);
  await loginAs("leader");
  await page.goto("/dashboards");
  await expect(page.locator("#alerts nav a")).toHaveCount(3);
  const critical = (await linkCounts(page, "alerts")).Critical!;
  await page
    .locator("#alerts nav")
    .getByRole("link", { name: /^Critical: / })
    .click();
  await expect(page).toHaveURL(/\/alerts\?status=OPEN&severity=CRITICAL$/);
  await expect(page.getByTestId("list-total")).toContainText(
    `${critical} ${critical === 1 ? "alert" : "alerts"}`,
  );
  await expectNoSeriousA11yViolations(page);

  // The headline card leads to the list it counts, as every tile does.
  await page.goto("/dashboards");
  const card = page.getByRole("link", { name: /^Open alerts/ });
  const open = Number((await card.locator("dd").first().innerText()).replaceAll(",", ""));
  await card.click();
  await expect(page).toHaveURL(/\/alerts\?status=OPEN$/);
  await expect(page.getByTestId("list-total")).toContainText(`${open} ${open === 1 ? "alert" : "alerts"}`);
});
