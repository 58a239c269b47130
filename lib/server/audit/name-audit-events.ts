import "server-only";
import { mentionedIds } from "@/lib/audit/mentioned-ids";
import type { AuditEventDto } from "@/lib/schemas/audit";
import { queryRows } from "@/lib/server/sql";
import { toAuditEventDto, type AuditEventRow } from "./audit-event-dto";

/**
 * Events as people read them: the actor by name, the entity by what it is (`support-bot v2`,
 * `adapter_model.safetensors of support-bot v2`, `support-tickets@3`), and the ids in `changes` named
 * too. Ids are unique across tables (cuids and UUIDs), so ONE query looks every id up in every table
 * it could belong to, whatever the page holds. A record that no longer exists keeps its raw id.
 */
export async function nameAuditEvents(rows: AuditEventRow[]): Promise<AuditEventDto[]> {
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.actorId) ids.add(row.actorId);
    ids.add(row.entityId);
    mentionedIds(row.changes, ids);
  }
  const names = await nameIds([...ids]);
  return rows.map((row) => toAuditEventDto(row, names));
}

async function nameIds(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; label: string }>`
    WITH wanted(id) AS (SELECT unnest(${ids}::text[])),
    -- inlined into each branch, so only the wanted rows are joined (materialised, it would read every version)
    versions AS NOT MATERIALIZED (
      SELECT v.id, m.slug || ' v' || v.version AS label
      FROM "ModelVersion" v JOIN "Model" m ON m.id = v."modelId"
    )
    SELECT u.id, u.name AS label FROM "User" u JOIN wanted USING (id)
    UNION ALL SELECT t.id, t.name FROM "Team" t JOIN wanted USING (id)
    UNION ALL SELECT m.id, m.slug FROM "Model" m JOIN wanted USING (id)
    UNION ALL SELECT v.id, v.label FROM versions v JOIN wanted USING (id)
    UNION ALL
      SELECT a.id, a.name || ' of ' || v.label
      FROM "Artifact" a JOIN wanted USING (id) JOIN versions v ON v.id = a."versionId"
    UNION ALL SELECT d.id, d.slug FROM "Dataset" d JOIN wanted USING (id)
    UNION ALL
      SELECT dv.id, d.slug || '@' || dv.version
      FROM "DatasetVersion" dv JOIN wanted USING (id) JOIN "Dataset" d ON d.id = dv."datasetId"
    UNION ALL SELECT p.id, p.name || ' (version ' || p.version || ')' FROM "Policy" p JOIN wanted USING (id)
    UNION ALL
      SELECT r.id, v.label || ' to ' || lower(r."toStage"::text)
      FROM "PromotionRequest" r JOIN wanted USING (id) JOIN versions v ON v.id = r."versionId"
    UNION ALL SELECT k.id, k.name FROM "ApiToken" k JOIN wanted USING (id)
    UNION ALL
      SELECT e.id, e.suite || ' on ' || v.label
      FROM "EvaluationRun" e JOIN wanted USING (id) JOIN versions v ON v.id = e."versionId"
    UNION ALL
      SELECT f.id, 'fairness by ' || f.attribute || ' of ' || v.label
      FROM "FairnessReport" f JOIN wanted USING (id) JOIN versions v ON v.id = f."versionId"
    UNION ALL
      SELECT l.id, p.label || ' → ' || c.label
      FROM "LineageEdge" l JOIN wanted USING (id)
      JOIN versions p ON p.id = l."parentId" JOIN versions c ON c.id = l."childId"
    UNION ALL SELECT al.id, al.title FROM "Alert" al JOIN wanted USING (id)
    UNION ALL SELECT w.id, 'webhook to ' || w.url FROM "Webhook" w JOIN wanted USING (id)`;
  return new Map(rows.map((row) => [row.id, row.label]));
}
