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

test("after sign-in a callbackUrl on this app is followed and one that leaves it is not", async ({
  page,
}) => {
  const signInWith = async (callbackUrl: string) => {
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Email").fill(DEMO_USERS.scientist);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
  };
  await signInWith("/\\evil.example/x");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sam Scientist");
  expect(new URL(page.url()).hostname).not.toBe("evil.example");
  expect(new URL(page.url()).pathname).toBe("/");
  await page.context().clearCookies();

  await signInWith("/%09/evil.example");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sam Scientist");
  expect(new URL(page.url()).pathname).toBe("/");
  await page.context().clearCookies();

  await signInWith("/models?kind=BASE");
  await expect(page).toHaveURL(/\/models\?kind=BASE$/);
});

test("signing out ends the session on the server: a copy of its cookie no longer works", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO_USERS.leader);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lee Leader");
  const copied = await page.context().cookies();
  expect((await page.request.get("/api/v1/models")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.context().addCookies(copied);
  expect((await page.request.get("/api/v1/models")).status()).toBe(401);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});
