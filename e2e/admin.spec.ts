import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

test("a new API token's secret is shown once, works, and is gone after a reload; revoking stops it", async ({
  page,
  loginAs,
}) => {
  await loginAs("admin");
  await page.goto("/");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My API tokens" })).toBeVisible();

  const name = `e2e pipeline ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Expires after (days)").fill("7");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("you will not see this again")).toBeVisible();
  const secret = (await page.getByTestId("new-token-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^mrt_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("button", { name: "Copy" })).toBeVisible();

  const bearer = { authorization: `Bearer ${secret}` };
  const listed = await page.request.get("/api/v1/tokens", { headers: bearer });
  expect(listed.status()).toBe(200);
  expect(JSON.stringify(await listed.json())).not.toContain(secret);

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toBeVisible();
  await expect(row).toContainText(secret.slice(0, 10));
  await expect(page.getByText(secret)).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row.getByText("Revoked")).toBeVisible();
  expect((await page.request.get("/api/v1/tokens", { headers: bearer })).status()).toBe(401);
});

test("leadership gets a 403 page on /admin/users and a 403 from the admin API", async ({ page, loginAs }) => {
  await loginAs("leader");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Users" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);

  const api = await page.request.get("/api/v1/admin/users");
  expect(api.status()).toBe(403);
  expect((await api.json()).error.code).toBe("forbidden");
  expect((await page.goto("/admin/tokens"))?.status()).toBe(403);
});

test("an admin edits a user's roles with checkboxes, and the add-user form shows field errors", async ({
  page,
  loginAs,
}) => {
  await loginAs("admin");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/users$/);

  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText("Please correct the highlighted fields")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Give at least one role")).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: "leader@demo.local" });
  const scientist = row.getByRole("checkbox", { name: "Data scientist" });
  await scientist.check();
  await row.getByRole("button", { name: "Save roles" }).click();
  await expect(row.getByText("Roles saved")).toBeVisible();
  await page.reload();
  await expect(scientist).toBeChecked();
  // Put the demo user back as it was.
  await scientist.uncheck();
  await row.getByRole("button", { name: "Save roles" }).click();
  await expect(row.getByText("Roles saved")).toBeVisible();
  await expect(scientist).not.toBeChecked();
});

test("adding a user as an admin asks once more; cancelling adds nobody", async ({ page, loginAs }) => {
  await loginAs("admin");
  await page.goto("/admin/users");
  const email = `new-admin-${Date.now()}@example.test`;
  await page.getByLabel("Email").fill(email);
  await page.locator("#user-name").fill("New Admin");
  await page.getByLabel("Initial password").fill("a-long-enough-password");
  const roles = page.getByRole("group", { name: "Roles (at least one)" });
  await roles.getByRole("checkbox", { name: "Admin" }).check();
  await page.getByRole("button", { name: "Add user" }).click();

  const confirmation = page.getByRole("group", { name: /Confirm: Make New Admin an admin\?/ });
  await expect(confirmation).toBeVisible();
  await confirmation.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);

  await page.getByRole("button", { name: "Add user" }).click();
  await page.getByRole("button", { name: "Yes, grant admin" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${email} was added.` })).toBeVisible();
});

test("the admin and token pages have no serious accessibility violations", async ({ page, loginAs }) => {
  await loginAs("admin");
  for (const path of ["/admin/users", "/admin/tokens", "/account/tokens"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
});
