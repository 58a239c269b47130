-- PEFT facts an adapter_config.json gives beyond rank, alpha, dropout and target modules, kept as
-- the file says them: rsLoRA, the task type, modules trained in full, the layers adapted, and the
-- per-module rank and alpha overrides.

-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "adapterAlphaPattern" JSONB,
ADD COLUMN     "adapterLayersPattern" TEXT[],
ADD COLUMN     "adapterLayersToTransform" INTEGER[],
ADD COLUMN     "adapterModulesToSave" TEXT[],
ADD COLUMN     "adapterRankPattern" JSONB,
ADD COLUMN     "adapterTaskType" TEXT,
ADD COLUMN     "adapterUseRslora" BOOLEAN;

