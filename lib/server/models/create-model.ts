import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict, validationError } from "@/lib/errors";
import { createModelSchema, type CreateModelInput } from "@/lib/schemas/models";
import type { z } from "zod";
import type { UserActor } from "@/lib/server/audit/record-audit";
import { newRowId, type Tx } from "@/lib/server/db";
import { queryPrepared } from "@/lib/server/sql";
import { parseInput } from "@/lib/validation";
import type { KeyTag } from "@/lib/schemas/key-tags";
import { insertModel } from "./insert-model";
import type { ModelView } from "./model-view";
import {
  defaultTeamReference,
  owningTeamCandidates,
  pickOwningTeam,
  type TeamCandidate,
  type TeamReference,
} from "./resolve-owning-team";

type CreateModelData = z.output<typeof createModelSchema>;

/**
 * What a caller adds to the creation: the owning team by slug or id instead of `teamId` (MLflow's
 * `registry.team` tag); a refusal of a name some model already carries (MLflow's names are unique, ours
 * need not be); key-value tags written with the model; and what the `model.created` event records
 * about them.
 */
export type ModelCreationExtras = {
  teamSlugOrId?: string;
  takenName?: (name: string) => Error;
  changes?: Record<string, unknown>;
  keyTags?: readonly KeyTag[];
};

type CreationFacts = {
  teams: TeamCandidate[];
  slugTaken: boolean;
  hfIdTaken: boolean;
  nameTaken: boolean;
};

/** Registers a model (a line of work) owned by one of the caller's teams. Audited as `model.created`. */
export async function createModel(
  principal: Principal,
  input: CreateModelInput,
  extras: ModelCreationExtras = {},
): Promise<ModelView> {
  requirePermission(principal, "models.write");
  const { teamId, ...fields } = parseInput(createModelSchema, input);
  const reference: TeamReference = extras.teamSlugOrId
    ? { slugOrId: extras.teamSlugOrId }
    : teamId
      ? { id: teamId }
      : defaultTeamReference(principal);
  // Everything the creation must know, in one statement. The answers come in a fixed order: the
  // caller's name, the team (400/403), then the slug and the Hugging Face id (409). The unique indexes
  // still catch a race (a 409 from toAppError).
  const [facts] = await queryPrepared<CreationFacts>`
    SELECT (SELECT COALESCE(json_agg(c), '[]'::json) FROM (${owningTeamCandidates(principal, reference)}) c) AS teams,
           EXISTS (SELECT 1 FROM "Model" WHERE slug = ${fields.slug}) AS "slugTaken",
           EXISTS (SELECT 1 FROM "Model" WHERE "hfId" = ${fields.hfId ?? null}) AS "hfIdTaken",
           ${Boolean(extras.takenName)}::boolean AND EXISTS (SELECT 1 FROM "Model" WHERE name = ${fields.name}) AS "nameTaken"`;
  if (facts!.nameTaken) throw extras.takenName!(fields.name);
  const team = pickOwningTeam(principal, reference, facts!.teams);
  if (facts!.slugTaken)
    throw conflict(`A model with the slug "${fields.slug}" already exists`, { slug: "Already taken" });
  if (facts!.hfIdTaken)
    throw conflict(`A model already mirrors the Hugging Face id "${fields.hfId}"`, {
      hfId: "Already registered",
    });

  const row = await storeModel(null, { actor: principal, fields, teamId: team.id, extras, now: new Date() });
  return {
    ...row,
    team,
    createdBy: { id: principal.id, name: principal.name, email: principal.email },
  };
}

/**
 * The same creation inside the caller's transaction, as of `now`, for a team the caller names: the body
 * is checked as createModel checks it, but not the role or team membership (the unique indexes still
 * refuse a taken slug). The demo seed writes its history through here.
 */
export async function createModelInTransaction(
  tx: Tx,
  { actor, input, now }: { actor: UserActor; input: CreateModelInput; now: Date },
) {
  const { teamId, ...fields } = parseInput(createModelSchema, input);
  if (!teamId) throw validationError({ teamId: "Name the owning team" });
  return storeModel(tx, { actor, fields, teamId, extras: {}, now });
}

/** The write: the row, its key-value tags and its `model.created` event, in one statement. */
async function storeModel(
  tx: Tx | null,
  {
    actor,
    fields,
    teamId,
    extras,
    now,
  }: {
    actor: UserActor;
    fields: Omit<CreateModelData, "teamId">;
    teamId: string;
    extras: ModelCreationExtras;
    now: Date;
  },
) {
  const id = newRowId();
  // The team and creator are in hand: only the row's own columns come back.
  return insertModel(
    tx,
    { ...fields, id, teamId, createdById: actor.id, createdAt: now },
    extras.keyTags ?? [],
    {
      actor: { id: actor.id, email: actor.email },
      action: "model.created",
      entityType: "model",
      entityId: id,
      changes: { ...fields, teamId, ...extras.changes },
      occurredAt: now,
    },
  );
}
