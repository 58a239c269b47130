import { expect, expectNoSeriousA11yViolations, test, type DemoRole } from "./fixtures";

/** The main navigation each demo role must see, in order: the permission table made visible. */
const NAV: Record<DemoRole, string[]> = {
  scientist: ["Models", "Datasets", "Policies", "Dashboards", "Alerts"],
  officer: ["Models", "Datasets", "Approvals", "Policies", "Erasure", "Dashboards", "Alerts", "Audit"],
  officer2: ["Models", "Datasets", "Approvals", "Policies", "Erasure", "Dashboards", "Alerts", "Audit"],
  leader: ["Models", "Datasets", "Approvals", "Policies", "Dashboards", "Alerts", "Audit"],
  admin: ["Models", "Datasets", "Approvals", "Policies", "Erasure", "Dashboards", "Alerts", "Audit", "Admin"],
};

const HOME_SECTIONS = ["Your work", "Compliance", "Administration", "Across the registry"] as const;
/** The home sections each role's permissions open (an admin holds every permission, so sees them all). */
const SECTIONS: Record<DemoRole, (typeof HOME_SECTIONS)[number][]> = {
  scientist: ["Your work", "Across the registry"],
  officer: ["Compliance", "Across the registry"],
  officer2: ["Compliance", "Across the registry"],
  leader: ["Across the registry"],
  admin: ["Your work", "Compliance", "Administration", "Across the registry"],
};

for (const role of Object.keys(NAV) as DemoRole[]) {
  test(`${role}: the main navigation and the home sections match the role`, async ({ page, loginAs }) => {
    await loginAs(role);
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText(NAV[role]);
    // Wait for the streamed sections, then check which are there and which are not.
    await expect(page.getByRole("heading", { level: 2, name: "Across the registry" })).toBeVisible();
    for (const section of HOME_SECTIONS) {
      await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toHaveCount(
        SECTIONS[role].includes(section) ? 1 : 0,
      );
    }
  });
}

test("a scientist asking for the approvals inbox gets a 403 page that names the roles that may", async ({
  page,
  loginAs,
}) => {
  await loginAs("scientist");
  const response = await page.goto("/approvals");
  expect(response?.status()).toBe(403);
  await expect(
    page.getByRole("heading", { level: 1, name: "You don't have access to this page" }),
  ).toBeVisible();
  await expect(
    page.getByText("Approvals is open to the roles Compliance officer, Leadership, Admin"),
  ).toBeVisible();
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sam Scientist");
});

test("leadership reads the approvals inbox, and a request there, without a way to decide", async ({
  page,
  loginAs,
}) => {
  await loginAs("leader");
  const response = await page.goto("/approvals");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Approvals" })).toBeVisible();
  await page.locator('a[href^="/approvals/"]').first().click();
  // The review itself, before judging its buttons (this once passed on the inbox, before it navigated).
  await expect(page.getByRole("heading", { level: 1, name: /^Promote/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Approve/ })).toBeDisabled();
  await expect(page.getByRole("button", { name: /^Reject/ })).toBeDisabled();
  await expect(page.getByText("Only compliance officers decide promotion requests.")).toBeVisible();
});

test("leadership asking for an admin page gets the 403 page too", async ({ page, loginAs }) => {
  await loginAs("leader");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("Admin is open to the role Admin.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("an unknown address gets the 404 page with a way home", async ({ page, loginAs }) => {
  await loginAs("scientist");
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the home, approvals and dashboards pages have no serious accessibility violations", async ({
  page,
  loginAs,
}) => {
  // Three full axe passes, one over the dashboard's ten tiles and their data tables: slow on 2 cores.
  test.setTimeout(90_000);
  await loginAs("admin");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "Across the registry" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Approvals" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Approvals" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Pending", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("status", { name: "Loading promotion requests" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboards" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Governance dashboard" })).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: "Drift of production versions (PSI, 90 days)" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
