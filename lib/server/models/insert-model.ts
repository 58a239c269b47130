import "server-only";
import { Prisma, type ModelKind, type RiskTier } from "@/generated/prisma/client";
import type { KeyTag } from "@/lib/schemas/key-tags";
import { newRowId, type Tx } from "@/lib/server/db";

export type ModelRow = {
  slug: string;
  name: string;
  kind: ModelKind;
  hfId?: string;
  baseFamily?: string;
  description?: string;
  license?: string;
  task?: string;
  /** the column's default when not given */
  riskTier?: RiskTier;
  intendedUse?: string;
  teamId: string;
  createdById: string;
  createdAt: Date;
};

/** The model's own columns, as ModelView shows them. */
export type InsertedModel = {
  id: string;
  slug: string;
  name: string;
  kind: ModelKind;
  hfId: string | null;
  baseFamily: string | null;
  description: string | null;
  license: string | null;
  task: string | null;
  riskTier: RiskTier;
  intendedUse: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * Writes a model and its first key-value tags in ONE statement (MLflow pipelines create a model per run,
 * and each statement through Prisma's query builder costs a round trip and a fresh compilation).
 * The unique indexes on slug and hfId still refuse a taken one.
 */
export async function insertModel(tx: Tx, row: ModelRow, keyTags: readonly KeyTag[]): Promise<InsertedModel> {
  const id = newRowId();
  const riskTier = row.riskTier ? Prisma.sql`${row.riskTier}::"RiskTier"` : Prisma.sql`DEFAULT`;
  const [inserted] = await tx.$queryRaw<InsertedModel[]>`
    WITH model AS (
      INSERT INTO "Model" (id, slug, name, kind, "hfId", "baseFamily", description, license, task, "riskTier",
                           "intendedUse", "teamId", "createdById", "createdAt", "updatedAt")
      VALUES (${id}, ${row.slug}, ${row.name}, ${row.kind}::"ModelKind", ${row.hfId ?? null},
              ${row.baseFamily ?? null}, ${row.description ?? null}, ${row.license ?? null}, ${row.task ?? null},
              ${riskTier}, ${row.intendedUse ?? null}, ${row.teamId}, ${row.createdById}, ${row.createdAt},
              ${row.createdAt})
      RETURNING id, slug, name, kind, "hfId", "baseFamily", description, license, task, "riskTier",
                "intendedUse", "createdAt", "updatedAt"
    ), key_tags AS (
      INSERT INTO "ModelKeyTag" ("modelId", key, value)
      SELECT ${id}, key, value
      FROM unnest(${keyTags.map((t) => t.key)}::text[], ${keyTags.map((t) => t.value)}::text[]) AS t(key, value)
    )
    SELECT * FROM model`;
  return inserted!;
}
