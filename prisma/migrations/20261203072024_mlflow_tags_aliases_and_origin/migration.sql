-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "loggedModelId" TEXT,
ADD COLUMN     "runId" TEXT,
ADD COLUMN     "runLink" TEXT,
ADD COLUMN     "sourceUri" TEXT;

-- CreateTable
CREATE TABLE "ModelKeyTag" (
    "modelId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "ModelKeyTag_pkey" PRIMARY KEY ("modelId","key")
);

-- CreateTable
CREATE TABLE "VersionKeyTag" (
    "versionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "VersionKeyTag_pkey" PRIMARY KEY ("versionId","key")
);

-- CreateTable
CREATE TABLE "ModelAlias" (
    "modelId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelAlias_pkey" PRIMARY KEY ("modelId","alias")
);

-- CreateIndex
CREATE INDEX "ModelKeyTag_key_idx" ON "ModelKeyTag"("key");

-- CreateIndex
CREATE INDEX "VersionKeyTag_key_idx" ON "VersionKeyTag"("key");

-- CreateIndex
CREATE INDEX "ModelAlias_versionId_idx" ON "ModelAlias"("versionId");

-- CreateIndex
CREATE INDEX "ModelVersion_runId_idx" ON "ModelVersion"("runId");

-- CreateIndex
CREATE INDEX "ModelVersion_sourceUri_idx" ON "ModelVersion"("sourceUri");

-- AddForeignKey
ALTER TABLE "ModelKeyTag" ADD CONSTRAINT "ModelKeyTag_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionKeyTag" ADD CONSTRAINT "VersionKeyTag_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAlias" ADD CONSTRAINT "ModelAlias_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAlias" ADD CONSTRAINT "ModelAlias_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- MLflow's `name LIKE 'prefix%'` searches: an operator-class index serves a prefix match whatever the
-- database's collation (Prisma's schema cannot say it; tests/integration/migrations-match-schema lists it).
CREATE INDEX "Model_name_pattern_idx" ON "Model"("name" text_pattern_ops);
