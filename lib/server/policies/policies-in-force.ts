import "server-only";
import type { PolicyMode, Stage } from "@/generated/prisma/enums";
import { storedRulesSchema, type PolicyRule } from "@/lib/policy/rules";
import type { Db } from "@/lib/server/db";

export type PolicyInForce = {
  /** the row, i.e. this exact version of the policy */
  id: string;
  key: string;
  version: number;
  name: string;
  mode: PolicyMode;
  rules: PolicyRule[];
};

/**
 * The policies that judge a move to `targetStage` at `asOf`: per key, the newest version saved by then,
 * kept when it is enabled and targets that stage. A later version that disables a policy, or moves it to
 * another stage, takes it out of force from its save on; an older version never speaks for it.
 */
export async function policiesInForce(
  client: Db,
  targetStage: Stage,
  asOf: Date = new Date(),
): Promise<PolicyInForce[]> {
  const rows = await client.$queryRaw<(Omit<PolicyInForce, "rules"> & { rules: unknown })[]>`
    SELECT id, key, version, name, mode, rules
    FROM (
      SELECT DISTINCT ON (key) id, key, version, name, mode, rules, enabled, "targetStage"
      FROM "Policy"
      WHERE "createdAt" <= ${asOf}
      ORDER BY key, version DESC
    ) newest
    WHERE enabled AND "targetStage" = ${targetStage}::"Stage"
    ORDER BY name, key`;
  return rows.map(({ rules, ...policy }) => {
    const parsed = storedRulesSchema.safeParse(rules);
    // Rules are validated on every write: a row that does not parse is a bug to surface, not to skip.
    if (!parsed.success)
      throw new Error(
        `Policy "${policy.name}" (${policy.key} v${policy.version}) has stored rules that do not parse: ${parsed.error.message}`,
      );
    return { ...policy, rules: parsed.data };
  });
}
