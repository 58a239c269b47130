import "server-only";
import { Prisma, type ModelKind, type RiskTier } from "@/generated/prisma/client";
import type { KeyTag } from "@/lib/schemas/key-tags";
import { auditAppendCall, type AuditInput } from "@/lib/server/audit/record-audit";
import type { Tx } from "@/lib/server/db";
import { rowsOn } from "@/lib/server/sql";

export type ModelRow = {
  id: string;
  slug: string;
  name: string;
  kind: ModelKind;
  hfId?: string;
  baseFamily?: string;
  description?: string;
  license?: string;
  task?: string;
  riskTier: RiskTier;
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
 * Writes a model, its first key-value tags and its audit event in ONE statement, with no transaction
 * around it (decision 015): MLflow pipelines create a model per run, and each statement through Prisma
 * costs a round trip. The event is appended after the row is written (it reads the row's id), and a
 * failure anywhere leaves nothing. The unique indexes on slug and hfId still refuse a taken one.
 */
export async function insertModel(
  tx: Tx | null,
  row: ModelRow,
  keyTags: readonly KeyTag[],
  audit: AuditInput,
): Promise<InsertedModel> {
  const [inserted] = await rowsOn<InsertedModel>(
    tx,
    Prisma.sql`
    WITH model AS (
      INSERT INTO "Model" (id, slug, name, kind, "hfId", "baseFamily", description, license, task, "riskTier",
                           "intendedUse", "teamId", "createdById", "createdAt", "updatedAt")
      VALUES (${row.id}, ${row.slug}, ${row.name}, ${row.kind}::"ModelKind", ${row.hfId ?? null},
              ${row.baseFamily ?? null}, ${row.description ?? null}, ${row.license ?? null}, ${row.task ?? null},
              ${row.riskTier}::"RiskTier", ${row.intendedUse ?? null}, ${row.teamId}, ${row.createdById},
              ${row.createdAt}, ${row.createdAt})
      RETURNING id, slug, name, kind, "hfId", "baseFamily", description, license, task, "riskTier",
                "intendedUse", "createdAt", "updatedAt"
    ), key_tags AS (
      INSERT INTO "ModelKeyTag" ("modelId", key, value)
      SELECT ${row.id}, key, value
      FROM unnest(${keyTags.map((t) => t.key)}::text[], ${keyTags.map((t) => t.value)}::text[]) AS t(key, value)
    ), audit AS (
      SELECT a.hash FROM model m, LATERAL ${auditAppendCall(audit, Prisma.sql`m.id`)} a
    )
    SELECT model.* FROM model, audit`,
    { prepared: true },
  );
  return inserted!;
}
