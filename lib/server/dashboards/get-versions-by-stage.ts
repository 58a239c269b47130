import "server-only";
import type { Stage } from "@/generated/prisma/enums";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";

export type StageCount = { stage: Stage; count: number };

/** Every stage, in pipeline order, with zero for a stage nobody is in. */
export async function getVersionsByStage(principal: Principal): Promise<StageCount[]> {
  requirePermission(principal, "dashboards.read");
  return db.$queryRaw<StageCount[]>`
    SELECT s.stage::text AS "stage", count(v.id)::int AS "count"
    FROM unnest(enum_range(NULL::"Stage")) AS s(stage)
    LEFT JOIN "ModelVersion" v ON v.stage = s.stage
    GROUP BY s.stage
    ORDER BY s.stage`;
}
