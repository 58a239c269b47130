import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { createDatasetVersionSchema, type CreateDatasetVersionInput } from "@/lib/schemas/datasets";
import { distinct } from "@/lib/schemas/registry";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { requireOwnership } from "@/lib/server/registry/access";
import { parseInput } from "@/lib/validation";
import { datasetVersionSelect, toDatasetVersionView, type DatasetVersionView } from "./dataset-view";
import { datasetWhere } from "./get-dataset";

/**
 * Registers the next version of a dataset with its governance facts (personal data needs a legal basis).
 * Numbered under a lock on the dataset row; audited as `dataset_version.created`.
 */
export async function createDatasetVersion(
  principal: Principal,
  datasetIdOrSlug: string,
  input: CreateDatasetVersionInput,
): Promise<DatasetVersionView> {
  requirePermission(principal, "datasets.write");
  const data = parseInput(createDatasetVersionSchema, input);
  const dataset = await db.dataset.findFirst({
    where: datasetWhere(datasetIdOrSlug),
    select: { id: true, slug: true, teamId: true, createdById: true },
  });
  if (!dataset) throw notFound("The dataset");
  await requireOwnership(principal, dataset, "this dataset");

  const facts = {
    label: data.label ?? null,
    checksum: data.checksum ?? null,
    rowCount: data.rows === undefined ? null : BigInt(data.rows),
    containsPersonalData: data.containsPersonalData,
    personalDataCategories: distinct(data.personalDataCategories ?? []),
    legalBasis: data.legalBasis ?? null,
    retentionDays: data.retentionDays ?? null,
    region: data.region ?? null,
  };
  const row = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Dataset" WHERE id = ${dataset.id} FOR UPDATE`;
    const last = await tx.datasetVersion.findFirst({
      where: { datasetId: dataset.id },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const version = (last?.version ?? 0) + 1;
    const created = await tx.datasetVersion.create({
      data: { ...facts, datasetId: dataset.id, version, createdById: principal.id },
      select: datasetVersionSelect,
    });
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "dataset_version.created",
      entityType: "dataset_version",
      entityId: created.id,
      changes: { dataset: { id: dataset.id, slug: dataset.slug }, version, ...facts },
    });
    return created;
  });
  return toDatasetVersionView(row);
}
