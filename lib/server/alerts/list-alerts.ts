import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { listAlertsQuerySchema, type ListAlertsQuery } from "@/lib/schemas/alerts";
import { db } from "@/lib/server/db";
import { resolveTeamFilter } from "@/lib/server/models/list-filters";
import { parseInput } from "@/lib/validation";

export const ALERTS_SHOWN = 100;

const alertSelect = {
  id: true,
  kind: true,
  severity: true,
  status: true,
  title: true,
  comment: true,
  createdAt: true,
  rule: true,
  feature: true,
  version: {
    select: { id: true, version: true, stage: true, model: { select: { name: true, slug: true } } },
  },
} satisfies Prisma.AlertSelect;
export type AlertRow = Prisma.AlertGetPayload<{ select: typeof alertSelect }>;

/**
 * Alerts, newest first, with how many match: the list behind the dashboard's alert tiles. A team or
 * risk filter keeps only alerts about a version of a matching model. `since` is a UTC day.
 */
export async function listAlerts(
  principal: Principal,
  query: ListAlertsQuery = {},
): Promise<{ items: AlertRow[]; total: number }> {
  requirePermission(principal, "dashboards.read");
  const { kind, severity, status, team, riskTier, since } = parseInput(listAlertsQuerySchema, query);
  const teamId = await resolveTeamFilter(team);
  if (teamId === null) return { items: [], total: 0 };
  const where: Prisma.AlertWhereInput = {
    kind,
    severity,
    status,
    ...(since ? { createdAt: { gte: new Date(`${since}T00:00:00Z`) } } : {}),
    ...(teamId || riskTier ? { version: { model: { teamId, riskTier } } } : {}),
  };
  const [items, total] = await Promise.all([
    db.alert.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: ALERTS_SHOWN,
      select: alertSelect,
    }),
    db.alert.count({ where }),
  ]);
  return { items, total };
}
