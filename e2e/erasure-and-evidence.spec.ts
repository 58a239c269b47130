import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { verifyEvidencePackage } from "@/lib/evidence/verify-package";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { uniqueSuffix } from "./registry-helpers";

test("an officer opens an erasure request on a dataset version and decides an affected version", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(90_000);
  await loginAs("officer");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /Erasure requests \(1 overdue\)/ })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Erasure" }).click();
  await expect(page.getByRole("row").filter({ hasText: "customer C-0031977" })).toContainText("Overdue");
  await expectNoSeriousA11yViolations(page);

  const { dataset } = (await (await page.request.get("/api/v1/datasets/support-tickets-eu")).json()) as {
    dataset: { id: string };
  };
  await page.goto(`/datasets/${dataset.id}`);
  const form = page.getByRole("form", { name: "Open an erasure request" });
  const subject = `customer E2E-${uniqueSuffix()}`;
  await form.getByLabel("Data subject").fill(subject);
  await form.getByLabel("Due date").fill("2020-01-01");
  await form.getByRole("button", { name: "Open erasure request" }).click();
  await expect(form.getByLabel("Due date")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Due date").fill(new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10));
  await form.getByRole("button", { name: "Open erasure request" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Erasure request: ${subject}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const rows = page.getByRole("row").filter({ has: page.getByRole("form", { name: "Disposition" }) });
  const total = await rows.count();
  expect(total).toBeGreaterThan(0);
  const first = rows.first();
  // No disposition is chosen for the officer: Decide waits for one.
  await expect(first.getByRole("button", { name: "Decide" })).toBeDisabled();
  await first.getByRole("combobox", { name: "Disposition" }).selectOption({ label: "No action" });
  await first.getByRole("button", { name: "Decide" }).click();
  await expect(first.getByText("Say why no action is needed")).toBeVisible();
  await first
    .getByRole("textbox", { name: "Reason" })
    .fill("Only the pseudonymised copy reached this version");
  await first.getByRole("button", { name: "Decide" }).click();
  await expect(page.getByTestId("erasure-progress")).toHaveText(
    new RegExp(`^1 of ${total} affected versions decided`),
  );
});

test("anyone who reads a version downloads its evidence package, and it verifies on its own", async ({
  page,
  loginAs,
}) => {
  await loginAs("leader");
  const { items } = (await (await page.request.get("/api/v1/versions?stage=PRODUCTION&limit=1")).json()) as {
    items: { id: string }[];
  };
  await page.goto(`/versions/${items[0]!.id}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download evidence" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^evidence-.+\.zip$/);
  const files = new Map(Object.entries(unzipSync(readFileSync(await download.path()))));
  const result = verifyEvidencePackage(files);
  expect(result.problems).toEqual([]);
  expect(result.auditEvents).toBeGreaterThan(3);
});
