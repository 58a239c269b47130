"use server";

import { artifactReferenceSchema } from "@/lib/schemas/artifacts";
import { actionFailure } from "@/lib/action-result";
import { idSchema } from "@/lib/schemas/common";
import { promotionRequestSchema, stageOverrideSchema } from "@/lib/schemas/promotions";
import { updateVersionMetadataSchema } from "@/lib/schemas/versions";
import { registerArtifactReference } from "@/lib/server/artifacts/register-artifact-reference";
import { action } from "@/lib/server/http/action";
import { overrideStage } from "@/lib/server/promotions/override-stage";
import { requestPromotion } from "@/lib/server/promotions/request-promotion";
import { updateVersionMetadata } from "@/lib/server/versions/update-version-metadata";

const notAVersion = actionFailure("not_found", "The version was not found");

/** Bound to one version by the page (`.bind(null, id)`); the service checks role, ownership and the fields. */
export async function updateVersionMetadataAction(versionId: string, input: unknown) {
  if (!idSchema.safeParse(versionId).success) return notAVersion;
  return action(
    updateVersionMetadataSchema,
    { permission: "versions.write", revalidate: [`/versions/${versionId}`] },
    async (data, principal) => {
      await updateVersionMetadata(principal, versionId, data);
    },
  )(input);
}

export async function registerArtifactReferenceAction(versionId: string, input: unknown) {
  if (!idSchema.safeParse(versionId).success) return notAVersion;
  return action(
    artifactReferenceSchema,
    { permission: "versions.write", revalidate: [`/versions/${versionId}`] },
    async (data, principal) => {
      const artifact = await registerArtifactReference(principal, versionId, data);
      return { name: artifact.name };
    },
  )(input);
}

export async function requestPromotionAction(versionId: string, input: unknown) {
  if (!idSchema.safeParse(versionId).success) return notAVersion;
  return action(
    promotionRequestSchema,
    { permission: "versions.promote", revalidate: [`/versions/${versionId}`, "/approvals", "/"] },
    async (data, principal) => {
      const request = await requestPromotion(principal, versionId, data);
      return { id: request.id };
    },
  )(input);
}

export async function overrideStageAction(versionId: string, input: unknown) {
  if (!idSchema.safeParse(versionId).success) return notAVersion;
  return action(
    stageOverrideSchema,
    { permission: "stages.override", revalidate: [`/versions/${versionId}`, "/approvals", "/"] },
    async (data, principal) => {
      const request = await overrideStage(principal, versionId, data);
      return { id: request.id };
    },
  )(input);
}
