import "server-only";
import { checkVersionAlerts } from "@/lib/server/alerts/check-version-alerts";
import { runAlertSweep } from "@/lib/server/alerts/run-alert-sweep";
import { deliverWebhook } from "@/lib/server/webhooks/deliver-webhook";
import { QUEUES, type QueueName } from "./queues";

/** What each queue runs; the job's data is what the enqueuing side passed to enqueue(). */
export const JOB_HANDLERS: Record<QueueName, (data: never) => Promise<unknown>> = {
  [QUEUES.alertCheckVersion.name]: (data: { versionId: string }) => checkVersionAlerts(data.versionId),
  [QUEUES.alertSweep.name]: () => runAlertSweep(new Date()),
  [QUEUES.webhookDeliver.name]: (data: { deliveryId: string; attempt: number }) => deliverWebhook(data),
};

/** Cron schedules (UTC): `ALERT_SWEEP_CRON`, every 15 minutes by default. */
export const JOB_SCHEDULES = () => [
  { queue: QUEUES.alertSweep.name, cron: process.env.ALERT_SWEEP_CRON || "*/15 * * * *" },
];
