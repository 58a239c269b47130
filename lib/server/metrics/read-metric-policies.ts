import "server-only";
import { Stage } from "@/generated/prisma/enums";
import type { ThresholdPolicy } from "@/lib/policy/metric-thresholds";
import type { Db } from "@/lib/server/db";
import { policiesInForce } from "@/lib/server/policies/policies-in-force";

/**
 * The enabled policies in force now for a move to any stage, each with the stage it guards: a
 * version's charts show every line a promotion of it could meet.
 */
export async function readMetricPolicies(client: Db): Promise<ThresholdPolicy[]> {
  const stages = Object.values(Stage);
  const byStage = await Promise.all(stages.map((stage) => policiesInForce(client, stage)));
  return byStage.flatMap((policies, i) =>
    policies.map(({ id, name, mode, rules }) => ({ id, name, mode, rules, targetStage: stages[i]! })),
  );
}
