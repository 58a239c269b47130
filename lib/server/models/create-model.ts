import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict } from "@/lib/errors";
import { createModelSchema, type CreateModelInput } from "@/lib/schemas/models";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db, type Tx } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { modelSelect, type ModelView } from "./model-view";
import { resolveOwningTeam } from "./resolve-owning-team";

/**
 * What a caller adds to the creation: a check of its own, run beside the service's reads and answered
 * before them (the MLflow API's unique names); a write in the same transaction (its key-value tags); and
 * what the `model.created` event records about it.
 */
export type ModelCreationExtras = {
  check?: () => Promise<unknown>;
  changes?: Record<string, unknown>;
  write?: (tx: Tx, modelId: string) => Promise<unknown>;
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

  return db.$transaction(async (tx) => {
    // The team and creator are in hand: only the row's own columns come back (one statement, not three).
    const { team: _team, createdBy: _createdBy, ...columns } = modelSelect;
    const row = await tx.model.create({
      data: { ...fields, teamId, createdById: principal.id },
      select: columns,
    });
    const model: ModelView = {
      ...row,
      team: team.value,
      createdBy: { id: principal.id, name: principal.name, email: principal.email },
    };
    await extras.write?.(tx, model.id);
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "model.created",
      entityType: "model",
      entityId: model.id,
      changes: { ...fields, riskTier: model.riskTier, teamId, ...extras.changes },
    });
    return model;
  });
}

/** A friendly 409 naming the field; the unique indexes still catch a race (mapped to 409 by withApi). */
async function requireUnused(slug: string, hfId: string | undefined) {
  const taken = await db.model.findFirst({
    where: { OR: [{ slug }, ...(hfId ? [{ hfId }] : [])] },
    select: { slug: true, hfId: true },
  });
  if (!taken) return;
  if (taken.slug === slug)
    throw conflict(`A model with the slug "${slug}" already exists`, { slug: "Already taken" });
  throw conflict(`A model already mirrors the Hugging Face id "${hfId}"`, { hfId: "Already registered" });
}
