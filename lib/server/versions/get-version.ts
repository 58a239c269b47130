import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { toVersionDetail, versionDetailSelect, type VersionDetail } from "./version-view";

/** One version with its lineage parents, adapter facts, datasets, artifacts and training facts (the shape of GET /api/v1/versions/{id}). */
export async function getVersionOrThrow(principal: Principal, id: string): Promise<VersionDetail> {
  requirePermission(principal, "registry.read");
  const row = await db.modelVersion.findUnique({ where: { id }, select: versionDetailSelect });
  if (!row) throw notFound("The version");
  return toVersionDetail(row);
}
