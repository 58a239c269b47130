import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { ModelKind } from "@/generated/prisma/enums";
import type { Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { MlflowError } from "@/lib/mlflow/errors";
import type {
  createRegisteredModelMessage,
  renameRegisteredModelMessage,
  updateRegisteredModelMessage,
} from "@/lib/mlflow/messages";
import { firstFreeSlug, slugBase } from "@/lib/mlflow/slug";
import { PROMPT_MARKER } from "@/lib/mlflow/filter";
import { toWireRegisteredModel } from "@/lib/mlflow/wire";
import { distinctKeyTags } from "@/lib/schemas/key-tags";
import { toAppError } from "@/lib/server/http/with-api";
import { queryRows } from "@/lib/server/sql";
import { createModel } from "@/lib/server/models/create-model";
import { deleteModel } from "@/lib/server/models/delete-model";
import { updateModel } from "@/lib/server/models/update-model";
import type { z } from "zod";
import { alreadyExists, findModelByName, nameTaken } from "./lookup";
import { readRegisteredModels } from "./read-wire";

/** Tags that say how an MLflow registration maps onto the registry (docs/mlflow.md); kept as tags too. */
export const KIND_TAG = "registry.kind";
export const TEAM_TAG = "registry.team";

type Tag = { key: string; value: string };

function kindOf(tags: readonly Tag[]): ModelKind {
  const given = tags
    .find((t) => t.key === KIND_TAG)
    ?.value.trim()
    .toUpperCase();
  if (given === undefined) return ModelKind.FINE_TUNED;
  if (given in ModelKind) return given as ModelKind;
  throw new MlflowError(
    "INVALID_PARAMETER_VALUE",
    `Invalid value for tag '${KIND_TAG}': use one of ${Object.keys(ModelKind).join(", ")}`,
  );
}

/** A slug for a new model, derived from its MLflow name and free at the time of asking. */
async function freeSlug(name: string): Promise<string> {
  const base = slugBase(name);
  const pattern = `${base.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`;
  const taken = await queryRows<{ slug: string }>`
    SELECT slug FROM "Model" WHERE slug = ${base} OR slug LIKE ${pattern}`;
  return firstFreeSlug(base, new Set(taken.map((t) => t.slug)));
}

/** Tries of a slug before giving up: each one lost a race with another creation taking it. */
const SLUG_TRIES = 5;

/**
 * Creates under the slug derived from the name, or the next free one when it is taken. A slug can be
 * taken between the check and the write (pipelines registering at once: the unique index refuses
 * the later one). Then either the same name won, and the answer is MLflow's RESOURCE_ALREADY_EXISTS,
 * which `mlflow.register_model` expects and carries on from; or another name with the same slug
 * did, and the next free slug is tried.
 */
async function createWithFreeSlug<T>(name: string, create: (slug: string) => Promise<T>): Promise<T> {
  let slug = slugBase(name);
  for (let tries = 1; ; tries++) {
    try {
      return await create(slug);
    } catch (error) {
      if (!(toAppError(error)?.fields?.slug && tries < SLUG_TRIES)) throw error;
      if (await nameTaken(name)) throw alreadyExists(name);
      slug = await freeSlug(name);
    }
  }
}

/**
 * CreateRegisteredModel: a Model through the same service as POST /api/v1/models, its MLflow tags
 * written in the same transaction and recorded in its `model.created` event. The slug is first tried as
 * derived from the name, which is free unless a model was renamed; when taken, the next free one.
 */
export async function createRegisteredModel(
  principal: Principal,
  message: z.output<typeof createRegisteredModelMessage>,
) {
  const tags = distinctKeyTags(message.tags);
  if (tags.some((t) => t.key === PROMPT_MARKER && t.value.toLowerCase() === "true"))
    throw new MlflowError(
      "INVALID_PARAMETER_VALUE",
      "This registry keeps models, not prompts: register prompts in an MLflow server's prompt registry",
    );
  const kind = kindOf(tags);
  const teamTag = tags.find((t) => t.key === TEAM_TAG)?.value.trim() || undefined;
  const create = (slug: string) =>
    createModel(
      principal,
      { slug, name: message.name, kind, description: message.description ?? undefined },
      { teamSlugOrId: teamTag, takenName: alreadyExists, changes: { tags }, keyTags: tags },
    );
  const model = await createWithFreeSlug(message.name, create).catch((error: unknown) => {
    // The service asks for a teamId; an MLflow caller names the team in a tag.
    if (error instanceof AppError && error.fields?.teamId)
      throw new MlflowError(
        "INVALID_PARAMETER_VALUE",
        teamTag
          ? `Invalid value for tag '${TEAM_TAG}': no team "${teamTag}"`
          : `${error.fields.teamId.replace(/choose the owning( team|one)/, "name the owning team")} in the tag '${TEAM_TAG}' (its slug or id), or use a token made for that team`,
      );
    throw error;
  });
  return {
    registered_model: toWireRegisteredModel({
      name: model.name,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
      userId: model.createdBy.email,
      description: model.description,
      tags,
      aliases: [],
      latestVersions: [],
    }),
  };
}

export async function readRegisteredModel(name: string) {
  const model = await findModelByName(name);
  const [row] = await readRegisteredModels(Prisma.sql`m.id = ${model.id}`);
  if (!row) throw new MlflowError("RESOURCE_DOES_NOT_EXIST", `Registered Model with name=${name} not found`);
  return { registered_model: toWireRegisteredModel(row) };
}

/** UpdateRegisteredModel: the description, through the same service as PATCH /api/v1/models/{slug}. */
export async function updateRegisteredModel(
  principal: Principal,
  message: z.output<typeof updateRegisteredModelMessage>,
) {
  const model = await findModelByName(message.name);
  if (message.description !== undefined)
    await updateModel(principal, model.slug, { description: message.description ?? "" });
  return readRegisteredModel(message.name);
}

/** RenameRegisteredModel: the name changes, the slug (and every link to the model) stays. */
export async function renameRegisteredModel(
  principal: Principal,
  message: z.output<typeof renameRegisteredModelMessage>,
) {
  const model = await findModelByName(message.name);
  if (message.new_name !== message.name) {
    if (await nameTaken(message.new_name)) throw alreadyExists(message.new_name);
    await updateModel(principal, model.slug, { name: message.new_name });
  }
  return readRegisteredModel(message.new_name);
}

export async function deleteRegisteredModel(principal: Principal, name: string) {
  const model = await findModelByName(name);
  await deleteModel(principal, model.slug);
  return {};
}
