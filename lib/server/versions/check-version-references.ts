import "server-only";
import { Prisma, type ModelKind } from "@/generated/prisma/client";
import { validationError, type FieldErrors } from "@/lib/errors";
import { parentRuleErrors } from "@/lib/lineage/parent-rules";
import type { RegisterVersionData } from "@/lib/schemas/versions";
import type { Tx } from "@/lib/server/db";
import { rowsOn } from "@/lib/server/sql";
import type { DatasetRef, ParentRef } from "./version-view";

export type VersionReferences = { parents: Map<string, ParentRef>; datasets: Map<string, DatasetRef> };

/**
 * The parents and dataset versions a registration names, as they will be shown beside it. Each is one
 * joined statement: Prisma reads a nested select as a second query after the first, and registration
 * is on the benchmark's hot path.
 */
export async function loadReferences(tx: Tx | null, data: RegisterVersionData): Promise<VersionReferences> {
  const parentIds = (data.parents ?? []).map((p) => p.versionId);
  const datasetIds = (data.datasets ?? []).map((d) => d.datasetVersionId);
  const [parents, datasets] = await Promise.all([
    parentIds.length
      ? rowsOn<ParentRef>(
          tx,
          Prisma.sql`
            SELECT v.id, v.version, json_build_object('slug', m.slug, 'name', m.name, 'kind', m.kind) AS model
            FROM "ModelVersion" v JOIN "Model" m ON m.id = v."modelId" WHERE v.id = ANY(${parentIds}::text[])`,
          { prepared: true },
        )
      : [],
    datasetIds.length
      ? rowsOn<DatasetRef>(
          tx,
          Prisma.sql`
            SELECT dv.id, dv.version, dv.label, dv."containsPersonalData",
                   json_build_object('id', d.id, 'slug', d.slug, 'name', d.name) AS dataset
            FROM "DatasetVersion" dv JOIN "Dataset" d ON d.id = dv."datasetId" WHERE dv.id = ANY(${datasetIds}::text[])`,
          { prepared: true },
        )
      : [],
  ]);
  return {
    parents: new Map(parents.map((p) => [p.id, p])),
    datasets: new Map(datasets.map((d) => [d.id, d])),
  };
}

/**
 * The checks of a registration body that need the database: parents and dataset versions must exist
 * (so lineage stays acyclic by construction), and the parents must fit the model's kind. All problems
 * come back in one 400, keyed like the body. `kind` is undefined when the model itself is missing:
 * the kind rules are skipped and the caller answers 404 next.
 */
export function requireValidReferences(
  data: RegisterVersionData,
  kind: ModelKind | undefined,
  refs: VersionReferences,
): void {
  const parents = data.parents ?? [];
  const missing: FieldErrors = {};
  parents.forEach((parent, index) => {
    if (!refs.parents.has(parent.versionId)) missing[`parents.${index}.versionId`] = "No such version";
  });
  (data.datasets ?? []).forEach((usage, index) => {
    if (!refs.datasets.has(usage.datasetVersionId))
      missing[`datasets.${index}.datasetVersionId`] = "No such dataset version";
  });
  const rules = kind
    ? parentRuleErrors({
        kind,
        hasAdapter: data.adapter !== undefined,
        parents: parents.map((parent) => ({
          relation: parent.relation,
          parentKind: refs.parents.get(parent.versionId)?.model.kind,
        })),
      })
    : {};
  const fields = { ...rules, ...missing };
  if (Object.keys(fields).length > 0) throw validationError(fields, "The version's references are not valid");
}
