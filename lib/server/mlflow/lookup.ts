import "server-only";
import type { Stage } from "@/generated/prisma/client";
import { MlflowError } from "@/lib/mlflow/errors";
import { queryPrepared } from "@/lib/server/sql";
import { OWNED_MODEL_COLUMNS, type OwnedModel } from "@/lib/server/versions/register-version";

export type NamedVersion = { id: string; version: number; stage: Stage; model: OwnedModel };

const modelMissing = (name: string) =>
  new MlflowError("RESOURCE_DOES_NOT_EXIST", `Registered Model with name=${name} not found`);

/**
 * The model an MLflow name addresses, with what registration needs of it (so a version is registered
 * on it without reading it again). MLflow names are unique; ours need not be (a name given through
 * /api/v1 or the UI may repeat), so a repeated name is refused with what to do rather than guessed at.
 */
export async function findModelByName(name: string): Promise<OwnedModel> {
  const rows = await queryPrepared<OwnedModel>`
    SELECT ${OWNED_MODEL_COLUMNS} FROM "Model" m WHERE m.name = ${name} LIMIT 2`;
  if (rows.length === 0) throw modelMissing(name);
  if (rows.length > 1)
    throw new MlflowError(
      "INVALID_PARAMETER_VALUE",
      `Several registry models are named "${name}": rename all but one in the registry to address it through MLflow`,
    );
  return rows[0]!;
}

/** Whether any model already carries the name (MLflow refuses a second one). */
export async function nameTaken(name: string): Promise<boolean> {
  const rows = await queryPrepared<unknown>`SELECT 1 FROM "Model" WHERE name = ${name} LIMIT 1`;
  return rows.length > 0;
}

export const alreadyExists = (name: string) =>
  new MlflowError("RESOURCE_ALREADY_EXISTS", `Registered Model (name=${name}) already exists.`);

/** A version by its model's name and its number, in one statement. */
export async function findVersion(name: string, version: number): Promise<NamedVersion> {
  const rows = await queryPrepared<
    OwnedModel & { versionId: string | null; version: number | null; stage: Stage | null }
  >`
    SELECT ${OWNED_MODEL_COLUMNS}, v.id AS "versionId", v.version, v.stage
    FROM "Model" m LEFT JOIN "ModelVersion" v ON v."modelId" = m.id AND v.version = ${version}
    WHERE m.name = ${name} LIMIT 2`;
  if (rows.length === 0) throw modelMissing(name);
  if (rows.length > 1) await findModelByName(name);
  const row = rows[0]!;
  if (!row.versionId)
    throw new MlflowError(
      "RESOURCE_DOES_NOT_EXIST",
      `Model Version (name=${name}, version=${version}) not found`,
    );
  const { versionId, version: number, stage, ...model } = row;
  return { id: versionId, version: number!, stage: stage!, model };
}
