import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { PROMPT_MARKER, type Comparison, type FilterEntity } from "@/lib/mlflow/filter";
import type { OrderTerm } from "@/lib/mlflow/order-by";

/**
 * MLflow filter comparisons as SQL over `m` (Model) and `v` (ModelVersion). Every value is a bound
 * parameter; only the operators, taken from fixed lists, are SQL text. Tag comparisons are EXISTS
 * probes on the (key, value) index. As in MLflow's SQL store, a tag comparison matches only entities
 * that have the tag (`tags.env != 'prod'` skips untagged ones), except the prompt marker: MLflow 3's
 * client hides prompts with `tags.mlflow.prompt.is_prompt != 'true'`, which must keep every entity
 * without the marker.
 */
const STRING_OPS = { "=": "=", "!=": "<>", LIKE: "LIKE", ILIKE: "ILIKE" } as const;
const NUMBER_OPS = { "=": "=", "!=": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">=" } as const;

function tagCondition(entity: FilterEntity, c: Extract<Comparison, { kind: "tag" }>): Prisma.Sql {
  const probe = (valueOp: string) =>
    entity === "registered_model"
      ? Prisma.sql`EXISTS (SELECT 1 FROM "ModelKeyTag" t WHERE t."modelId" = m.id AND t.key = ${c.key} AND t.value ${Prisma.raw(valueOp)} ${c.value})`
      : Prisma.sql`EXISTS (SELECT 1 FROM "VersionKeyTag" t WHERE t."versionId" = v.id AND t.key = ${c.key} AND t.value ${Prisma.raw(valueOp)} ${c.value})`;
  return c.op === "!=" && c.key === PROMPT_MARKER ? Prisma.sql`NOT ${probe("=")}` : probe(STRING_OPS[c.op]);
}

function condition(entity: FilterEntity, c: Comparison): Prisma.Sql {
  switch (c.kind) {
    case "tag":
      return tagCondition(entity, c);
    case "name":
      return Prisma.sql`m.name ${Prisma.raw(STRING_OPS[c.op])} ${c.value}`;
    case "source_path":
      return Prisma.sql`v."sourceUri" ${Prisma.raw(STRING_OPS[c.op])} ${c.value}`;
    case "version_number":
      // As bigint: a number past the column's int range compares (and matches nothing), not overflows.
      return Prisma.sql`v.version ${Prisma.raw(NUMBER_OPS[c.op])} ${c.value}::bigint`;
    case "run_id":
      if ("values" in c)
        return c.op === "IN"
          ? Prisma.sql`v."runId" = ANY(${c.values}::text[])`
          : Prisma.sql`v."runId" <> ALL(${c.values}::text[])`;
      return Prisma.sql`v."runId" ${Prisma.raw(STRING_OPS[c.op])} ${c.value}`;
  }
}

export function whereOf(entity: FilterEntity, comparisons: readonly Comparison[]): Prisma.Sql {
  if (comparisons.length === 0) return Prisma.sql`TRUE`;
  return Prisma.join(
    comparisons.map((c) => condition(entity, c)),
    " AND ",
  );
}

const COLUMN_SQL = {
  registered_model: {
    name: Prisma.sql`m.name`,
    creation_timestamp: Prisma.sql`m."createdAt"`,
    last_updated_timestamp: Prisma.sql`m."updatedAt"`,
    version_number: Prisma.sql`m.name`,
  },
  model_version: {
    name: Prisma.sql`m.name`,
    version_number: Prisma.sql`v.version`,
    creation_timestamp: Prisma.sql`v."createdAt"`,
    last_updated_timestamp: Prisma.sql`v."updatedAt"`,
  },
} as const;

/** ORDER BY with a last tie-breaker on the id, so a page boundary never splits equal rows unpredictably. */
export function orderOf(entity: FilterEntity, terms: readonly OrderTerm[]): Prisma.Sql {
  const parts = terms.map(
    (term) => Prisma.sql`${COLUMN_SQL[entity][term.column]} ${Prisma.raw(term.descending ? "DESC" : "ASC")}`,
  );
  parts.push(entity === "registered_model" ? Prisma.sql`m.id ASC` : Prisma.sql`v.id ASC`);
  return Prisma.sql`ORDER BY ${Prisma.join(parts, ", ")}`;
}
