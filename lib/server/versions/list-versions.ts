import "server-only";
import type { z } from "zod";
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
  const { limit, cursor, ...filters } = parseInput(listVersionsQuerySchema, query);
  const position = decodeCursor(cursor);
  const where = await versionsWhere(filters);
  if (!where) return { items: [], nextCursor: null };
  const rows = await db.modelVersion.findMany({
    where: { AND: [where, afterCursor(position)] },
    orderBy: keysetOrder,
    take: limit + 1,
    select: versionSummarySelect,
  });
  return toPage(rows, limit);
}

/** How many versions the same filters match, for a list that says its total (every page together). */
export async function countVersions(principal: Principal, query: ListVersionsQuery = {}): Promise<number> {
  requirePermission(principal, "registry.read");
  const { limit: _limit, cursor: _cursor, ...filters } = parseInput(listVersionsQuerySchema, query);
  const where = await versionsWhere(filters);
  return where ? db.modelVersion.count({ where }) : 0;
}

type Filters = Omit<z.infer<typeof listVersionsQuerySchema>, "limit" | "cursor">;

/** The filters as a where clause; null when the team filter names no team (nothing can match). */
async function versionsWhere(
  filters: Filters,
  now = new Date(),
): Promise<Prisma.ModelVersionWhereInput | null> {
  const { model, kind, stage, riskTier, team, baseFamily, tag, q, notEvaluatedInDays, liveWithFailedPolicy } =
    filters;
  const teamId = await resolveTeamFilter(team);
  if (teamId === null) return null;
  const modelFilter: Prisma.ModelWhereInput = {
    slug: model,
    kind,
    riskTier,
    teamId,
    baseFamily,
    ...(q ? { OR: [{ slug: containsText(q) }, { name: containsText(q) }, { hfId: containsText(q) }] } : {}),
  };
  const hasModelFilter = Object.values(modelFilter).some((value) => value !== undefined);
  return {
    stage,
    ...(tag ? { tags: { has: tag } } : {}),
    ...(hasModelFilter ? { model: modelFilter } : {}),
    ...(notEvaluatedInDays
      ? {
          evaluationRuns: {
            none: { createdAt: { gte: new Date(now.getTime() - notEvaluatedInDays * 86_400_000) } },
          },
        }
      : {}),
    ...(liveWithFailedPolicy
      ? {
          promotionRequests: {
            some: {
              toStage: "PRODUCTION",
              status: "APPROVED",
              policyEvaluations: { some: { passed: false } },
            },
          },
        }
      : {}),
  };
}
