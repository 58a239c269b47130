import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { MlflowError } from "@/lib/mlflow/errors";
import { toWireModelVersion } from "@/lib/mlflow/wire";
import { queryRows } from "@/lib/server/sql";
import { deleteAlias, setAlias } from "@/lib/server/models/aliases";
import { deleteKeyTag, setKeyTag } from "@/lib/server/models/key-tags";
import { findModelByName, findVersion } from "./lookup";
import { readVersionById } from "./read-wire";

export async function setRegisteredModelTag(principal: Principal, name: string, key: string, value: string) {
  const model = await findModelByName(name);
  await setKeyTag(principal, { entity: "model", id: model.id, owner: model }, { key, value });
  return {};
}

export async function deleteRegisteredModelTag(principal: Principal, name: string, key: string) {
  const model = await findModelByName(name);
  await deleteKeyTag(principal, { entity: "model", id: model.id, owner: model }, key);
  return {};
}

export async function setModelVersionTag(
  principal: Principal,
  name: string,
  version: number,
  key: string,
  value: string,
) {
  const found = await findVersion(name, version);
  await setKeyTag(principal, { entity: "model_version", id: found.id, owner: found.model }, { key, value });
  return {};
}

export async function deleteModelVersionTag(
  principal: Principal,
  name: string,
  version: number,
  key: string,
) {
  const found = await findVersion(name, version);
  await deleteKeyTag(principal, { entity: "model_version", id: found.id, owner: found.model }, key);
  return {};
}

export async function setRegisteredModelAlias(
  principal: Principal,
  name: string,
  alias: string,
  version: number,
) {
  const found = await findVersion(name, version);
  await setAlias(principal, found.model, alias, found.id);
  return {};
}

export async function deleteRegisteredModelAlias(principal: Principal, name: string, alias: string) {
  const model = await findModelByName(name);
  await deleteAlias(principal, model, alias);
  return {};
}

export async function getModelVersionByAlias(name: string, alias: string) {
  const model = await findModelByName(name);
  const [target] = await queryRows<{ versionId: string }>`
    SELECT "versionId" FROM "ModelAlias" WHERE "modelId" = ${model.id} AND alias = ${alias}`;
  // MLflow's own store answers an alias that is not set with INVALID_PARAMETER_VALUE; clients test for it.
  if (!target) throw new MlflowError("INVALID_PARAMETER_VALUE", `Registered model alias ${alias} not found.`);
  return { model_version: toWireModelVersion(await readVersionById(target.versionId)) };
}
