import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict } from "@/lib/errors";
import { createDatasetSchema, type CreateDatasetInput } from "@/lib/schemas/datasets";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { resolveOwningTeam } from "@/lib/server/models/resolve-owning-team";
import { parseInput } from "@/lib/validation";
import { datasetSelect, type DatasetView } from "./dataset-view";

/** Registers a dataset (its governance facts live on its versions), owned by one of the caller's teams. */
export async function createDataset(principal: Principal, input: CreateDatasetInput): Promise<DatasetView> {
  requirePermission(principal, "datasets.write");
  const { teamId: requestedTeamId, ...fields } = parseInput(createDatasetSchema, input);
  const { id: teamId } = await resolveOwningTeam(principal, requestedTeamId);
  const taken = await db.dataset.findUnique({ where: { slug: fields.slug }, select: { id: true } });
  if (taken)
    throw conflict(`A dataset with the slug "${fields.slug}" already exists`, { slug: "Already taken" });

  return db.$transaction(async (tx) => {
    const dataset = await tx.dataset.create({
      data: { ...fields, teamId, createdById: principal.id },
      select: datasetSelect,
    });
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "dataset.created",
      entityType: "dataset",
      entityId: dataset.id,
      changes: { ...fields, teamId },
    });
    return dataset;
  });
}
