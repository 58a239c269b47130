import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { checkVersionAlerts } from "./check-version-alerts";
import { raiseAlert } from "./raise-alert";

const DAY_MS = 86_400_000;

/** Days a promotion request may wait for its decision before it raises an alert (`ALERT_PROMOTION_PENDING_DAYS`). */
export const pendingDaysLimit = () => Math.max(1, Number(process.env.ALERT_PROMOTION_PENDING_DAYS) || 7);

/**
 * The scheduled checks (every 15 minutes, `ALERT_SWEEP_CRON`): every PRODUCTION version against the
 * fairness and drift thresholds (time moves the "latest window" on, and a policy may have changed),
 * promotion requests pending too long, and erasure requests past their due date. Each raise is
 * deduplicated by the alerts' unique index, so a sweep over unchanged data raises nothing new.
 */
export async function runAlertSweep(now: Date) {
  const production = await db.modelVersion.findMany({ where: { stage: "PRODUCTION" }, select: { id: true } });
  let raised = 0;
  for (const { id } of production) raised += await checkVersionAlerts(id, now);
  raised += (await db.$transaction((tx) => raiseLongPendingPromotions(tx, now))).length;
  raised += (await db.$transaction((tx) => raiseOverdueErasures(tx, now))).length;
  return { raised };
}

/** Promotion requests still pending `pendingDaysLimit()` days after they were made; the new alerts' ids. */
export async function raiseLongPendingPromotions(tx: Tx, now: Date) {
  const days = pendingDaysLimit();
  const waiting = await tx.promotionRequest.findMany({
    where: { status: "PENDING", createdAt: { lt: new Date(now.getTime() - days * DAY_MS) } },
    select: {
      id: true,
      toStage: true,
      createdAt: true,
      version: { select: { id: true, version: true, model: { select: { name: true } } } },
    },
  });
  return raiseEach(
    tx,
    waiting.map((request) => ({
      versionId: request.version.id,
      kind: "PROMOTION" as const,
      severity: "WARNING" as const,
      rule: "promotion.pending",
      feature: request.id,
      title: `${request.version.model.name} v${request.version.version}: the request to move to ${request.toStage} has waited more than ${days} days for a decision`,
      details: {
        promotionRequestId: request.id,
        toStage: request.toStage,
        requestedAt: request.createdAt.toISOString(),
        days,
      },
      at: now,
    })),
  );
}

/** Erasure requests open past their due date; the new alerts' ids. */
export async function raiseOverdueErasures(tx: Tx, now: Date) {
  const overdue = await tx.erasureRequest.findMany({
    where: { status: { in: ["OPEN", "IN_PROGRESS"] }, dueAt: { lt: now } },
    select: { id: true, dueAt: true, datasetVersionId: true },
  });
  return raiseEach(
    tx,
    overdue.map((request) => ({
      versionId: null,
      kind: "ERASURE" as const,
      severity: "CRITICAL" as const,
      rule: "erasure.overdue",
      feature: request.id,
      title: `An erasure request was due on ${request.dueAt.toISOString().slice(0, 10)} and is still open`,
      details: {
        erasureRequestId: request.id,
        datasetVersionId: request.datasetVersionId,
        dueAt: request.dueAt.toISOString(),
      },
      at: now,
    })),
  );
}

async function raiseEach(tx: Tx, drafts: Parameters<typeof raiseAlert>[1][]) {
  const raised: string[] = [];
  for (const draft of drafts) {
    const id = await raiseAlert(tx, draft);
    if (id) raised.push(id);
  }
  return raised;
}
