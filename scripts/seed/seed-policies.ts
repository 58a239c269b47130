import type { Prisma } from "@/generated/prisma/client";
import { policyInputSchema } from "@/lib/policy/rules";
import { parseInput } from "@/lib/validation";
import { POLICY_VERSIONS } from "./tables/policies";
import { audit, daysAgo, type SeedContext } from "./seed-context";

/**
 * Stores every demo policy version, oldest first, each parsed by the same schema the API and the policy
 * form use. Which version judged a request is then the product's own question (policies in force at
 * the request's moment), asked by the promotions the seed replays.
 */
export async function seedPolicies(ctx: SeedContext) {
  const versions = new Map<string, number>();
  for (const spec of [...POLICY_VERSIONS].sort((a, b) => b.createdDaysAgo - a.createdDaysAgo)) {
    const { key, createdBy, createdDaysAgo, ...input } = spec;
    const policy = parseInput(policyInputSchema, input);
    const version = (versions.get(key) ?? 0) + 1;
    const createdAt = daysAgo(ctx, createdDaysAgo, 9);
    versions.set(key, version);
    await ctx.tx.policy.create({
      data: {
        ...policy,
        rules: policy.rules as Prisma.InputJsonValue,
        key,
        version,
        createdById: ctx.users[createdBy].id,
        createdAt,
      },
      select: { id: true },
    });
    await audit(
      ctx,
      createdAt,
      createdBy,
      version === 1 ? "policy.created" : "policy.updated",
      { type: "policy", id: key },
      {
        id: key,
        version,
        ...policy,
      },
    );
  }
}
