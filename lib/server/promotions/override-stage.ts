import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound, transitionNotAllowed } from "@/lib/errors";
import { stageOverrideSchema, type StageOverrideInput } from "@/lib/schemas/promotions";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { changeStage } from "./change-stage";
import { getPromotionOrThrow } from "./get-promotion";
import type { PromotionRequestView } from "./promotion-view";

const sameStage = (stage: string) => transitionNotAllowed("same_stage", `The version is already in ${stage}`);

/**
 * An admin's emergency stage change (`stages.override`): any move but to the stage the version is in,
 * with no policies and no approvals, and a mandatory reason. It is stored as an APPROVED request marked
 * `emergencyOverride` (its justification is the reason), audited as `model_version.stage_overridden`,
 * and then changes the stage like an approval would: archiving the model's previous PRODUCTION version
 * and closing requests the move made stale.
 */
export async function overrideStage(
  principal: Principal,
  versionId: string,
  input: StageOverrideInput,
): Promise<PromotionRequestView> {
  requirePermission(principal, "stages.override");
  const { toStage, reason } = parseInput(stageOverrideSchema, input);
  const version = await db.modelVersion.findUnique({ where: { id: versionId }, select: { stage: true } });
  if (!version) throw notFound("The version");
  if (version.stage === toStage) throw sameStage(toStage);

  const requestId = await db.$transaction(async (tx) => {
    const now = new Date();
    const change = await changeStage(tx, { versionId, toStage, keepPreviousProduction: false });
    // Checked again under the lock: the version may have moved since it was read above.
    if (change.from === toStage) throw sameStage(toStage);
    const request = await tx.promotionRequest.create({
      data: {
        versionId,
        fromStage: change.from,
        toStage,
        status: "APPROVED",
        justification: reason,
        requiredApprovals: 0,
        emergencyOverride: true,
        requestedById: principal.id,
        createdAt: now,
        decidedAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: principal,
      action: "model_version.stage_overridden",
      entityType: "model_version",
      entityId: versionId,
      changes: { stage: { from: change.from, to: toStage }, reason, requestId: request.id },
      occurredAt: now,
    });
    await change.apply({ actor: principal, requestId: request.id, emergencyOverride: true, now });
    return request.id;
  });
  return getPromotionOrThrow(principal, requestId);
}
