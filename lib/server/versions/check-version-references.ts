import "server-only";
import type { ModelKind } from "@/generated/prisma/client";
import { validationError, type FieldErrors } from "@/lib/errors";
import { parentRuleErrors } from "@/lib/lineage/parent-rules";
import type { RegisterVersionData } from "@/lib/schemas/versions";
import { db } from "@/lib/server/db";

/**
 * The checks of a registration body that need the database: parents and dataset versions must exist
 * (so lineage stays acyclic by construction), and the parents must fit the model's kind. All problems
 * come back in one 400, keyed like the body. `kind` is undefined when the model itself is missing:
 * the kind rules are skipped and the caller answers 404 next.
 */
export async function requireValidReferences(data: RegisterVersionData, kind: ModelKind | undefined): Promise<void> {
  const parents = data.parents ?? [];
  const usages = data.datasets ?? [];
  const [parentRows, datasetRows] = await Promise.all([
    parents.length
      ? db.modelVersion.findMany({ where: { id: { in: parents.map((p) => p.versionId) } }, select: { id: true, model: { select: { kind: true } } } })
      : [],
    usages.length
      ? db.datasetVersion.findMany({ where: { id: { in: usages.map((u) => u.datasetVersionId) } }, select: { id: true } })
      : [],
  ]);
  const parentKind = new Map(parentRows.map((row) => [row.id, row.model.kind]));
  const datasetIds = new Set(datasetRows.map((row) => row.id));

  const missing: FieldErrors = {};
  parents.forEach((parent, index) => {
    if (!parentKind.has(parent.versionId)) missing[`parents.${index}.versionId`] = "No such version";
  });
  usages.forEach((usage, index) => {
    if (!datasetIds.has(usage.datasetVersionId)) missing[`datasets.${index}.datasetVersionId`] = "No such dataset version";
  });
  const rules = kind
    ? parentRuleErrors({
        kind,
        hasAdapter: data.adapter !== undefined,
        parents: parents.map((parent) => ({ relation: parent.relation, parentKind: parentKind.get(parent.versionId) })),
      })
    : {};
  const fields = { ...rules, ...missing };
  if (Object.keys(fields).length > 0) throw validationError(fields, "The version's references are not valid");
}
