import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postWebhook } from "@/app/api/v1/webhooks/route";
import { raiseAlert } from "@/lib/server/alerts/raise-alert";
import { db } from "@/lib/server/db";
import { verifyDelivery } from "@/lib/webhooks/signature";
import { callRoute } from "@/tests/support/call-route";
import { createUserWithToken } from "@/tests/support/factories";
import { eventually, withJobWorker } from "@/tests/support/job-worker";
import { createWebhook } from "./create-webhook";
import { deliverWebhook } from "./deliver-webhook";
import { sendTestEvent } from "./send-test-event";

// retries after 0.2 s, 0.4 s; three attempts in all; one delivery that fails them all disables the endpoint
withJobWorker({
  WEBHOOK_RETRY_SCHEDULE: "0.2,0.4",
  WEBHOOK_MAX_ATTEMPTS: "3",
  WEBHOOK_DISABLE_AFTER_FAILURES: "1",
});

type Received = { headers: IncomingMessage["headers"]; body: string; status: number };

/** A receiver on 127.0.0.1 answering with `statuses` in turn (the last one from then on). */
async function receiver(statuses: number[]) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const status = statuses[Math.min(received.length, statuses.length - 1)]!;
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

let admin: Awaited<ReturnType<typeof createUserWithToken>>;
const servers: { close: () => Promise<unknown> }[] = [];
beforeAll(async () => {
  admin = await createUserWithToken({ roles: ["ADMIN"] });
});
afterAll(async () => {
  for (const server of servers) await server.close();
});

const deliveryOf = (webhookId: string) =>
  db.webhookDelivery.findFirstOrThrow({
    where: { webhookId },
    include: { attemptLog: { orderBy: { attempt: "asc" } } },
  });

describe("webhook deliveries", () => {
  it("signs each delivery, retries after failures with backoff, and logs every attempt", async () => {
    const endpoint = await receiver([500, 503, 200]);
    servers.push(endpoint);
    const webhook = await createWebhook(admin.principal, { url: endpoint.url, events: ["alert.raised"] });
    const stored = await db.webhook.findUniqueOrThrow({ where: { id: webhook.id } });
    expect(stored.encryptedSecret).not.toContain(webhook.secret);

    // an audited change in a transaction of its own: the delivery derives from its audit event
    const alertId = await db.$transaction((tx) =>
      raiseAlert(tx, {
        versionId: null,
        kind: "POLICY",
        severity: "INFO",
        rule: "test",
        title: "A test alert",
        details: {},
      }),
    );
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: alertId!, action: "alert.raised" },
    });

    const delivery = await eventually(
      () => deliveryOf(webhook.id),
      (d) => d.status === "SUCCEEDED",
    );
    expect(delivery.attemptLog.map((a) => [a.attempt, a.responseCode, a.succeeded])).toEqual([
      [1, 500, false],
      [2, 503, false],
      [3, 200, true],
    ]);
    expect(delivery.attemptLog.every((a) => a.durationMs >= 0)).toBe(true);
    // the backoff: each retry waited at least its (jittered) delay after the previous attempt
    const gap = (i: number) =>
      delivery.attemptLog[i]!.startedAt.getTime() - delivery.attemptLog[i - 1]!.startedAt.getTime();
    expect(gap(1)).toBeGreaterThanOrEqual(150);
    expect(gap(2)).toBeGreaterThanOrEqual(300);
    expect(delivery).toMatchObject({ attempts: 3, responseCode: 200, eventId: event.id });

    expect(endpoint.received).toHaveLength(3);
    for (const request of endpoint.received) {
      expect(request.headers["x-webhook-id"]).toBe(event.id);
      const verified = verifyDelivery(
        webhook.secret,
        {
          timestamp: request.headers["x-webhook-timestamp"] as string,
          signature: request.headers["x-signature"] as string,
        },
        request.body,
      );
      expect(verified).toEqual({ ok: true });
      expect(JSON.parse(request.body)).toMatchObject({
        id: event.id,
        type: "alert.raised",
        createdAt: event.occurredAt.toISOString(),
        data: { action: "alert.raised", entity: { type: "alert", id: alertId } },
      });
    }
    expect(endpoint.received[0]!.body).toBe(endpoint.received[2]!.body);
  }, 30_000);

  it("disables an endpoint that keeps failing, with an audit event and an alert", async () => {
    const endpoint = await receiver([500]);
    servers.push(endpoint);
    const webhook = await createWebhook(admin.principal, { url: endpoint.url, events: ["webhook.test"] });
    await sendTestEvent(admin.principal, webhook.id);
    const delivery = await eventually(
      () => deliveryOf(webhook.id),
      (d) => d.status === "FAILED",
    );
    expect(delivery.attemptLog).toHaveLength(3);
    expect(await db.webhook.findUniqueOrThrow({ where: { id: webhook.id } })).toMatchObject({
      enabled: false,
      disabledReason: "1 delivery failed after every retry",
    });
    expect(
      await db.alert.findFirst({ where: { rule: "webhook.failing", feature: webhook.id } }),
    ).toMatchObject({
      kind: "WEBHOOK",
      status: "OPEN",
    });
    expect(await db.auditEvent.count({ where: { entityId: webhook.id, action: "webhook.disabled" } })).toBe(
      1,
    );
  }, 30_000);

  it("runs an attempt once: the job run again (after a crash past its commit) sends and logs nothing more", async () => {
    const endpoint = await receiver([200]);
    servers.push(endpoint);
    const webhook = await createWebhook(admin.principal, { url: endpoint.url, events: ["webhook.test"] });
    const { id } = await sendTestEvent(admin.principal, webhook.id);
    await eventually(
      () => deliveryOf(webhook.id),
      (d) => d.status === "SUCCEEDED",
    );
    await deliverWebhook({ deliveryId: id, attempt: 1 });
    expect(endpoint.received).toHaveLength(1);
    expect((await deliveryOf(webhook.id)).attemptLog).toHaveLength(1);
  });

  it("refuses unknown events and non-http addresses with field messages, storing nothing", async () => {
    const before = { webhooks: await db.webhook.count(), events: await db.auditEvent.count() };
    const post = (body: unknown) =>
      callRoute(postWebhook, { url: "/api/v1/webhooks", method: "POST", token: admin.token, body });
    const unknownEvent = await post({
      url: "https://hooks.example.com/x",
      events: ["alert.raised", "model.exploded"],
    });
    expect(unknownEvent.status).toBe(400);
    expect(unknownEvent.body.error.fields["events.1"]).toMatch(/alert.raised/);
    const ftp = await post({ url: "ftp://hooks.example.com/x", events: ["alert.raised"] });
    expect(ftp.status).toBe(400);
    expect(ftp.body.error.fields.url).toMatch(/http/);
    const metadata = await post({ url: "http://169.254.169.254/latest", events: ["alert.raised"] });
    expect(metadata.body.error.fields.url).toMatch(/link-local/);
    expect(await post({ url: "https://hooks.example.com/x", events: [] })).toMatchObject({ status: 400 });
    expect({ webhooks: await db.webhook.count(), events: await db.auditEvent.count() }).toEqual(before);

    const created = await post({
      url: "https://hooks.example.com/x",
      events: ["alert.raised", "alert.raised"],
    });
    expect(created.status).toBe(201);
    expect(created.body.webhook).toMatchObject({ events: ["alert.raised"], enabled: true });
    expect(created.body.webhook.secret).toMatch(/^whsec_/);
  });
});
