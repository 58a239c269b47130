import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import PgBoss from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { sendTestEvent } from "@/lib/server/webhooks/send-test-event";
import { createUser } from "@/tests/support/factories";
import { eventually } from "@/tests/support/job-worker";
import { JOB_SCHEMA, QUEUES } from "./queues";
import { startJobWorker, type JobWorker } from "./worker";

Object.assign(process.env, {
  WEBHOOK_ALLOW_LOCAL: "true",
  JOB_POLL_SECONDS: "0.5",
  JOB_MAINTENANCE_SECONDS: "1",
});

const received: string[] = [];
const server = createServer((req, res) => {
  received.push(String(req.headers["x-webhook-id"]));
  req.resume();
  req.on("end", () => res.writeHead(200).end());
});
let worker: JobWorker | undefined;
afterAll(async () => {
  await worker?.stop();
  await new Promise((resolve) => server.close(resolve));
});

describe("a worker that dies mid-job", () => {
  it("loses nothing: the job expires, is retried, and runs to the end on another worker", async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { principal } = await createUser({ roles: ["ADMIN"] });
    const webhook = await createWebhook(principal, {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
      events: ["webhook.test"],
    });
    const delivery = await sendTestEvent(principal, webhook.id);

    // A worker takes the job, then dies before finishing it: the job stays active. Backdating its start
    // stands for the minute of its queue's expireInSeconds passing.
    const doomed = new PgBoss({
      connectionString: process.env.DATABASE_URL!,
      schema: JOB_SCHEMA,
      supervise: false,
      schedule: false,
      migrate: false,
    });
    await doomed.start();
    const [job] = await doomed.fetch<{ deliveryId: string }>(QUEUES.webhookDeliver.name);
    expect(job?.data.deliveryId).toBe(delivery.id);
    await doomed.stop({ graceful: false });
    await db.$executeRawUnsafe(
      `UPDATE ${JOB_SCHEMA}.job SET started_on = now() - interval '10 minutes' WHERE id = $1::uuid`,
      job!.id,
    );

    worker = await startJobWorker(process.env.DATABASE_URL!, () => {});
    const done = await eventually(
      () =>
        db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id }, include: { attemptLog: true } }),
      (row) => row.status === "SUCCEEDED",
      30_000,
    );
    expect(done.attemptLog).toHaveLength(1);
    expect(received).toEqual([delivery.eventId]);
  }, 40_000);
});
