import "server-only";
import { can, requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { canChange } from "@/lib/server/registry/can-change";

export type VersionContext = {
  team: { id: string; slug: string; name: string };
  /** the principal may edit tags and notes, and add artifacts while the version is open */
  mayChange: boolean;
  /** a promotion was ever requested: the version's artifacts are fixed from then on */
  promotionRequested: boolean;
  /** the principal may request (and withdraw) promotions of this version: role and team, as the service checks */
  mayPromote: boolean;
  /** the principal may send evaluation, fairness and drift results for this version, at any stage */
  mayRecordMetrics: boolean;
  /** the principal may move the stage by an emergency override (admins) */
  mayOverride: boolean;
};

/** What the version page needs beside the version itself: the owning team and what the viewer may do. */
export async function getVersionContext(principal: Principal, versionId: string): Promise<VersionContext> {
  requirePermission(principal, "registry.read");
  const row = await db.modelVersion.findUnique({
    where: { id: versionId },
    select: {
      model: {
        select: { teamId: true, createdById: true, team: { select: { id: true, slug: true, name: true } } },
      },
      _count: { select: { promotionRequests: true } },
    },
  });
  if (!row) throw notFound("The version");
  const [mayChange, mayPromote, mayRecordMetrics] = await Promise.all([
    canChange(principal, "versions.write", row.model),
    canChange(principal, "versions.promote", row.model),
    canChange(principal, "metrics.write", row.model),
  ]);
  return {
    team: row.model.team,
    mayChange,
    promotionRequested: row._count.promotionRequests > 0,
    mayPromote,
    mayRecordMetrics,
    mayOverride: can(principal, "stages.override"),
  };
}
