import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { requireOwnership } from "@/lib/server/registry/access";

/**
 * The version metrics are being recorded for: the role may record metrics (403), the version exists
 * (404), and the caller's team owns its model (403), as for every other write to a version. Any stage
 * takes metrics: a PRODUCTION version is monitored, its drift arriving long after it was frozen.
 */
export async function getMetricsVersionOrThrow(principal: Principal, versionId: string) {
  requirePermission(principal, "metrics.write");
  const version = await db.modelVersion.findUnique({
    where: { id: versionId },
    select: { id: true, model: { select: { teamId: true, createdById: true } } },
  });
  if (!version) throw notFound("The version");
  await requireOwnership(principal, version.model);
  return version;
}
