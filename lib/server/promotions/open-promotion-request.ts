import "server-only";
import { Prisma, type Stage } from "@/generated/prisma/client";
import { conflict, notFound, transitionNotAllowed } from "@/lib/errors";
import { checkTransition } from "@/lib/policy/transition";
import type { PromotionRequestInput } from "@/lib/schemas/promotions";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Tx } from "@/lib/server/db";
import { judgeVersion } from "@/lib/server/policies/judge-version";

export type OpenRequestParams = {
  versionId: string;
  actor: { id: string; email: string };
  input: PromotionRequestInput;
  now: Date;
};

const alreadyPending = (toStage: Stage) =>
  conflict(`A request to move this version to ${toStage} is already pending`, {
    toStage: "A request for this stage is already pending",
  });

/**
 * Opens a request inside the caller's transaction (no role or ownership check: the service and the demo
 * seed decide who may). The version row is locked, so the stage the transition is checked from is the
 * one the request records, and two requests for one target queue: the second finds the first PENDING
 * (409). The partial unique index on PENDING requests per (version, target) is the backstop.
 *
 * Every policy in force for the target judges the version as of `now`; each result is frozen on the
 * request with the exact policy version that produced it. A failing ENFORCE policy stores the request
 * as BLOCKED: the caller commits it, then refuses.
 */
export async function openPromotionRequest(tx: Tx, { versionId, actor, input, now }: OpenRequestParams) {
  const [version] = await tx.$queryRaw<{ stage: Stage }[]>`
    SELECT stage FROM "ModelVersion" WHERE id = ${versionId} FOR UPDATE`;
  if (!version) throw notFound("The version");
  const transition = checkTransition(version.stage, input.toStage);
  if (!transition.allowed) throw transitionNotAllowed(transition.rule, transition.message);
  const pending = await tx.promotionRequest.findFirst({
    where: { versionId, toStage: input.toStage, status: "PENDING" },
    select: { id: true },
  });
  if (pending) throw alreadyPending(input.toStage);

  const judgement = await judgeVersion(tx, { versionId, toStage: input.toStage, asOf: now });
  const keepPreviousProduction = input.toStage === "PRODUCTION" && input.keepPreviousProduction === true;
  const status = judgement.blocked ? "BLOCKED" : "PENDING";
  const request = await tx.promotionRequest
    .create({
      data: {
        versionId,
        fromStage: version.stage,
        toStage: input.toStage,
        status,
        justification: input.justification,
        requiredApprovals: judgement.requiredApprovals,
        keepPreviousProduction,
        requestedById: actor.id,
        createdAt: now,
        policyEvaluations: {
          create: judgement.evaluations.map(({ policy, result }) => ({
            policyId: policy.id,
            policyVersion: policy.version,
            mode: policy.mode,
            passed: result.passed,
            results: result.results,
            evaluatedAt: now,
          })),
        },
      },
      select: { id: true },
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? alreadyPending(input.toStage) : error;
    });

  const entity = { actor, entityType: "promotion_request", entityId: request.id, occurredAt: now } as const;
  await recordAudit(tx, {
    ...entity,
    action: "promotion.requested",
    changes: {
      versionId,
      fromStage: version.stage,
      toStage: input.toStage,
      justification: input.justification,
      requiredApprovals: judgement.requiredApprovals,
      keepPreviousProduction,
      status,
      policies: judgement.evaluations.map(({ policy, result }) => ({
        policyId: policy.id,
        key: policy.key,
        version: policy.version,
        mode: policy.mode,
        passed: result.passed,
      })),
    },
  });
  if (judgement.blocked)
    await recordAudit(tx, {
      ...entity,
      action: "promotion.blocked",
      changes: { failingRules: judgement.failingRules },
    });
  return { requestId: request.id, judgement };
}

/** P2002 from Prisma, or PostgreSQL's own 23505 when the driver adapter passes it through unmapped. */
function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  for (let cause = error as { code?: unknown; cause?: unknown } | undefined; cause;) {
    if (cause.code === "23505" || (cause as { originalCode?: unknown }).originalCode === "23505") return true;
    cause = cause.cause as typeof cause;
  }
  return false;
}
