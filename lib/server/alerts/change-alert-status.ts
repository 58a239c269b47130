import "server-only";
import type { AlertStatus } from "@/generated/prisma/client";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { alertActionSchema, type AlertActionInput } from "@/lib/schemas/alert-actions";
import { recordAudit, type AuditActor } from "@/lib/server/audit/record-audit";
import { db, type Tx } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { alertViewSelect, type AlertView } from "./alert-view";

const MOVES = {
  acknowledge: { from: ["OPEN"], to: "ACKNOWLEDGED", action: "alert.acknowledged" },
  resolve: { from: ["OPEN", "ACKNOWLEDGED"], to: "RESOLVED", action: "alert.resolved" },
} as const satisfies Record<string, { from: AlertStatus[]; to: AlertStatus; action: string }>;
export type AlertMove = keyof typeof MOVES;

/** Acknowledges (someone is on it) or resolves an alert, with an optional comment. */
export async function changeAlertStatus(
  principal: Principal,
  alertId: string,
  move: AlertMove,
  input: AlertActionInput,
): Promise<AlertView> {
  requirePermission(principal, "alerts.manage");
  const { comment } = parseInput(alertActionSchema, input);
  return db.$transaction((tx) =>
    moveAlert(tx, { actor: principal, alertId, move, comment, now: new Date() }),
  );
}

/**
 * The move and its audit event inside the caller's transaction (the service above, the demo seed),
 * with the alert row locked: of two officers resolving at once, the second gets a 409. A resolved
 * alert frees its (version, rule, feature), so the next breach raises a new one.
 */
export async function moveAlert(
  tx: Tx,
  {
    actor,
    alertId,
    move,
    comment,
    now,
  }: { actor: AuditActor; alertId: string; move: AlertMove; comment?: string; now: Date },
): Promise<AlertView> {
  const { from, to, action } = MOVES[move];
  const [alert] = await tx.$queryRaw<{ status: AlertStatus }[]>`
    SELECT status FROM "Alert" WHERE id = ${alertId} FOR UPDATE`;
  if (!alert) throw notFound("The alert");
  if (!(from as readonly AlertStatus[]).includes(alert.status))
    throw conflict(`The alert is already ${alert.status.toLowerCase()}`);
  const updated = await tx.alert.update({
    where: { id: alertId },
    data: {
      status: to,
      ...(comment ? { comment } : {}),
      ...(to === "ACKNOWLEDGED" ? { acknowledgedAt: now } : { resolvedAt: now }),
    },
    select: alertViewSelect,
  });
  await recordAudit(tx, {
    actor,
    action,
    entityType: "alert",
    entityId: alertId,
    changes: { from: alert.status, status: to, ...(comment ? { comment } : {}) },
    occurredAt: now,
  });
  return updated;
}
