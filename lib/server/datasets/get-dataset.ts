import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { db } from "@/lib/server/db";
import {
  datasetSelect,
  datasetVersionSelect,
  toDatasetVersionView,
  type DatasetVersionView,
  type DatasetView,
} from "./dataset-view";

export const DATASET_VERSIONS_SHOWN = 200;

export type DatasetDetail = DatasetView & { versionCount: number; versions: DatasetVersionView[] };

/** Ids and slugs never collide in practice (cuids vs. chosen names), so either finds the dataset. */
export const datasetWhere = (idOrSlug: string) => ({ OR: [{ id: idOrSlug }, { slug: idOrSlug }] });

/** A dataset (by id or slug) with its newest versions and their governance facts. */
export async function getDatasetOrThrow(principal: Principal, idOrSlug: string): Promise<DatasetDetail> {
  requirePermission(principal, "registry.read");
  const dataset = await db.dataset.findFirst({
    where: datasetWhere(idOrSlug),
    select: {
      ...datasetSelect,
      _count: { select: { versions: true } },
      versions: { orderBy: { version: "desc" }, take: DATASET_VERSIONS_SHOWN, select: datasetVersionSelect },
    },
  });
  if (!dataset) throw notFound("The dataset");
  const { _count, versions, ...rest } = dataset;
  return { ...rest, versionCount: _count.versions, versions: versions.map(toDatasetVersionView) };
}
