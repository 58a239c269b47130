import "server-only";
import type { Stage } from "@/generated/prisma/client";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { downloadUri } from "@/lib/mlflow/download-uri";
import { MlflowError } from "@/lib/mlflow/errors";
import type {
  createModelVersionMessage,
  getLatestVersionsMessage,
  transitionStageMessage,
  updateModelVersionMessage,
} from "@/lib/mlflow/messages";
import { MLFLOW_STAGES, stageFromMlflow, toWireModelVersion } from "@/lib/mlflow/wire";
import { db } from "@/lib/server/db";
import { requestPromotion } from "@/lib/server/promotions/request-promotion";
import { requireOwnership } from "@/lib/server/registry/access";
import { deleteVersion } from "@/lib/server/versions/delete-version";
import { registerVersionOf } from "@/lib/server/versions/register-version";
import { updateVersionMetadata } from "@/lib/server/versions/update-version-metadata";
import type { z } from "zod";
import { findModelByName, findVersion } from "./lookup";
import { artifactsOrigin, readLatestVersions, readVersionById } from "./read-wire";

/** The tags transition-stage answers with: the promotion request it opened, and where that stands. */
export const REQUEST_ID_TAG = "registry.promotion_request_id";
export const REQUEST_STATUS_TAG = "registry.promotion_request_status";

/**
 * CreateModelVersion: the next version through the same service as POST /api/v1/models/{slug}/versions,
 * with where it came from (`source`, run, MLflow 3's `model_id`) and its tags in the same transaction.
 */
export async function createModelVersion(
  principal: Principal,
  message: z.output<typeof createModelVersionMessage>,
) {
  const model = await findModelByName(message.name);
  const origin = {
    sourceUri: message.source,
    runId: message.run_id || undefined,
    runLink: message.run_link || undefined,
    loggedModelId: message.model_id || undefined,
  };
  const created = await registerVersionOf(
    principal,
    model,
    { notes: message.description ?? undefined },
    { origin, keyTags: message.tags ?? [] },
  );
  return {
    model_version: toWireModelVersion({
      name: model.name,
      version: created.version,
      createdAt: created.createdAt,
      updatedAt: created.updatedAt,
      userId: principal.email,
      stage: created.stage,
      description: created.notes,
      source: origin.sourceUri,
      runId: origin.runId ?? null,
      runLink: origin.runLink ?? null,
      loggedModelId: origin.loggedModelId ?? null,
      tags: created.keyTags,
      aliases: created.aliases,
    }),
  };
}

export async function readModelVersion(name: string, version: number) {
  const found = await findVersion(name, version);
  return { model_version: toWireModelVersion(await readVersionById(found.id)) };
}

/** UpdateModelVersion: the description, through the same service as PATCH /api/v1/versions/{id}. */
export async function updateModelVersion(
  principal: Principal,
  message: z.output<typeof updateModelVersionMessage>,
) {
  const found = await findVersion(message.name, message.version);
  if (message.description !== undefined)
    await updateVersionMetadata(principal, found.id, { notes: message.description ?? "" });
  return { model_version: toWireModelVersion(await readVersionById(found.id)) };
}

export async function deleteModelVersion(principal: Principal, name: string, version: number) {
  const found = await findVersion(name, version);
  await deleteVersion(principal, found.id);
  return {};
}

export async function getDownloadUri(name: string, version: number) {
  const found = await findVersion(name, version);
  const row = await readVersionById(found.id);
  const uri = downloadUri(row, { artifactsOrigin: artifactsOrigin() });
  if (!uri)
    throw new MlflowError(
      "RESOURCE_DOES_NOT_EXIST",
      `Model Version (name=${name}, version=${version}) has no artifacts to download`,
    );
  return { artifact_uri: uri };
}

/** GetLatestVersions: the newest version of each stage asked for (every stage when none is). */
export async function getLatestVersions(message: z.output<typeof getLatestVersionsMessage>) {
  const model = await findModelByName(message.name);
  const stages = message.stages?.length
    ? message.stages.map((name) => {
        const stage = stageFromMlflow(name);
        if (!stage)
          throw new MlflowError(
            "INVALID_PARAMETER_VALUE",
            `Invalid Model Version stage: ${name}. Value must be one of ${Object.values(MLFLOW_STAGES).join(", ")}.`,
          );
        return stage;
      })
    : null;
  const latest = (await readLatestVersions([model.id], stages)).get(model.id) ?? [];
  return { model_versions: latest.map(toWireModelVersion) };
}

const pendingRequest = (versionId: string, toStage: Stage) =>
  db.promotionRequest.findFirst({
    where: { versionId, toStage, status: "PENDING" },
    select: { id: true, status: true },
  });

/**
 * TransitionModelVersionStage never moves a version: it opens a promotion request, judged by the
 * policies in force as any request is, and answers the version as it stands with the request's id and
 * status as tags. An enforced policy's refusal is PERMISSION_DENIED naming the failing rules.
 * `archive_existing_versions` says whether the current PRODUCTION version is archived on approval.
 */
export async function transitionStage(
  principal: Principal,
  message: z.output<typeof transitionStageMessage>,
) {
  const toStage = stageFromMlflow(message.stage);
  if (!toStage)
    throw new MlflowError(
      "INVALID_PARAMETER_VALUE",
      `Invalid Model Version stage: ${message.stage}. Value must be one of ${Object.values(MLFLOW_STAGES).join(", ")}.`,
    );
  const found = await findVersion(message.name, message.version);
  // Scripts repeat their transitions: to the stage the version is in, nothing is asked (MLflow's store
  // sets the stage again); while a request to that stage waits, the answer is that request. Both only
  // for whoever may ask for it (requestPromotion checks the same again for a new request).
  requirePermission(principal, "versions.promote");
  await requireOwnership(principal, found.model);
  if (found.stage === toStage) return { model_version: toWireModelVersion(await readVersionById(found.id)) };
  const request =
    (await pendingRequest(found.id, toStage)) ??
    (await requestPromotion(principal, found.id, {
      toStage,
      justification: `Requested through MLflow's transition-stage (to ${MLFLOW_STAGES[toStage]})`,
      ...(toStage === "PRODUCTION"
        ? { keepPreviousProduction: message.archive_existing_versions !== true }
        : {}),
    }));
  const row = await readVersionById(found.id);
  return {
    model_version: toWireModelVersion({
      ...row,
      tags: [
        ...row.tags.filter((t) => t.key !== REQUEST_ID_TAG && t.key !== REQUEST_STATUS_TAG),
        { key: REQUEST_ID_TAG, value: request.id },
        { key: REQUEST_STATUS_TAG, value: request.status },
      ],
    }),
  };
}
