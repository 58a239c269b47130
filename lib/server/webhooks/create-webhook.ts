import "server-only";
import { randomBytes } from "node:crypto";
import { requirePermission, type Principal } from "@/lib/auth/permissions";
import { validationError } from "@/lib/errors";
import { createWebhookSchema, type CreateWebhookInput } from "@/lib/schemas/webhooks";
import { recordAudit, type UserActor } from "@/lib/server/audit/record-audit";
import { db, type Tx } from "@/lib/server/db";
import { parseInput } from "@/lib/validation";
import { sealSecret } from "@/lib/webhooks/secret-box";
import { refuseTarget } from "@/lib/webhooks/target-address";
import { allowLocalTargets } from "./allow-local";
import { webhookSecretKey } from "./secret-key";
import { toWebhookView, webhookViewSelect, type WebhookView } from "./webhook-view";

export type CreatedWebhook = WebhookView & { secret: string };

/** An endpoint for the admin: its secret is returned here only; the database keeps it encrypted. */
export async function createWebhook(
  principal: Principal,
  input: CreateWebhookInput,
): Promise<CreatedWebhook> {
  requirePermission(principal, "admin.webhooks");
  return db.$transaction((tx) => storeWebhook(tx, { actor: principal, input, now: new Date() }));
}

/**
 * Validates, encrypts the new secret and stores the webhook with its `webhook.created` event, inside
 * the caller's transaction (the service above, the demo seed). The audit event names the URL and the
 * events, never the secret.
 */
export async function storeWebhook(
  tx: Tx,
  { actor, input, now }: { actor: UserActor; input: CreateWebhookInput; now: Date },
): Promise<CreatedWebhook> {
  const { url, events } = parseInput(createWebhookSchema, input);
  const refusal = refuseTarget(url, allowLocalTargets());
  if (refusal) throw validationError({ url: refusal });
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  const row = await tx.webhook.create({
    data: {
      url,
      events,
      encryptedSecret: sealSecret(webhookSecretKey(), secret),
      createdById: actor.id,
      createdAt: now,
    },
    select: webhookViewSelect,
  });
  await recordAudit(tx, {
    actor,
    action: "webhook.created",
    entityType: "webhook",
    entityId: row.id,
    changes: { url, events },
    occurredAt: now,
  });
  return { ...toWebhookView(row), secret };
}
