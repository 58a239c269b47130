import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { createDatasetVersionSchema, type CreateDatasetVersionInput } from "@/lib/schemas/datasets";
import { distinct } from "@/lib/schemas/registry";
import { recordAudit, type UserActor } from "@/lib/server/audit/record-audit";
import { db, type Db, type Tx } from "@/lib/server/db";
import { requireOwnership } from "@/lib/server/registry/access";
import { parseInput } from "@/lib/validation";
import type { z } from "zod";
import { datasetVersionSelect, toDatasetVersionView, type DatasetVersionView } from "./dataset-view";
import { datasetWhere } from "./get-dataset";

type VersionData = z.output<typeof createDatasetVersionSchema>;
type DatasetOwner = { id: string; slug: string; teamId: string; createdById: string };

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
  const dataset = await findDataset(db, datasetIdOrSlug);
  await requireOwnership(principal, dataset, "this dataset");
  return db.$transaction((tx) =>
    writeDatasetVersion(tx, { actor: principal, dataset, data, now: new Date() }),
  );
}

/**
 * The same registration inside the caller's transaction, as of `now`: the body is checked as
 * createDatasetVersion checks it, but not the role or ownership. The demo seed writes its history
 * through here.
 */
export async function createDatasetVersionInTransaction(
  tx: Tx,
  {
    actor,
    datasetId,
    input,
    now,
  }: { actor: UserActor; datasetId: string; input: CreateDatasetVersionInput; now: Date },
): Promise<DatasetVersionView> {
  const data = parseInput(createDatasetVersionSchema, input);
  return writeDatasetVersion(tx, { actor, dataset: await findDataset(tx, datasetId), data, now });
}

async function findDataset(client: Db, datasetIdOrSlug: string): Promise<DatasetOwner> {
  const dataset = await client.dataset.findFirst({
    where: datasetWhere(datasetIdOrSlug),
    select: { id: true, slug: true, teamId: true, createdById: true },
  });
  if (!dataset) throw notFound("The dataset");
  return dataset;
}

/** The next number under the dataset's row lock, the version and its `dataset_version.created` event. */
async function writeDatasetVersion(
  tx: Tx,
  { actor, dataset, data, now }: { actor: UserActor; dataset: DatasetOwner; data: VersionData; now: Date },
): Promise<DatasetVersionView> {
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
  await tx.$queryRaw`SELECT id FROM "Dataset" WHERE id = ${dataset.id} FOR UPDATE`;
  const last = await tx.datasetVersion.findFirst({
    where: { datasetId: dataset.id },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const version = (last?.version ?? 0) + 1;
  const created = await tx.datasetVersion.create({
    data: { ...facts, datasetId: dataset.id, version, createdById: actor.id, createdAt: now },
    select: datasetVersionSelect,
  });
  await recordAudit(tx, {
    actor: { id: actor.id, email: actor.email },
    action: "dataset_version.created",
    entityType: "dataset_version",
    entityId: created.id,
    changes: { dataset: { id: dataset.id, slug: dataset.slug }, version, ...facts },
    occurredAt: now,
  });
  return toDatasetVersionView(created);
}
