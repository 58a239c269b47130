-- The team a token creates models and datasets for when a creation names none (docs/mlflow.md).
ALTER TABLE "ApiToken" ADD COLUMN "teamId" TEXT;
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;
