import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyDelivery } from "../lib/webhooks/signature";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

test("an officer acknowledges an alert, then resolves it with a comment; leadership only reads", async ({
  page,
  loginAs,
}) => {
  await loginAs("leader");
  await page.goto("/alerts?status=OPEN");
  await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
  await expect(page.getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Acknowledge/ })).toHaveCount(0);

  await loginAs("officer");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Alerts" }).click();
  // every status, so the row stays in the list as it moves on
  await page.getByLabel("Severity").selectOption("WARNING");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/severity=WARNING/);
  await expectNoSeriousA11yViolations(page);

  const row = page
    .getByRole("row")
    .filter({ hasText: "PSI is above 0.2 on prediction" })
    .filter({ hasText: "Open" })
    .first();
  const id = await row.getAttribute("data-alert-id");
  const alertRow = page.locator(`[data-alert-id="${id}"]`);
  await alertRow.getByRole("button", { name: /^Acknowledge/ }).click();
  await expect(alertRow.getByText("Acknowledged", { exact: true })).toBeVisible();

  await alertRow.getByRole("button", { name: /^Resolve/ }).click();
  await alertRow.getByRole("button", { name: "Resolve alert" }).click();
  await expect(alertRow.getByText("Say how it was resolved")).toBeVisible();
  await alertRow.getByLabel("How was it resolved?").fill("Retrained on November traffic; PSI back under 0.1");
  await alertRow.getByRole("button", { name: "Resolve alert" }).click();
  await expect(alertRow.getByText("Resolved", { exact: true })).toBeVisible();
  await expect(alertRow).toContainText("Comment: Retrained on November traffic");
  await expectNoSeriousA11yViolations(page);
});

type Received = { headers: IncomingHttpHeaders; body: string };

test("an admin registers a webhook (secret shown once), sends a test event and redelivers it", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(60_000);
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/registry-hook`;

  try {
    await loginAs("admin");
    await page.goto("/admin/webhooks");
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // refused input is shown next to the fields, and nothing is stored
    await page.getByLabel("Endpoint URL").fill("ftp://hooks.example.com/x");
    await page.getByRole("button", { name: "Create webhook" }).click();
    await expect(page.getByText("Only http:// or https:// addresses")).toBeVisible();
    await expect(page.getByText("Choose at least one event")).toBeVisible();

    await page.getByLabel("Endpoint URL").fill(url);
    await page.getByRole("checkbox", { name: /webhook\.test/ }).check();
    await page.getByRole("checkbox", { name: /alert\.raised/ }).check();
    await page.getByRole("button", { name: "Create webhook" }).click();
    await expect(page.getByText("you will not see this again")).toBeVisible();
    const secret = (await page.getByTestId("new-webhook-secret").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    await page.getByRole("link", { name: "Open the webhook" }).click();
    await expect(page).toHaveURL(/\/admin\/webhooks\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Webhook", exact: true })).toBeVisible();
    expect(await page.content()).not.toContain(secret);

    await page.getByRole("button", { name: "Send a test event" }).click();
    await expect(page.getByText("Test event queued")).toBeVisible();
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(1);
    const [first] = received;
    expect(
      verifyDelivery(
        secret,
        {
          timestamp: first!.headers["x-webhook-timestamp"] as string,
          signature: first!.headers["x-signature"] as string,
        },
        first!.body,
      ),
    ).toEqual({ ok: true });
    expect(JSON.parse(first!.body)).toMatchObject({
      type: "webhook.test",
      id: first!.headers["x-webhook-id"],
    });

    await expect
      .poll(
        async () => {
          await page.reload();
          return page.locator('[data-delivery-status="SUCCEEDED"]').count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    await expect(page.getByTestId("delivery-attempt").first()).toContainText("Attempt 1: 204 in");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Redeliver webhook.test" }).first().click();
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(2);
    expect(received[1]!.headers["x-webhook-id"]).toBe(first!.headers["x-webhook-id"]);
    expect(received[1]!.body).toBe(first!.body);

    // gone with its log, so no later test's events are sent to a receiver that has stopped
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("button", { name: "Yes, delete it and its log" }).click();
    await expect(page).toHaveURL(/\/admin\/webhooks$/);
    await expect(page.getByRole("link", { name: url })).toHaveCount(0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
