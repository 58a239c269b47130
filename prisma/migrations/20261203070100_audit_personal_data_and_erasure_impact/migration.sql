-- CreateEnum
CREATE TYPE "ErasureVia" AS ENUM ('DIRECT', 'DESCENDANT');

-- CreateEnum
CREATE TYPE "ErasureDisposition" AS ENUM ('RETRAIN', 'RETIRE', 'NO_ACTION');

-- Every event written so far is scheme 1 (its hash covers the actor's e-mail); new events are scheme 2
-- (decision 011). Nothing is re-hashed: old events verify with their own rule.
ALTER TABLE "AuditEvent" ADD COLUMN "scheme" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "personalDigest" TEXT;
ALTER TABLE "AuditEvent" ALTER COLUMN "scheme" SET DEFAULT 2;

-- CreateTable
CREATE TABLE "AuditPersonalData" (
    "eventId" TEXT NOT NULL,
    "actorEmail" TEXT,
    "changes" JSONB,
    "salt" TEXT,

    CONSTRAINT "AuditPersonalData_pkey" PRIMARY KEY ("eventId")
);

-- The e-mails move out of the chain's table; the verifier reads a scheme-1 event's e-mail from here.
INSERT INTO "AuditPersonalData" ("eventId", "actorEmail")
SELECT id, "actorEmail" FROM "AuditEvent" WHERE "actorEmail" IS NOT NULL;

ALTER TABLE "AuditEvent" DROP COLUMN "actorEmail";

-- CreateTable
CREATE TABLE "ErasureAffectedVersion" (
    "requestId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "via" "ErasureVia" NOT NULL,
    "disposition" "ErasureDisposition",
    "reason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "promotionRequestId" TEXT,

    CONSTRAINT "ErasureAffectedVersion_pkey" PRIMARY KEY ("requestId","versionId")
);

-- CreateIndex
CREATE INDEX "AuditPersonalData_actorEmail_idx" ON "AuditPersonalData"("actorEmail");

-- CreateIndex
CREATE INDEX "ErasureAffectedVersion_versionId_idx" ON "ErasureAffectedVersion"("versionId");

-- AddForeignKey
ALTER TABLE "AuditPersonalData" ADD CONSTRAINT "AuditPersonalData_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "AuditEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErasureAffectedVersion" ADD CONSTRAINT "ErasureAffectedVersion_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ErasureRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErasureAffectedVersion" ADD CONSTRAINT "ErasureAffectedVersion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModelVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErasureAffectedVersion" ADD CONSTRAINT "ErasureAffectedVersion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
