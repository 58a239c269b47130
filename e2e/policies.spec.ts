import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { registerVersion, uniqueSuffix } from "./registry-helpers";

test("an officer writes a policy with two rules, enforces it as version 2 and reads its history", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(120_000);
  await loginAs("officer");
  const name = `E2E release gate ${uniqueSuffix()}`;

  await page.goto("/policies");
  await expect(page.getByRole("heading", { level: 1, name: "Policies" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "New policy" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "New policy" })).toBeVisible();

  const rule = (n: number) => page.getByRole("group", { name: new RegExp(`^Rule ${n}:`) });
  await test.step("two rules, one missing its threshold: the error shows beside it", async () => {
    await page.getByLabel("Name").fill(name);
    await page.getByRole("button", { name: "Add rule" }).click();
    await rule(1).getByLabel("Suite").fill("helm");
    await rule(1).getByLabel("Metric").fill("accuracy");
    await page.getByLabel("Kind of rule to add").selectOption({ label: "Required artifacts" });
    await page.getByRole("button", { name: "Add rule" }).click();
    await rule(2).getByLabel("safetensors").check();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Create policy" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields" });
    await expect(summary).toContainText("Rule 1 (metric-min): Threshold");
    await expect(rule(1).getByLabel("Threshold")).toHaveAttribute("aria-invalid", "true");
    await expect(rule(1).getByText("A number")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await rule(1).getByLabel("Threshold").fill("0.8");
    await page.getByRole("button", { name: "Create policy" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  });
  const policyUrl = new URL(page.url()).pathname;

  await test.step("the policy page: rules in words, version 1, the shadow report", async () => {
    const rules = page.getByRole("list", { name: "Rules of this version" });
    await expect(rules.getByRole("listitem")).toHaveCount(2);
    await expect(rules.getByRole("listitem").first()).toContainText("helm accuracy at least 0.8");
    await expect(rules.getByRole("listitem").nth(1)).toContainText("required-artifacts");
    await expect(page.getByRole("heading", { name: "What enforcing would have blocked" })).toBeVisible();
    await expect(page.getByText(/No request was judged by this policy between/)).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Version 1" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("edit it to ENFORCE with a higher threshold: version 2 and its diff", async () => {
    await page.getByRole("link", { name: "Edit policy" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Edit ${name}` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("radio", { name: /^Enforce/ }).check();
    await rule(1).getByLabel("Threshold").fill("0.85");
    await page.getByLabel("Change note").fill("Enforce after the shadow period");
    await page.getByRole("button", { name: "Save version 2" }).click();

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const latest = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Version 2" }) });
    await expect(latest).toContainText("Enforce after the shadow period");
    const changes = page.getByRole("list", { name: "Changes in version 2" });
    await expect(changes).toContainText("Mode: SHADOW -> ENFORCE");
    await expect(changes).toContainText("Rule metric-min: threshold 0.8 -> 0.85");
    await expect(page.getByRole("heading", { name: "What it caught" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  await test.step("a period out of order is refused beside its field", async () => {
    await page.goto(`${policyUrl}?from=2026-02-01&to=2026-01-01`);
    await expect(page.getByLabel("Until, not included (UTC)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Must be after the start of the period")).toBeVisible();
  });
});

test("a data scientist reads policies but may not write them; an unknown policy is a 404", async ({
  page,
  loginAs,
}) => {
  await loginAs("officer");
  const created = await page.request.post("/api/v1/policies", {
    data: {
      name: `E2E read-only ${uniqueSuffix()}`,
      targetStage: "STAGING",
      mode: "SHADOW",
      enabled: true,
      rules: [{ id: "legal", kind: "dataset_legal_basis" }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { policy } = (await created.json()) as { policy: { id: string; name: string } };

  await loginAs("scientist");
  await page.goto("/policies");
  await expect(page.getByRole("link", { name: policy.name })).toBeVisible();
  await expect(page.getByRole("link", { name: "New policy" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: policy.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: policy.name })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit policy" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit to enforce" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  for (const path of ["/policies/new", `/policies/${policy.id}/edit`]) {
    const refused = await page.goto(path);
    expect(refused?.status(), path).toBe(403);
    await expect(
      page.getByText("Editing policies is open to the roles Compliance officer, Admin"),
    ).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);

  const missing = await page.goto("/policies/no-such-policy-here");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Policy not found" })).toBeVisible();
});

test("the shadow report counts a real request the policy would have blocked, by rule, with links", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(90_000);
  const id = uniqueSuffix();
  await loginAs("officer");
  const created = await page.request.post("/api/v1/policies", {
    data: {
      name: `E2E shadow watch ${id}`,
      targetStage: "STAGING",
      mode: "SHADOW",
      enabled: true,
      rules: [
        { id: "unmeasured", kind: "metric_min", suite: `e2e-${id}`, metric: "accuracy", threshold: 0.5 },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { policy } = (await created.json()) as { policy: { id: string } };

  await loginAs("scientist");
  const versionId = await registerVersion(page, {
    slug: `e2e-shadowed-${id}`,
    name: `E2E shadowed ${id}`,
    kind: "BASE",
  });
  const asked = await page.request.post(`/api/v1/versions/${versionId}/promotions`, {
    data: { toStage: "STAGING", justification: "E2E: a request the shadow policy fails" },
  });
  // Whatever the demo's enforced policies decide, the request is stored with every verdict frozen on it.
  expect([201, 422], await asked.text()).toContain(asked.status());
  const body = (await asked.json()) as { request?: { id: string }; error?: { requestId: string } };
  const requestId = body.request?.id ?? body.error!.requestId;

  await page.goto(`/policies/${policy.id}`);
  await expect(
    page.getByText("Switched to enforce, this policy would have blocked 1 request of 1 judged"),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: /Requests evaluated and failed per rule/ })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "unmeasured" });
  await expect(row.getByRole("link", { name: /Request to staging/ })).toHaveAttribute(
    "href",
    `/approvals/${requestId}`,
  );
  await expect(row.getByRole("link", { name: new RegExp(`E2E shadowed ${id} v1`) })).toHaveAttribute(
    "href",
    `/versions/${versionId}`,
  );
  await expectNoSeriousA11yViolations(page);
});
