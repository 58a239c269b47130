-- CreateIndex
CREATE INDEX "Model_name_id_idx" ON "Model"("name", "id");

-- CreateIndex
CREATE INDEX "ModelVersion_modelId_createdAt_id_idx" ON "ModelVersion"("modelId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ModelVersion_modelId_stage_idx" ON "ModelVersion"("modelId", "stage");

