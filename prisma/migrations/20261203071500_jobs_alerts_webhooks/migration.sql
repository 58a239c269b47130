-- AlterEnum: alerts raised by the queued checks beyond metric thresholds
ALTER TYPE "AlertKind" ADD VALUE 'PROMOTION';
ALTER TYPE "AlertKind" ADD VALUE 'ERASURE';
ALTER TYPE "AlertKind" ADD VALUE 'WEBHOOK';

-- AlterTable: what raised an alert, so one subject has one open alert
ALTER TABLE "Alert" ADD COLUMN "acknowledgedAt" TIMESTAMP(3),
ADD COLUMN "comment" TEXT,
ADD COLUMN "feature" TEXT NOT NULL DEFAULT '',
ADD COLUMN "rule" TEXT;
-- Alerts from before this migration name no rule: each keeps its own, so none collides with another.
UPDATE "Alert" SET "rule" = 'legacy/' || "id";
ALTER TABLE "Alert" ALTER COLUMN "rule" SET NOT NULL;

-- One OPEN or ACKNOWLEDGED alert per (version, rule, feature); alerts about no version (an overdue
-- erasure request, a failing webhook) compare their NULL version as equal.
CREATE UNIQUE INDEX "Alert_one_open_per_subject" ON "Alert" ("versionId", "rule", "feature") NULLS NOT DISTINCT
WHERE "status" <> 'RESOLVED';

-- AlterTable: the signing secret is kept encrypted. Rows from before hold the plain secret until the
-- migrator encrypts them with the key (scripts/lib/migrate.ts), right after this file runs.
ALTER TABLE "Webhook" RENAME COLUMN "secret" TO "encryptedSecret";
-- PostgreSQL 18 names NOT NULL constraints, and a renamed column keeps its old one (15 has none to rename).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'Webhook_secret_not_null') THEN
    ALTER TABLE "Webhook" RENAME CONSTRAINT "Webhook_secret_not_null" TO "Webhook_encryptedSecret_not_null";
  END IF;
END $$;
ALTER TABLE "Webhook" ADD COLUMN "disabledReason" TEXT;

-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN "eventId" TEXT;
UPDATE "WebhookDelivery" SET "eventId" = "id";
ALTER TABLE "WebhookDelivery" ALTER COLUMN "eventId" SET NOT NULL;

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "responseCode" INTEGER,
    "succeeded" BOOLEAN NOT NULL,
    "error" TEXT,

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WebhookAttempt_deliveryId_attempt_key" ON "WebhookAttempt"("deliveryId", "attempt");

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;
