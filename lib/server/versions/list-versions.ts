import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { listVersionsQuerySchema, type ListVersionsQuery } from "@/lib/schemas/versions";
import { db } from "@/lib/server/db";
import { afterCursor, decodeCursor, keysetOrder, toPage } from "@/lib/server/http/keyset";
import { containsText, resolveTeamFilter } from "@/lib/server/models/list-filters";
import { parseInput } from "@/lib/validation";
import { versionSummarySelect, type VersionSummary } from "./version-view";

export type VersionPage = { items: VersionSummary[]; nextCursor: string | null };

/** Versions across the registry, newest first, filtered by their own stage and tags and by their model's facts. */
export async function listVersions(
  principal: Principal,
  query: ListVersionsQuery = {},
): Promise<VersionPage> {
  requirePermission(principal, "registry.read");
  const { limit, cursor, model, kind, stage, riskTier, team, baseFamily, tag, q } = parseInput(
    listVersionsQuerySchema,
    query,
  );
  const position = decodeCursor(cursor);
  const teamId = await resolveTeamFilter(team);
  if (teamId === null) return { items: [], nextCursor: null };

  const modelFilter: Prisma.ModelWhereInput = {
    slug: model,
    kind,
    riskTier,
    teamId,
    baseFamily,
    ...(q ? { OR: [{ slug: containsText(q) }, { name: containsText(q) }, { hfId: containsText(q) }] } : {}),
  };
  const hasModelFilter = Object.values(modelFilter).some((value) => value !== undefined);
  const where: Prisma.ModelVersionWhereInput = {
    stage,
    ...(tag ? { tags: { has: tag } } : {}),
    ...(hasModelFilter ? { model: modelFilter } : {}),
  };
  const rows = await db.modelVersion.findMany({
    where: { AND: [where, afterCursor(position)] },
    orderBy: keysetOrder,
    take: limit + 1,
    select: versionSummarySelect,
  });
  return toPage(rows, limit);
}
