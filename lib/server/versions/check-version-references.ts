import "server-only";
import { Prisma, type ModelKind } from "@/generated/prisma/client";
import { validationError, type FieldErrors } from "@/lib/errors";
import { parentRuleErrors } from "@/lib/lineage/parent-rules";
import type { RegisterVersionData } from "@/lib/schemas/versions";
import type { Tx } from "@/lib/server/db";
import { rowsOn } from "@/lib/server/sql";
import type { DatasetRef, ParentRef } from "./version-view";

/** An open erasure request a new version falls under, and how: trained on its data, or on a version that did. */
export type ErasureReach = { requestId: string; via: "DIRECT" | "DESCENDANT" };

export type VersionReferences = {
  parents: Map<string, ParentRef>;
  datasets: Map<string, DatasetRef>;
  /** Open erasure requests whose data the new version is built on (each once, DIRECT first). */
  erasures: ErasureReach[];
};

// Open erasure requests, read with the references in the same statement (registration is a hot path).
const OPEN_ERASURES_OF_DATASET_VERSION = Prisma.sql`
  COALESCE((SELECT array_agg(er.id) FROM "ErasureRequest" er
            WHERE er."datasetVersionId" = dv.id AND er.status IN ('OPEN', 'IN_PROGRESS')), '{}') AS "openErasures"`;
const OPEN_ERASURES_OF_VERSION = Prisma.sql`
  COALESCE((SELECT array_agg(ea."requestId") FROM "ErasureAffectedVersion" ea
            JOIN "ErasureRequest" er ON er.id = ea."requestId" AND er.status IN ('OPEN', 'IN_PROGRESS')
            WHERE ea."versionId" = v.id), '{}') AS "openErasures"`;

/**
 * The parents and dataset versions a registration names, as they will be shown beside it, and the open
 * erasure requests the new version will fall under through them. Each is one joined statement: Prisma
 * reads a nested select as a second query after the first, and registration is on the benchmark's hot
 * path.
 */
export async function loadReferences(tx: Tx | null, data: RegisterVersionData): Promise<VersionReferences> {
  const parentIds = (data.parents ?? []).map((p) => p.versionId);
  const datasetIds = (data.datasets ?? []).map((d) => d.datasetVersionId);
  type WithErasures<T> = T & { openErasures: string[] };
  const [parents, datasets] = await Promise.all([
    parentIds.length
      ? rowsOn<WithErasures<ParentRef>>(
          tx,
          Prisma.sql`
            SELECT v.id, v.version, json_build_object('slug', m.slug, 'name', m.name, 'kind', m.kind) AS model,
                   ${OPEN_ERASURES_OF_VERSION}
            FROM "ModelVersion" v JOIN "Model" m ON m.id = v."modelId" WHERE v.id = ANY(${parentIds}::text[])`,
          { prepared: true },
        )
      : [],
    datasetIds.length
      ? rowsOn<WithErasures<DatasetRef>>(
          tx,
          Prisma.sql`
            SELECT dv.id, dv.version, dv.label, dv."containsPersonalData",
                   json_build_object('id', d.id, 'slug', d.slug, 'name', d.name) AS dataset,
                   ${OPEN_ERASURES_OF_DATASET_VERSION}
            FROM "DatasetVersion" dv JOIN "Dataset" d ON d.id = dv."datasetId" WHERE dv.id = ANY(${datasetIds}::text[])`,
          { prepared: true },
        )
      : [],
  ]);
  const erasures = new Map<string, ErasureReach["via"]>();
  for (const { openErasures } of datasets) for (const id of openErasures) erasures.set(id, "DIRECT");
  for (const { openErasures } of parents)
    for (const id of openErasures) if (!erasures.has(id)) erasures.set(id, "DESCENDANT");
  return {
    parents: new Map(parents.map(({ openErasures: _, ...p }) => [p.id, p])),
    datasets: new Map(datasets.map(({ openErasures: _, ...d }) => [d.id, d])),
    erasures: [...erasures].map(([requestId, via]) => ({ requestId, via })),
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
