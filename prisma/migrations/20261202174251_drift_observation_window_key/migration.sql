-- The window key becomes the primary key and the table's only index: a synthetic id and a second
-- (versionId, windowStart) index cost a write each per row on bulk ingestion, and the key, ordered
-- version, windowStart, ..., serves the dashboard's range scan as that index did.

-- DropIndex
DROP INDEX "DriftObservation_versionId_windowStart_idx";

-- DropIndex
DROP INDEX "DriftObservation_versionId_feature_metric_windowStart_windo_key";

-- AlterTable
ALTER TABLE "DriftObservation" DROP CONSTRAINT "DriftObservation_pkey",
DROP COLUMN "id",
ADD CONSTRAINT "DriftObservation_pkey" PRIMARY KEY ("versionId", "windowStart", "windowEnd", "feature", "metric");

