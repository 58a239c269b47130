-- AlterTable
ALTER TABLE "Policy" DROP COLUMN "onNewProduction",
DROP COLUMN "requiredApprovals",
ADD COLUMN     "changeNote" TEXT;

-- AlterTable
ALTER TABLE "PromotionRequest" ADD COLUMN     "emergencyOverride" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "keepPreviousProduction" BOOLEAN NOT NULL DEFAULT false;

-- DropEnum
DROP TYPE "PreviousProductionAction";

-- CreateIndex
CREATE INDEX "PromotionRequest_status_toStage_createdAt_id_idx" ON "PromotionRequest"("status", "toStage", "createdAt", "id");


-- Hand-written (Prisma's schema language has no partial indexes): at most one PENDING request per
-- version and target stage, held by the database so two racing requests cannot both open.
CREATE UNIQUE INDEX "PromotionRequest_one_pending_per_target" ON "PromotionRequest"("versionId", "toStage") WHERE "status" = 'PENDING';
