import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound, transitionNotAllowed } from "@/lib/errors";
import { checkTransition } from "@/lib/policy/transition";
import {
  promotionCheckQuerySchema,
  type PromotionCheck,
  type PromotionCheckQuery,
} from "@/lib/schemas/promotions";
import { db } from "@/lib/server/db";
import { judgeVersion } from "@/lib/server/policies/judge-version";
import { parseInput } from "@/lib/validation";

/**
 * What the policies in force would say of a request to move the version now, without making one:
 * nothing is stored and nothing is audited (`registry.read`: it reads what the version page shows).
 * A pipeline checks before it asks; a scientist sees what to fix before officers see a blocked request.
 */
export async function checkPromotion(
  principal: Principal,
  versionId: string,
  query: PromotionCheckQuery,
): Promise<PromotionCheck> {
  requirePermission(principal, "registry.read");
  const { toStage } = parseInput(promotionCheckQuerySchema, query);
  const version = await db.modelVersion.findUnique({ where: { id: versionId }, select: { stage: true } });
  if (!version) throw notFound("The version");
  const transition = checkTransition(version.stage, toStage);
  if (!transition.allowed) throw transitionNotAllowed(transition.rule, transition.message);
  const judgement = await judgeVersion(db, { versionId, toStage });
  return {
    toStage,
    blocked: judgement.blocked,
    failingRules: judgement.failingRules,
    shadowFailures: judgement.shadowFailures,
    requiredApprovals: judgement.requiredApprovals,
  };
}
