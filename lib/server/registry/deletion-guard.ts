import "server-only";
import type { Stage } from "@/generated/prisma/client";
import { conflict } from "@/lib/errors";
import type { Tx } from "@/lib/server/db";

export type DeletableVersion = {
  id: string;
  version: number;
  stage: Stage;
  requests: number;
  children: number;
};

/**
 * Locks the versions about to be deleted and reads what could forbid it, in one statement: a version in
 * STAGING or PRODUCTION is live; one with a promotion request keeps its governance record (archive it
 * instead); one that is a parent keeps the lineage of its children acyclic and complete.
 */
export async function lockDeletableVersions(
  tx: Tx,
  where: { modelId: string } | { versionId: string },
): Promise<DeletableVersion[]> {
  const filter =
    "modelId" in where
      ? tx.$queryRaw<DeletableVersion[]>`
      SELECT v.id, v.version, v.stage,
        (SELECT count(*)::int FROM "PromotionRequest" p WHERE p."versionId" = v.id) AS requests,
        (SELECT count(*)::int FROM "LineageEdge" e WHERE e."parentId" = v.id) AS children
      FROM "ModelVersion" v WHERE v."modelId" = ${where.modelId} ORDER BY v.version FOR UPDATE OF v`
      : tx.$queryRaw<DeletableVersion[]>`
      SELECT v.id, v.version, v.stage,
        (SELECT count(*)::int FROM "PromotionRequest" p WHERE p."versionId" = v.id) AS requests,
        (SELECT count(*)::int FROM "LineageEdge" e WHERE e."parentId" = v.id) AS children
      FROM "ModelVersion" v WHERE v.id = ${where.versionId} FOR UPDATE OF v`;
  const versions = await filter;
  for (const v of versions) {
    if (v.stage === "STAGING" || v.stage === "PRODUCTION")
      throw conflict(
        `Version ${v.version} is in ${v.stage}: a live version cannot be deleted; request its move to ARCHIVED first`,
      );
    if (v.requests > 0)
      throw conflict(
        `Version ${v.version} has promotion requests on record: its governance history is kept, so it cannot be deleted`,
      );
    if (v.children > 0)
      throw conflict(
        `Version ${v.version} is the parent of other versions: deleting it would break their lineage`,
      );
  }
  return versions;
}
