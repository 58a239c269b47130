import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { DatasetRole, RiskTier, Stage } from "@/generated/prisma/enums";
import { notFound } from "@/lib/errors";
import { MODEL_CARD_SECTIONS, sectionStatuses } from "@/lib/formats/model-card-sections";
import type { Evidence, EvidenceDrift, EvidenceFairness, EvidenceMetric } from "@/lib/policy/evidence";
import type { Db } from "@/lib/server/db";

const sectionStatus = z.enum(["present", "empty", "missing"]);
const recordedSectionsSchema = z.object(
  Object.fromEntries(MODEL_CARD_SECTIONS.map((s) => [s.key, sectionStatus])) as Record<
    (typeof MODEL_CARD_SECTIONS)[number]["key"],
    typeof sectionStatus
  >,
);

type VersionRow = {
  id: string;
  version: number;
  stage: Stage;
  modelName: string;
  riskTier: RiskTier;
  sections: unknown;
  markdown: string | null;
  parentId: string | null;
  parentVersion: number | null;
  parentModelName: string | null;
};
type MetricRow = EvidenceMetric & { versionId: string };
type DatasetRow = {
  datasetVersionId: string;
  slug: string;
  version: number;
  label: string | null;
  license: string | null;
  containsPersonalData: boolean;
  legalBasis: string | null;
  role: DatasetRole;
  via: "direct" | "ancestor";
};

// The version, its model, and its parent: the first parent edge in lineage order (createdAt, id).
const versionSql = (versionId: string) => Prisma.sql`
  SELECT v.id, v.version, v.stage, m.name AS "modelName", m."riskTier",
         v."modelCardSections" AS sections, v."modelCardMarkdown" AS markdown,
         p.id AS "parentId", p.version AS "parentVersion", pm.name AS "parentModelName"
  FROM "ModelVersion" v
  JOIN "Model" m ON m.id = v."modelId"
  LEFT JOIN LATERAL (
    SELECT e."parentId" FROM "LineageEdge" e WHERE e."childId" = v.id ORDER BY e."createdAt", e.id LIMIT 1
  ) first ON true
  LEFT JOIN "ModelVersion" p ON p.id = first."parentId"
  LEFT JOIN "Model" pm ON pm.id = p."modelId"
  WHERE v.id = ${versionId}`;

// The latest overall value of each (suite, metric) of the version and of its parent: the value from the
// newest run of the suite that reports the metric without a slice.
const metricsSql = (versionId: string, asOf: Date) => Prisma.sql`
  SELECT DISTINCT ON (r."versionId", r.suite, mv.name)
         r."versionId", r.suite, mv.name AS metric, mv.value, mv."higherIsBetter", r.id AS "runId",
         r."createdAt" AS "recordedAt"
  FROM "EvaluationRun" r
  JOIN "MetricValue" mv ON mv."runId" = r.id AND mv.slice IS NULL
  WHERE r."createdAt" <= ${asOf}
    AND r."versionId" IN (
      SELECT ${versionId}::text
      UNION ALL
      (SELECT e."parentId" FROM "LineageEdge" e WHERE e."childId" = ${versionId} ORDER BY e."createdAt", e.id LIMIT 1))
  ORDER BY r."versionId", r.suite, mv.name, r."createdAt" DESC, r.id DESC, mv.id`;

const fairnessSql = (versionId: string, asOf: Date) => Prisma.sql`
  SELECT DISTINCT ON (attribute) attribute, "demographicParityDifference", "disparateImpactRatio",
         "equalizedOddsDifference", id AS "reportId", "createdAt" AS "recordedAt"
  FROM "FairnessReport"
  WHERE "versionId" = ${versionId} AND "createdAt" <= ${asOf}
  ORDER BY attribute, "createdAt" DESC, id DESC`;

// metric::text: evidence lists metrics by name, as it did before the column became an enum.
const driftSql = (versionId: string, asOf: Date) => Prisma.sql`
  SELECT DISTINCT ON (feature, metric::text) feature, metric::text AS metric, value, "windowStart", "windowEnd"
  FROM "DriftObservation"
  WHERE "versionId" = ${versionId} AND "windowEnd" <= ${asOf}
  ORDER BY feature, metric::text, "windowEnd" DESC, "windowStart" DESC`;

// The version's own dataset versions and its ancestors' (through merges too: every parent edge), each
// once: its own use wins, then the first role (TRAIN before VALIDATION before EVAL). UNION, not UNION ALL,
// so a diamond is walked once and a cycle (refused on write) could not loop.
const datasetsSql = (versionId: string) => Prisma.sql`
  WITH RECURSIVE ancestors (id) AS (
    SELECT e."parentId" FROM "LineageEdge" e WHERE e."childId" = ${versionId}
    UNION
    SELECT e."parentId" FROM ancestors a JOIN "LineageEdge" e ON e."childId" = a.id
  ),
  usages AS (
    SELECT DISTINCT ON (u."datasetVersionId") u."datasetVersionId", u.role, u.via
    FROM (
      SELECT "datasetVersionId", role, 'direct' AS via FROM "DatasetUsage" WHERE "modelVersionId" = ${versionId}
      UNION ALL
      SELECT u."datasetVersionId", u.role, 'ancestor' FROM "DatasetUsage" u JOIN ancestors a ON a.id = u."modelVersionId"
    ) u
    ORDER BY u."datasetVersionId", u.via = 'ancestor', u.role
  )
  SELECT u."datasetVersionId", d.slug, dv.version, dv.label, d.license, dv."containsPersonalData",
         dv."legalBasis"::text AS "legalBasis", u.role, u.via
  FROM usages u
  JOIN "DatasetVersion" dv ON dv.id = u."datasetVersionId"
  JOIN "Dataset" d ON d.id = dv."datasetId"
  ORDER BY u.via = 'ancestor', d.slug, dv.version`;

const versionLabel = (modelName: string, version: number) => `${modelName} v${version}`;

/** The card's sections as recorded at registration, or read from its markdown; null without a card. */
function cardSections(row: VersionRow): Evidence["modelCard"] {
  const recorded = recordedSectionsSchema.safeParse(row.sections);
  if (recorded.success) return recorded.data;
  return row.markdown === null ? null : sectionStatuses(row.markdown);
}

/**
 * Everything the policy engine may look at for one version, as it stood at `asOf` (default now):
 * evaluation runs, fairness reports and artifacts created by then, drift windows ended by then. The
 * demo seed replays history with it; a promotion request reads it inside its transaction (hence the
 * client argument), so it is a few plain queries, run together.
 */
export async function gatherEvidence(
  client: Db,
  versionId: string,
  { asOf = new Date() }: { asOf?: Date } = {},
): Promise<Evidence> {
  const [[version], metrics, fairness, drift, artifacts, datasets] = await Promise.all([
    client.$queryRaw<VersionRow[]>(versionSql(versionId)),
    client.$queryRaw<MetricRow[]>(metricsSql(versionId, asOf)),
    client.$queryRaw<EvidenceFairness[]>(fairnessSql(versionId, asOf)),
    client.$queryRaw<EvidenceDrift[]>(driftSql(versionId, asOf)),
    client.artifact.findMany({
      where: { versionId, createdAt: { lte: asOf } },
      orderBy: [{ name: "asc" }],
      select: { name: true, format: true },
    }),
    client.$queryRaw<DatasetRow[]>(datasetsSql(versionId)),
  ]);
  if (!version) throw notFound("The version");

  const metricsOf = (id: string) =>
    metrics.filter((m) => m.versionId === id).map(({ versionId: _, ...m }) => m);
  return {
    version: {
      id: version.id,
      label: versionLabel(version.modelName, version.version),
      stage: version.stage,
      riskTier: version.riskTier,
    },
    parent:
      version.parentId === null
        ? null
        : {
            id: version.parentId,
            label: versionLabel(version.parentModelName!, version.parentVersion!),
            metrics: metricsOf(version.parentId),
          },
    metrics: metricsOf(version.id),
    fairness,
    drift,
    artifacts,
    modelCard: cardSections(version),
    datasets: datasets.map(({ slug, version: number, label, ...dataset }) => ({
      ...dataset,
      label: `${slug}@${label ?? `v${number}`}`,
    })),
  };
}
