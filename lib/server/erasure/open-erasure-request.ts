import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { validationError } from "@/lib/errors";
import { createErasureRequestSchema, type CreateErasureRequestInput } from "@/lib/schemas/erasure";
import { recordAudit, type AuditActor } from "@/lib/server/audit/record-audit";
import { readImpact } from "@/lib/server/datasets/get-dataset-impact";
import { db, type Tx } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { readErasureRequest } from "./get-erasure-request";
import type { ErasureRequestView } from "./erasure-view";

export type OpenErasureParams = {
  actor: Extract<AuditActor, { id: string }>;
  input: CreateErasureRequestInput;
  now: Date;
};

/**
 * Opens a request inside the caller's transaction (the service and the demo seed decide who may): the
 * affected versions are the dataset impact query's answer at this moment (the versions trained or
 * validated on the dataset version, and all their descendants, in one recursive query), fixed on the
 * request so later lineage does not move the target. A request that reaches no version is complete
 * at once: there is nothing to decide.
 */
export async function openErasureRequest(tx: Tx, { actor, input, now }: OpenErasureParams) {
  const parsed = parseInput(createErasureRequestSchema, input);
  if (parsed.dueAt <= now) throw validationError({ dueAt: "The due date must lie ahead" });
  const datasetVersion = await tx.datasetVersion.findUnique({
    where: { id: parsed.datasetVersionId },
    select: { id: true, datasetId: true },
  });
  if (!datasetVersion) throw validationError({ datasetVersionId: "No dataset version has this id" });

  const impact = await readImpact(tx, datasetVersion.datasetId, datasetVersion.id);
  const complete = impact.length === 0;
  const request = await tx.erasureRequest.create({
    data: {
      subjectReference: parsed.subjectReference,
      datasetId: datasetVersion.datasetId,
      datasetVersionId: datasetVersion.id,
      reason: parsed.reason ?? "",
      status: complete ? "COMPLETED" : "OPEN",
      closedAt: complete ? now : null,
      requestedById: actor.id,
      dueAt: parsed.dueAt,
      createdAt: now,
      affected: {
        create: impact.map((row) => ({
          versionId: row.versionId,
          via: row.via === "direct" ? ("DIRECT" as const) : ("DESCENDANT" as const),
        })),
      },
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor,
    action: "erasure_request.opened",
    entityType: "erasure_request",
    entityId: request.id,
    occurredAt: now,
    changes: {
      // the subject reference is personal data: recordAudit keeps it out of the hashed event
      subjectReference: parsed.subjectReference,
      datasetId: datasetVersion.datasetId,
      datasetVersionId: datasetVersion.id,
      dueAt: parsed.dueAt,
      affected: impact.map((row) => ({
        versionId: row.versionId,
        via: row.via === "direct" ? "direct" : "descendant",
      })),
      status: complete ? "COMPLETED" : "OPEN",
    },
  });
  return request.id;
}

/** `POST /api/v1/erasure-requests`: compliance officers (`erasure.manage`); 400 for bad input, nothing stored. */
export async function createErasureRequest(
  principal: Principal,
  input: CreateErasureRequestInput,
): Promise<ErasureRequestView> {
  requirePermission(principal, "erasure.manage");
  parseInput(createErasureRequestSchema, input);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const id = await openErasureRequest(tx, { actor: principal, input, now });
    return readErasureRequest(tx, id, now);
  });
}
