/**
 * Webhook secrets stored before they were encrypted (plain text in the column the migration renamed
 * to "encryptedSecret") are sealed with the key here, by the migrator right after the migrations run,
 * so no plain secret outlives a start. No "server-only": the migrator runs outside Next.
 */
import type pg from "pg";
import { isSealed, sealSecret } from "../../webhooks/secret-box";
import { webhookSecretKey } from "./secret-key";

export async function encryptLegacyWebhookSecrets(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ id: string; encryptedSecret: string }>(
    `SELECT id, "encryptedSecret" FROM "Webhook" WHERE "encryptedSecret" NOT LIKE 'v1:%'`,
  );
  const legacy = rows.filter((row) => !isSealed(row.encryptedSecret));
  for (const row of legacy)
    await client.query(`UPDATE "Webhook" SET "encryptedSecret" = $2 WHERE id = $1`, [
      row.id,
      sealSecret(webhookSecretKey(), row.encryptedSecret),
    ]);
  return legacy.length;
}
