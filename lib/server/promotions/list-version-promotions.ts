import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { toPromotionSummary } from "./list-promotion-requests";

/** A version has a handful of requests in its life; past this many the list says it is cut short. */
export const VERSION_PROMOTIONS_SHOWN = 50;

/**
 * Every promotion request of one version, newest first, with counts of approvals and policy results:
 * the version page's Promotions tab and the "other requests" of a review. Emergency overrides are
 * requests too (flagged), so this is the version's whole stage history.
 */
export async function listVersionPromotions(principal: Principal, versionId: string) {
  requirePermission(principal, "registry.read");
  const [version, rows] = await Promise.all([
    db.modelVersion.findUnique({ where: { id: versionId }, select: { id: true } }),
    db.promotionRequest.findMany({
      where: { versionId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: VERSION_PROMOTIONS_SHOWN + 1,
      select: {
        id: true,
        status: true,
        fromStage: true,
        toStage: true,
        justification: true,
        requiredApprovals: true,
        emergencyOverride: true,
        createdAt: true,
        decidedAt: true,
        requestedBy: { select: { id: true, name: true, email: true } },
        approvals: { select: { decision: true } },
        policyEvaluations: { select: { mode: true, passed: true } },
      },
    }),
  ]);
  if (!version) throw notFound("The version");
  return {
    items: rows.slice(0, VERSION_PROMOTIONS_SHOWN).map(toPromotionSummary),
    truncated: rows.length > VERSION_PROMOTIONS_SHOWN,
  };
}
export type VersionPromotions = Awaited<ReturnType<typeof listVersionPromotions>>;
