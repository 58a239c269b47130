import { expect, expectNoSeriousA11yViolations, test, DEMO_PASSWORD, DEMO_USERS } from "./fixtures";

test("a wrong password shows a clear message and does not sign in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("Email").fill(DEMO_USERS.scientist);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  await expectNoSeriousA11yViolations(page);
});

test("signing in through the form lands on the home page, and signing out ends the session", async ({
  page,
}) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO_USERS.scientist);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sam Scientist");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});
