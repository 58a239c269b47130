import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict, validationError } from "@/lib/errors";
import { createModelSchema, type CreateModelInput } from "@/lib/schemas/models";
import type { z } from "zod";
import type { AuditActor } from "@/lib/server/audit/record-audit";
import { newRowId, type Tx } from "@/lib/server/db";
import { queryRows } from "@/lib/server/sql";
import { parseInput } from "@/lib/validation";
import type { KeyTag } from "@/lib/schemas/key-tags";
import { insertModel } from "./insert-model";
import type { ModelView } from "./model-view";

type CreateModelData = z.output<typeof createModelSchema>;
import { resolveOwningTeam } from "./resolve-owning-team";

/**
 * What a caller adds to the creation: a check of its own, run beside the service's reads and answered
 * before them (the MLflow API's unique names); key-value tags written with the model; and what the
 * `model.created` event records about them.
 */
export type ModelCreationExtras = {
  check?: () => Promise<unknown>;
  changes?: Record<string, unknown>;
  keyTags?: readonly KeyTag[];
};

/** Registers a model (a line of work) owned by one of the caller's teams. Audited as `model.created`. */
export async function createModel(
  principal: Principal,
  input: CreateModelInput,
  extras: ModelCreationExtras = {},
): Promise<ModelView> {
  requirePermission(principal, "models.write");
  const data = parseInput(createModelSchema, input);
  const { teamId: requestedTeamId, ...fields } = data;
  // The reads at once; the answers still come in order: the caller's check, the team (400/403), the slug (409).
  const [check, team, unused] = await Promise.allSettled([
    extras.check?.(),
    resolveOwningTeam(principal, requestedTeamId),
    requireUnused(fields.slug, fields.hfId),
  ]);
  if (check.status === "rejected") throw check.reason;
  if (team.status === "rejected") throw team.reason;
  if (unused.status === "rejected") throw unused.reason;
  const teamId = team.value.id;

  const row = await storeModel(null, { actor: principal, fields, teamId, extras, now: new Date() });
  return {
    ...row,
    team: team.value,
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
  { actor, input, now }: { actor: AuditActor & { id: string }; input: CreateModelInput; now: Date },
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
    actor: AuditActor & { id: string };
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

/** A friendly 409 naming the field; the unique indexes still catch a race (mapped to 409 by withApi). */
async function requireUnused(slug: string, hfId: string | undefined) {
  const [taken] = await queryRows<{ slug: string; hfId: string | null }>`
    SELECT slug, "hfId" FROM "Model" WHERE slug = ${slug} OR "hfId" = ${hfId ?? null} LIMIT 1`;
  if (!taken) return;
  if (taken.slug === slug)
    throw conflict(`A model with the slug "${slug}" already exists`, { slug: "Already taken" });
  throw conflict(`A model already mirrors the Hugging Face id "${hfId}"`, { hfId: "Already registered" });
}
