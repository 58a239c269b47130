import "server-only";
import type { Prisma, Stage } from "@/generated/prisma/client";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { validationError } from "@/lib/errors";
import { listModelsQuerySchema, type ListModelsQuery } from "@/lib/schemas/models";
import { db } from "@/lib/server/db";
import { queryRows } from "@/lib/server/sql";
import { afterCursor, decodeCursor, keysetOrder, toPage } from "@/lib/server/http/keyset";
import { parseInput } from "@/lib/validation";
import { containsText, resolveTeamFilter } from "./list-filters";
import { modelSummarySelect, type LatestVersion, type ModelSummary } from "./model-view";

export type ModelPage = { items: ModelSummary[]; nextCursor: string | null };

/** Models, newest first (or by name), filtered and keyset-paginated. Everyone who may read the registry sees all of it. */
export async function listModels(principal: Principal, query: ListModelsQuery = {}): Promise<ModelPage> {
  requirePermission(principal, "registry.read");
  const { limit, cursor, kind, q, stage, riskTier, team, baseFamily, tag, sort } = parseInput(
    listModelsQuerySchema,
    query,
  );
  const byName = sort === "name";
  const after = byName ? afterName(cursor) : afterCursor(decodeCursor(cursor));
  const teamId = await resolveTeamFilter(team);
  if (teamId === null) return { items: [], nextCursor: null };

  const where: Prisma.ModelWhereInput = {
    kind,
    riskTier,
    teamId,
    baseFamily,
    ...(stage || tag ? { versions: { some: { stage, ...(tag ? { tags: { has: tag } } : {}) } } } : {}),
    ...(q ? { OR: [{ slug: containsText(q) }, { name: containsText(q) }, { hfId: containsText(q) }] } : {}),
  };
  const rows = await db.model.findMany({
    where: { AND: [where, after] },
    orderBy: byName ? [{ name: "asc" }, { id: "asc" }] : keysetOrder,
    take: limit + 1,
    select: modelSummarySelect,
  });
  const page = byName ? toNamePage(rows, limit) : toPage(rows, limit);
  return { items: await withVersionFacts(page.items), nextCursor: page.nextCursor };
}

/** Version count and latest version for one page of models, in one query (DISTINCT ON uses the (modelId, version) index). */
async function withVersionFacts<T extends { id: string }>(
  models: T[],
): Promise<(T & { versionCount: number; latestVersion: LatestVersion | null })[]> {
  if (models.length === 0) return [];
  const ids = models.map((m) => m.id);
  const rows = await queryRows<{ modelId: string; id: string; version: number; stage: Stage; count: bigint }>`
    SELECT DISTINCT ON ("modelId") "modelId", id, version, stage::text AS stage,
           count(*) OVER (PARTITION BY "modelId") AS count
    FROM "ModelVersion" WHERE "modelId" = ANY(${ids})
    ORDER BY "modelId", version DESC`;
  const byModel = new Map(rows.map((r) => [r.modelId, r]));
  return models.map((model) => {
    const latest = byModel.get(model.id);
    return {
      ...model,
      versionCount: latest ? Number(latest.count) : 0,
      latestVersion: latest ? { id: latest.id, version: latest.version, stage: latest.stage } : null,
    };
  });
}

// Name order needs its own cursor: [name, id] instead of the shared [createdAt, id].
function afterName(cursor: string | undefined): Prisma.ModelWhereInput {
  if (!cursor) return {};
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    position = null;
  }
  const { n: name, i: id } = (position ?? {}) as { n?: unknown; i?: unknown };
  if (typeof name !== "string" || typeof id !== "string")
    throw validationError({ cursor: "Not a cursor this API returned" });
  return { OR: [{ name: { gt: name } }, { name, id: { gt: id } }] };
}

function toNamePage<T extends { name: string; id: string }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > limit && last
      ? Buffer.from(JSON.stringify({ n: last.name, i: last.id })).toString("base64url")
      : null;
  return { items, nextCursor };
}
