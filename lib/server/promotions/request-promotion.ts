import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { promotionRequestSchema, type PromotionRequestInput } from "@/lib/schemas/promotions";
import { db } from "@/lib/server/db";
import type { FailingRule } from "@/lib/server/policies/judge-version";
import { requireOwnership } from "@/lib/server/registry/access";
import { parseInput } from "@/lib/validation";
import { getPromotionOrThrow } from "./get-promotion";
import { openPromotionRequest } from "./open-promotion-request";
import type { PromotionRequestView } from "./promotion-view";

function blockedSummary(rules: FailingRule[]): string {
  const shown = rules.slice(0, 3).map((rule) => `${rule.policyName}: ${rule.message}`);
  const more = rules.length > shown.length ? ` (and ${rules.length - shown.length} more)` : "";
  return `Blocked by ${rules.length === 1 ? "an enforced policy" : `${rules.length} rules of enforced policies`}: ${shown.join("; ")}${more}`;
}

/**
 * A data scientist of the owning team asks to move a version (`versions.promote`): 400 for bad input
 * (`keepPreviousProduction` only with a PRODUCTION target), 404, 403 for another team, 422
 * `transition_not_allowed` for a move the path does not allow, 409 when a request for that target is
 * already pending. When an ENFORCE policy fails, the BLOCKED request and its evaluations are committed
 * (the refusal is itself a record) and then a 422 `policy_blocked` names the failing rules.
 */
export async function requestPromotion(
  principal: Principal,
  versionId: string,
  input: PromotionRequestInput,
): Promise<PromotionRequestView> {
  requirePermission(principal, "versions.promote");
  const parsed = parseInput(promotionRequestSchema, input);
  const version = await db.modelVersion.findUnique({
    where: { id: versionId },
    select: { model: { select: { teamId: true, createdById: true } } },
  });
  if (!version) throw notFound("The version");
  await requireOwnership(principal, version.model);

  const { requestId, judgement } = await db.$transaction((tx) =>
    openPromotionRequest(tx, { versionId, actor: principal, input: parsed, now: new Date() }),
  );
  if (judgement.blocked)
    throw new AppError("policy_blocked", blockedSummary(judgement.failingRules), undefined, {
      rules: judgement.failingRules,
      requestId,
    });
  return getPromotionOrThrow(principal, requestId);
}
