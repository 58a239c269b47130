import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { listDatasetsQuerySchema, type ListDatasetsQuery } from "@/lib/schemas/datasets";
import { db } from "@/lib/server/db";
import { afterCursor, decodeCursor, keysetOrder, toPage } from "@/lib/server/http/keyset";
import { containsText, resolveTeamFilter } from "@/lib/server/models/list-filters";
import { parseInput } from "@/lib/validation";

const datasetSummarySelect = {
  id: true,
  slug: true,
  name: true,
  source: true,
  license: true,
  createdAt: true,
  updatedAt: true,
  team: { select: { id: true, slug: true, name: true } },
  _count: { select: { versions: true } },
} satisfies Prisma.DatasetSelect;

type DatasetRow = Prisma.DatasetGetPayload<{ select: typeof datasetSummarySelect }>;
export type DatasetSummary = Omit<DatasetRow, "_count"> & { versionCount: number };
export type DatasetPage = { items: DatasetSummary[]; nextCursor: string | null };

/** Datasets, newest first, by text, team, or whether any version holds personal data. */
export async function listDatasets(
  principal: Principal,
  query: ListDatasetsQuery = {},
): Promise<DatasetPage> {
  requirePermission(principal, "registry.read");
  const { limit, cursor, q, team, containsPersonalData } = parseInput(listDatasetsQuerySchema, query);
  const position = decodeCursor(cursor);
  const teamId = await resolveTeamFilter(team);
  if (teamId === null) return { items: [], nextCursor: null };

  const personal = { containsPersonalData: true };
  const where: Prisma.DatasetWhereInput = {
    teamId,
    ...(q ? { OR: [{ slug: containsText(q) }, { name: containsText(q) }] } : {}),
    ...(containsPersonalData === undefined
      ? {}
      : { versions: containsPersonalData ? { some: personal } : { none: personal } }),
  };
  const rows = await db.dataset.findMany({
    where: { AND: [where, afterCursor(position)] },
    orderBy: keysetOrder,
    take: limit + 1,
    select: datasetSummarySelect,
  });
  const page = toPage(rows, limit);
  return {
    items: page.items.map(({ _count, ...rest }) => ({ ...rest, versionCount: _count.versions })),
    nextCursor: page.nextCursor,
  };
}
