import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password";
export const DEMO_USERS = {
  scientist: "scientist@demo.local",
  officer: "officer@demo.local",
  officer2: "officer2@demo.local",
  leader: "leader@demo.local",
  admin: "admin@demo.local",
} as const;
export type DemoRole = keyof typeof DEMO_USERS;

/** Signs in through next-auth's documented endpoints (csrf, then the credentials callback), as scripts do. */
export async function signInViaApi(page: Page, role: DemoRole) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: DEMO_USERS[role], password: DEMO_PASSWORD, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session.user?.email).toBe(DEMO_USERS[role]);
}

/** Fails the test on any serious or critical accessibility violation of the current page. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Next streams a dynamic page's metadata: right after a router.refresh() the <title> can be briefly
  // absent. Wait for it (a page that never gets one still fails here) so axe sees the settled page.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

export const test = base.extend<{ loginAs: (role: DemoRole) => Promise<void> }>({
  // `provide` is Playwright's fixture callback (usually called `use`, which trips the React hooks lint rule).
  loginAs: async ({ page }, provide) => {
    await provide((role) => signInViaApi(page, role));
  },
});
export { expect };
