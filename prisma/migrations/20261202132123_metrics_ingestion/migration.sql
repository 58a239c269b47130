-- CreateEnum
CREATE TYPE "EvaluationSource" AS ENUM ('API', 'CSV', 'MODEL_INDEX', 'REGISTRATION');

-- CreateEnum
CREATE TYPE "DriftMetric" AS ENUM ('PSI', 'KS', 'KS_PVALUE', 'JS', 'WASSERSTEIN');

-- DropIndex
DROP INDEX "DriftObservation_versionId_feature_metric_windowStart_idx";

-- AlterTable
ALTER TABLE "EvaluationRun" ADD COLUMN     "datasetConfig" TEXT,
ADD COLUMN     "datasetName" TEXT,
ADD COLUMN     "datasetSplit" TEXT,
ADD COLUMN     "datasetType" TEXT,
ADD COLUMN     "source" "EvaluationSource" NOT NULL DEFAULT 'API',
ADD COLUMN     "taskName" TEXT,
ADD COLUMN     "taskType" TEXT;

-- AlterTable
ALTER TABLE "MetricValue" ADD COLUMN     "displayName" TEXT,
ADD COLUMN     "type" TEXT;

-- Hand-edited: a stored null (no group with both rates defined) is recomputed from the report's own
-- groups the way Fairlearn counts it, an undefined rate as 0, before the column becomes NOT NULL.
UPDATE "FairnessReport" r SET "equalizedOddsDifference" = (
  SELECT GREATEST(
    MAX(COALESCE((g->>'truePositiveRate')::float8, 0)) - MIN(COALESCE((g->>'truePositiveRate')::float8, 0)),
    MAX(COALESCE((g->>'falsePositiveRate')::float8, 0)) - MIN(COALESCE((g->>'falsePositiveRate')::float8, 0)))
  FROM jsonb_array_elements(r.groups) g)
WHERE "equalizedOddsDifference" IS NULL;

-- AlterTable
ALTER TABLE "FairnessReport" ADD COLUMN     "warnings" JSONB NOT NULL DEFAULT '[]',
ALTER COLUMN "equalizedOddsDifference" SET NOT NULL;

-- Hand-edited (Prisma would drop and re-add the column, losing every value): the text converts in
-- place; a value outside the enum fails the migration rather than being lost.
ALTER TABLE "DriftObservation" ALTER COLUMN "metric" TYPE "DriftMetric" USING "metric"::"DriftMetric";

-- A window observed twice before the key existed keeps its latest row, so the unique index can be built.
DELETE FROM "DriftObservation" d USING "DriftObservation" newer
WHERE d."versionId" = newer."versionId" AND d.feature = newer.feature AND d.metric = newer.metric
  AND d."windowStart" = newer."windowStart" AND d."windowEnd" = newer."windowEnd"
  AND (d."createdAt", d.id) < (newer."createdAt", newer.id);

-- CreateIndex
CREATE UNIQUE INDEX "DriftObservation_versionId_feature_metric_windowStart_windo_key" ON "DriftObservation"("versionId", "feature", "metric", "windowStart", "windowEnd");

