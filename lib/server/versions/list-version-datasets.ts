import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { db } from "@/lib/server/db";

/** The dataset versions a model version was trained, validated or evaluated on, with their governance facts. */
export async function listVersionDatasets(principal: Principal, versionId: string) {
  requirePermission(principal, "registry.read");
  const version = await db.modelVersion.findUnique({ where: { id: versionId }, select: { id: true } });
  if (!version) throw notFound("The version");
  const usages = await db.datasetUsage.findMany({
    where: { modelVersionId: versionId },
    orderBy: [{ role: "asc" }, { id: "asc" }],
    select: {
      role: true,
      datasetVersion: {
        select: {
          id: true,
          version: true,
          label: true,
          containsPersonalData: true,
          personalDataCategories: true,
          legalBasis: true,
          dataset: { select: { id: true, slug: true, name: true } },
        },
      },
    },
  });
  return usages.map(({ role, datasetVersion }) => ({ role, ...datasetVersion }));
}
export type VersionDatasetUsage = Awaited<ReturnType<typeof listVersionDatasets>>[number];
