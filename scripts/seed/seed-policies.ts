import type { Prisma } from "@/generated/prisma/client";
import { POLICIES, type PolicySpec } from "./tables/policies";
import { audit, daysAgo, type SeedContext } from "./seed-context";

export type SeededPolicy = { id: string; spec: PolicySpec };

/** Creates the demo policies and returns them with their ids, for the promotions that cite them. */
export async function seedPolicies(ctx: SeedContext): Promise<SeededPolicy[]> {
  const seeded: SeededPolicy[] = [];
  for (const spec of POLICIES) {
    const { createdBy, createdDaysAgo, rules, requiredApprovals: _a, onNewProduction: _p, ...fields } = spec;
    const created = await ctx.tx.policy.create({
      data: {
        ...fields,
        rules: rules as unknown as Prisma.InputJsonValue,
        createdById: ctx.users[createdBy].id,
        createdAt: daysAgo(ctx, createdDaysAgo),
      },
      select: { id: true },
    });
    seeded.push({ id: created.id, spec });
    await audit(ctx, createdBy, "policy.created", { type: "policy", id: created.id }, { ...fields, rules });
  }
  return seeded;
}

/**
 * The policies that judged a request made `requestDaysAgo` days ago: for each key, the newest version
 * that existed then. (A version later replaced is disabled now, but it was the one in force.)
 */
export function policiesInForce(policies: SeededPolicy[], stage: string, requestDaysAgo: number) {
  const newestByKey = new Map<string, SeededPolicy>();
  for (const policy of policies) {
    const { key, targetStage, createdDaysAgo, version } = policy.spec;
    if (targetStage !== stage || createdDaysAgo < requestDaysAgo) continue;
    const current = newestByKey.get(key);
    if (!current || current.spec.version < version) newestByKey.set(key, policy);
  }
  return [...newestByKey.values()];
}
