import { openPromotionRequest } from "@/lib/server/promotions/open-promotion-request";
import { recordDecision } from "@/lib/server/promotions/record-decision";
import { withdrawRequest } from "@/lib/server/promotions/withdraw-request";
import { PROMOTIONS, type PromotionSpec } from "./tables/promotions";
import { daysAgo, versionOf, type SeedContext } from "./seed-context";

/**
 * Replays the promotion history in date order through the product's own workflow: each request is
 * judged by the policies in force that day on the evidence recorded by then, officers decide, and the
 * last approval moves the stage (archiving the previous production version). The tables only say what
 * people did; every outcome is the product's, and the seed refuses data whose outcome differs from
 * what the table expects (e.g. APPROVED although an enforced policy blocks it).
 */
export async function seedPromotions(ctx: SeedContext) {
  for (const spec of [...PROMOTIONS].sort((a, b) => b.daysAgo - a.daysAgo)) await replay(ctx, spec);
  const stages = await ctx.tx.modelVersion.findMany({
    where: { id: { in: [...ctx.versions.values()].map((v) => v.id) } },
    select: { id: true, stage: true },
  });
  const stageOf = new Map(stages.map((v) => [v.id, v.stage]));
  for (const [key, version] of ctx.versions) {
    if (stageOf.get(version.id) !== version.finalStage)
      throw new Error(
        `seed data: ${key} ends in ${stageOf.get(version.id)}, but its table says ${version.finalStage}`,
      );
  }
}

async function replay(ctx: SeedContext, spec: PromotionSpec) {
  const version = versionOf(ctx, spec.version);
  const { requestId, judgement } = await openPromotionRequest(ctx.tx, {
    versionId: version.id,
    actor: ctx.users[version.createdBy],
    input: { toStage: spec.to, justification: spec.justification },
    now: daysAgo(ctx, spec.daysAgo),
  });
  for (const decision of spec.decisions ?? []) {
    await recordDecision(ctx.tx, {
      requestId,
      actor: ctx.users[decision.by],
      decision: decision.decision,
      comment: decision.comment,
      now: daysAgo(ctx, decision.daysAgo, 14),
    });
  }
  if (spec.withdrawn) {
    await withdrawRequest(ctx.tx, {
      requestId,
      actor: ctx.users[version.createdBy],
      reason: spec.withdrawn.reason,
      now: daysAgo(ctx, spec.withdrawn.daysAgo),
    });
  }
  const stored = await ctx.tx.promotionRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { status: true, fromStage: true },
  });
  if (stored.status !== spec.status || stored.fromStage !== spec.from) {
    const failing = judgement.evaluations.flatMap(({ policy, result }) =>
      result.results.filter((r) => !r.passed).map((r) => `${policy.key} (${policy.mode}): ${r.message}`),
    );
    throw new Error(
      `seed data: ${spec.version} ${spec.from} -> ${spec.to} should be ${spec.status}, but the product made it ${stored.status} from ${stored.fromStage} (${failing.join("; ")})`,
    );
  }
}
