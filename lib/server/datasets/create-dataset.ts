import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict, validationError } from "@/lib/errors";
import { createDatasetSchema, type CreateDatasetInput } from "@/lib/schemas/datasets";
import { recordAudit, type UserActor } from "@/lib/server/audit/record-audit";
import { db, type Tx } from "@/lib/server/db";
import { resolveOwningTeam } from "@/lib/server/models/resolve-owning-team";
import { parseInput } from "@/lib/validation";
import type { z } from "zod";
import { datasetSelect, type DatasetView } from "./dataset-view";

type DatasetFields = Omit<z.output<typeof createDatasetSchema>, "teamId">;

/** Registers a dataset (its governance facts live on its versions), owned by one of the caller's teams. */
export async function createDataset(principal: Principal, input: CreateDatasetInput): Promise<DatasetView> {
  requirePermission(principal, "datasets.write");
  const { teamId: requestedTeamId, ...fields } = parseInput(createDatasetSchema, input);
  const { id: teamId } = await resolveOwningTeam(principal, requestedTeamId);
  const taken = await db.dataset.findUnique({ where: { slug: fields.slug }, select: { id: true } });
  if (taken)
    throw conflict(`A dataset with the slug "${fields.slug}" already exists`, { slug: "Already taken" });
  return db.$transaction((tx) => writeDataset(tx, { actor: principal, fields, teamId, now: new Date() }));
}

/**
 * The same creation inside the caller's transaction, as of `now`, for a team the caller names: the body
 * is checked as createDataset checks it, but not the role or team membership (the unique index still
 * refuses a taken slug). The demo seed writes its history through here.
 */
export async function createDatasetInTransaction(
  tx: Tx,
  { actor, input, now }: { actor: UserActor; input: CreateDatasetInput; now: Date },
): Promise<DatasetView> {
  const { teamId, ...fields } = parseInput(createDatasetSchema, input);
  if (!teamId) throw validationError({ teamId: "Name the owning team" });
  return writeDataset(tx, { actor, fields, teamId, now });
}

/** The row and its `dataset.created` event. */
async function writeDataset(
  tx: Tx,
  { actor, fields, teamId, now }: { actor: UserActor; fields: DatasetFields; teamId: string; now: Date },
): Promise<DatasetView> {
  const dataset = await tx.dataset.create({
    data: { ...fields, teamId, createdById: actor.id, createdAt: now, updatedAt: now },
    select: datasetSelect,
  });
  await recordAudit(tx, {
    actor: { id: actor.id, email: actor.email },
    action: "dataset.created",
    entityType: "dataset",
    entityId: dataset.id,
    changes: { ...fields, teamId },
    occurredAt: now,
  });
  return dataset;
}
