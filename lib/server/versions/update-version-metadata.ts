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
 * 409 (after 404 and the ownership check, as API.md orders them). Audited as
 * `model_version.metadata_updated` with `{ field: { from, to } }`; no change writes nothing.
 */
export async function updateVersionMetadata(principal: Principal, id: string, input: UpdateVersionMetadataInput): Promise<VersionDetail> {
  requirePermission(principal, "versions.write");
  const patch = parseInput(updateVersionMetadataSchema, input);
  const current = await db.modelVersion.findUnique({
    where: { id },
    select: { id: true, tags: true, notes: true, model: { select: { teamId: true, createdById: true } } },
  });
  if (!current) throw notFound("The version");
  await requireOwnership(principal, current.model);
  requireOnlyMetadata(patch);

  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const tags = patch.tags && distinct(patch.tags);
  if (tags && tags.join("\u0000") !== current.tags.join("\u0000")) changes.tags = { from: current.tags, to: tags };
  if (patch.notes !== undefined && patch.notes !== current.notes) changes.notes = { from: current.notes, to: patch.notes };

  if (Object.keys(changes).length === 0) {
    return toVersionDetail(await db.modelVersion.findUniqueOrThrow({ where: { id }, select: versionDetailSelect }));
  }
  const row = await db.$transaction(async (tx) => {
    const updated = await tx.modelVersion.update({
      where: { id },
      data: { ...(changes.tags ? { tags } : {}), ...(changes.notes ? { notes: patch.notes } : {}) },
      select: versionDetailSelect,
    });
    await recordAudit(tx, {
      actor: { id: principal.id, email: principal.email },
      action: "model_version.metadata_updated",
      entityType: "model_version",
      entityId: id,
      changes,
    });
    return updated;
  });
  return toVersionDetail(row);
}

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
