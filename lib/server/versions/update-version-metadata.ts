import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { distinct } from "@/lib/schemas/registry";
import {
  FLOW_VERSION_FIELDS,
  IMMUTABLE_VERSION_FIELDS,
  updateVersionMetadataSchema,
  type UpdateVersionMetadataInput,
} from "@/lib/schemas/versions";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db";
import { requireOwnership } from "@/lib/server/registry/access";
import { parseInput } from "@/lib/validation";
import { toVersionDetail, versionDetailSelect, type VersionDetail } from "./version-view";

/**
 * Changes what may change on a registered version: its tags and notes. Naming a registered fact answers
 * 409 (after 404 and the ownership check, as docs/api-conventions.md orders them). Audited as
 * `model_version.metadata_updated` with `{ field: { from, to } }`; no change writes nothing.
 */
export async function updateVersionMetadata(
  principal: Principal,
  id: string,
  input: UpdateVersionMetadataInput,
): Promise<VersionDetail> {
  requirePermission(principal, "versions.write");
  const patch = parseInput(updateVersionMetadataSchema, input);
  const owner = await db.modelVersion.findUnique({
    where: { id },
    select: { model: { select: { teamId: true, createdById: true } } },
  });
  if (!owner) throw notFound("The version");
  await requireOwnership(principal, owner.model);
  requireOnlyMetadata(patch);

  const tags = patch.tags && distinct(patch.tags);
  await db.$transaction(async (tx) => {
    // Compare against the locked row, so the logged `from` is what this change really replaced.
    const [current] = await tx.$queryRaw<{ tags: string[]; notes: string | null }[]>`
      SELECT tags, notes FROM "ModelVersion" WHERE id = ${id} FOR UPDATE`;
    if (!current) throw notFound("The version");
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (tags && tags.join("\u0000") !== current.tags.join("\u0000"))
      changes.tags = { from: current.tags, to: tags };
    if (patch.notes !== undefined && patch.notes !== current.notes)
      changes.notes = { from: current.notes, to: patch.notes };
    if (Object.keys(changes).length === 0) return;

    await tx.modelVersion.update({
      where: { id },
      data: { ...(changes.tags ? { tags } : {}), ...(changes.notes ? { notes: patch.notes } : {}) },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "model_version.metadata_updated",
      entityType: "model_version",
      entityId: id,
      changes,
    });
  });
  return readDetail(id);
}

// After commit, on the pool: a transaction's one connection would queue the select's parallel relation loads.
const readDetail = async (id: string) =>
  toVersionDetail(await db.modelVersion.findUniqueOrThrow({ where: { id }, select: versionDetailSelect }));

function requireOnlyMetadata(patch: Record<string, unknown>) {
  const immutable = IMMUTABLE_VERSION_FIELDS.filter((field) => patch[field] !== undefined);
  if (immutable.length > 0) {
    throw conflict(
      `Versions are immutable once registered: ${immutable.join(", ")} cannot change. Register a new version instead.`,
      Object.fromEntries(immutable.map((field) => [field, "Immutable once registered"])),
    );
  }
  const flows = FLOW_VERSION_FIELDS.filter((field) => patch[field] !== undefined);
  if (flows.length > 0) {
    throw conflict(
      `${flows.join(" and ")} change only through their own flow (a promotion request), not by editing the version`,
      Object.fromEntries(flows.map((field) => [field, "Changes through its own flow (a promotion request)"])),
    );
  }
}
