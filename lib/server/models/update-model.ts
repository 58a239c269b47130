import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { updateModelSchema, type UpdateModelInput } from "@/lib/schemas/models";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { requireOwnership } from "@/lib/server/registry/access";
import { parseInput } from "@/lib/validation";
import { EDITABLE_MODEL_FIELDS, modelSelect, type ModelView } from "./model-view";

type Change = { from: unknown; to: unknown };

/**
 * Changes a model's descriptive fields (never its kind or slug). Audited as `model.updated` with
 * `{ field: { from, to } }` for each field that really changed; a PATCH that changes nothing writes nothing.
 */
export async function updateModel(
  principal: Principal,
  slug: string,
  input: UpdateModelInput,
): Promise<ModelView> {
  requirePermission(principal, "models.write");
  const patch = parseInput(updateModelSchema, input);
  const current = await db.model.findUnique({
    where: { slug },
    select: { ...modelSelect, teamId: true, createdById: true },
  });
  if (!current) throw notFound(`The model "${slug}"`);
  await requireOwnership(principal, current);

  const changes: Record<string, Change> = {};
  for (const field of EDITABLE_MODEL_FIELDS) {
    const to = patch[field];
    if (to !== undefined && to !== current[field]) changes[field] = { from: current[field], to };
  }
  const { teamId: _teamId, createdById: _createdById, ...unchanged } = current;
  if (Object.keys(changes).length === 0) return unchanged;

  return db.$transaction(async (tx) => {
    const model = await tx.model.update({
      where: { id: current.id },
      data: Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to])),
      select: modelSelect,
    });
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "model.updated",
      entityType: "model",
      entityId: model.id,
      changes,
    });
    return model;
  });
}
