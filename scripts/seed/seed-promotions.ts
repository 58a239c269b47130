import type { Stage } from "@/generated/prisma/client";
import { PROMOTIONS, type PromotionSpec } from "./tables/promotions";
import { evaluatePolicy } from "./policy-results";
import { audit, daysAgo, versionOf, type SeedContext } from "./seed-context";
import { policiesInForce, type SeededPolicy } from "./seed-policies";

/**
 * Replays the promotion history in date order: each request with its frozen policy evaluations, the
 * officers' decisions, and the stage changes an approval makes (archiving the previous production
 * version when the policy says so). Ends by checking every version reached its intended stage.
 */
export async function seedPromotions(ctx: SeedContext, policies: SeededPolicy[]) {
  const stages = new Map<string, Stage>([...ctx.versions.keys()].map((key) => [key, "DEVELOPMENT"]));
  for (const spec of [...PROMOTIONS].sort((a, b) => b.daysAgo - a.daysAgo)) {
    await seedPromotion(ctx, policies, stages, spec);
  }
  for (const [key, version] of ctx.versions) {
    if (stages.get(key) !== version.finalStage) {
      throw new Error(
        `seed data: ${key} ends in ${stages.get(key)}, but its table says ${version.finalStage}`,
      );
    }
  }
}

async function seedPromotion(
  ctx: SeedContext,
  policies: SeededPolicy[],
  stages: Map<string, Stage>,
  spec: PromotionSpec,
) {
  const version = versionOf(ctx, spec.version);
  const requester = version.createdBy;
  if (stages.get(spec.version) !== spec.from) {
    throw new Error(`seed data: ${spec.version} is not in ${spec.from} ${spec.daysAgo} days ago`);
  }
  const requestedAt = daysAgo(ctx, spec.daysAgo);
  const inForce = policiesInForce(policies, spec.to, spec.daysAgo);
  const evaluations = inForce.map((policy) => ({
    policy,
    ...evaluatePolicy(ctx, spec.version, policy.spec, requestedAt),
  }));
  const blocked = evaluations.some((e) => e.policy.spec.mode === "ENFORCE" && !e.passed);
  const requiredApprovals = Math.max(1, ...inForce.map((p) => p.spec.requiredApprovals));
  const decisions = spec.decisions ?? [];
  const approvals = decisions.filter((d) => d.decision === "APPROVE").length;
  const expected = statusOf(spec, blocked, approvals, requiredApprovals);
  if (expected !== spec.status) {
    const failing = evaluations.flatMap((e) =>
      e.results.filter((r) => !r.passed).map((r) => `${e.policy.spec.key}: ${r.message}`),
    );
    throw new Error(
      `seed data: ${spec.version} -> ${spec.to} says ${spec.status}, but the policies and decisions give ${expected} (${failing.join("; ")})`,
    );
  }
  if (decisions.some((d) => d.by === requester)) {
    throw new Error(`seed data: ${requester} decides on their own request`);
  }

  const lastDecision = decisions.at(-1);
  const decidedAt = spec.withdrawn
    ? daysAgo(ctx, spec.withdrawn.daysAgo)
    : lastDecision && spec.status !== "PENDING"
      ? daysAgo(ctx, lastDecision.daysAgo, 15)
      : null;
  const request = await ctx.tx.promotionRequest.create({
    data: {
      versionId: version.id,
      fromStage: spec.from,
      toStage: spec.to,
      status: spec.status,
      justification: spec.justification,
      requiredApprovals,
      requestedById: ctx.users[requester].id,
      decidedAt,
      createdAt: requestedAt,
      updatedAt: decidedAt ?? requestedAt,
      policyEvaluations: {
        create: evaluations.map((e) => ({
          policyId: e.policy.id,
          policyVersion: e.policy.spec.version,
          mode: e.policy.spec.mode,
          passed: e.passed,
          results: e.results,
          evaluatedAt: requestedAt,
        })),
      },
    },
    select: { id: true },
  });
  const entity = { type: "promotion_request", id: request.id };
  await audit(ctx, requester, "promotion.requested", entity, {
    versionId: version.id,
    fromStage: spec.from,
    toStage: spec.to,
    justification: spec.justification,
    requiredApprovals,
    policies: evaluations.map((e) => ({
      policyId: e.policy.id,
      key: e.policy.spec.key,
      version: e.policy.spec.version,
      mode: e.policy.spec.mode,
      passed: e.passed,
    })),
  });
  if (blocked) {
    const failing = evaluations
      .filter((e) => e.policy.spec.mode === "ENFORCE")
      .flatMap((e) => e.results.filter((r) => !r.passed));
    await audit(ctx, requester, "promotion.blocked", entity, {
      failingRules: failing.map((r) => ({ ruleId: r.ruleId, message: r.message })),
    });
    return;
  }

  for (const decision of decisions) {
    const approval = await ctx.tx.approval.create({
      data: {
        requestId: request.id,
        approverId: ctx.users[decision.by].id,
        decision: decision.decision,
        comment: decision.comment,
        createdAt: daysAgo(ctx, decision.daysAgo, 14),
      },
      select: { id: true },
    });
    await audit(
      ctx,
      decision.by,
      "approval.recorded",
      { type: "approval", id: approval.id },
      { requestId: request.id, decision: decision.decision, comment: decision.comment },
    );
  }
  if (spec.withdrawn)
    await audit(ctx, requester, "promotion.withdrawn", entity, { reason: spec.withdrawn.reason });
  if (spec.status === "REJECTED")
    await audit(ctx, lastDecision!.by, "promotion.rejected", entity, { comment: lastDecision!.comment });
  if (spec.status !== "APPROVED") return;

  const decider = lastDecision!.by;
  await audit(ctx, decider, "promotion.approved", entity, { approvals, requiredApprovals });
  await changeStage(ctx, stages, spec.version, spec.to, decider, { requestId: request.id }, decidedAt!);
  const enforce = evaluations.find((e) => e.policy.spec.mode === "ENFORCE")?.policy.spec;
  if (spec.to === "PRODUCTION" && enforce?.onNewProduction === "ARCHIVE") {
    for (const [key, stage] of stages) {
      const other = ctx.versions.get(key)!;
      if (key === spec.version || stage !== "PRODUCTION" || other.modelId !== version.modelId) continue;
      await changeStage(
        ctx,
        stages,
        key,
        "ARCHIVED",
        decider,
        { reason: "superseded", supersededBy: version.id, requestId: request.id },
        decidedAt!,
      );
    }
  }
}

/** The status the policies and decisions give a request; the table must agree with it. */
function statusOf(spec: PromotionSpec, blocked: boolean, approvals: number, requiredApprovals: number) {
  if (blocked) return "BLOCKED";
  if (spec.decisions?.some((d) => d.decision === "REJECT")) return "REJECTED";
  if (spec.withdrawn) return "WITHDRAWN";
  return approvals >= requiredApprovals ? "APPROVED" : "PENDING";
}

async function changeStage(
  ctx: SeedContext,
  stages: Map<string, Stage>,
  key: string,
  to: Stage,
  by: Parameters<typeof audit>[1],
  why: object,
  at: Date,
) {
  const version = versionOf(ctx, key);
  const from = stages.get(key)!;
  await ctx.tx.modelVersion.update({
    where: { id: version.id },
    data: { stage: to, updatedAt: at },
    select: { id: true },
  });
  stages.set(key, to);
  await audit(
    ctx,
    by,
    "model_version.stage_changed",
    { type: "model_version", id: version.id },
    { stage: { from, to }, ...why },
  );
}
