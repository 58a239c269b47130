import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict } from "@/lib/errors";
import { createModelSchema, type CreateModelInput } from "@/lib/schemas/models";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { modelSelect, type ModelView } from "./model-view";
import { resolveOwningTeam } from "./resolve-owning-team";

/** Registers a model (a line of work) owned by one of the caller's teams. Audited as `model.created`. */
export async function createModel(principal: Principal, input: CreateModelInput): Promise<ModelView> {
  requirePermission(principal, "models.write");
  const data = parseInput(createModelSchema, input);
  const { teamId: requestedTeamId, ...fields } = data;
  const teamId = await resolveOwningTeam(principal, requestedTeamId);
  await requireUnused(fields.slug, fields.hfId);

  return db.$transaction(async (tx) => {
    const model = await tx.model.create({
      data: { ...fields, teamId, createdById: principal.id },
      select: modelSelect,
    });
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "model.created",
      entityType: "model",
      entityId: model.id,
      changes: { ...fields, riskTier: model.riskTier, teamId },
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
