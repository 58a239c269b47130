/**
 * The migration of decision 011 on a database that already has a chain: the e-mails move to the side
 * table, nothing is re-hashed, and every old event still verifies with its own (scheme 1) rule.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { toJsonValue } from "@/lib/audit/canonical-json";
import { findFirstBrokenEvent, GENESIS_HASH, hashEvent, type StoredEvent } from "@/lib/audit/hash-chain";
import { listMigrations } from "../../scripts/lib/migrate";
import { databasePrefix, withDatabase } from "../support/database-urls";

const MIGRATION = "20261203070100_audit_personal_data_and_erasure_impact";
const adminUrl = inject("adminDatabaseUrl");
const upgradeDb = `${databasePrefix(inject("testRunId"))}upgrade`;

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

afterAll(() => withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${upgradeDb}`)));

describe(`migration ${MIGRATION}`, () => {
  it("moves the e-mails beside the chain and leaves every existing event verifying", async () => {
    await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE ${upgradeDb}`));
    const url = withDatabase(adminUrl, upgradeDb);
    const migrations = listMigrations();
    await withClient(url, async (client) => {
      for (const migration of migrations.filter((m) => m.name < MIGRATION)) await client.query(migration.sql);
      // a chain as the old code wrote it: the e-mail in the row and in the hash
      let prevHash = GENESIS_HASH;
      for (let seq = 1; seq <= 3; seq++) {
        const event = {
          id: randomUUID(),
          seq: String(seq),
          occurredAt: new Date(Date.UTC(2026, 10, seq)).toISOString(),
          actorId: seq === 3 ? null : `user-${seq}`,
          actorEmail: seq === 3 ? "system" : `person${seq}@test.local`,
          action: "model.created",
          entityType: "model",
          entityId: `model-${seq}`,
          changes: toJsonValue({ ratio: 0.19047619047619047, seq }),
        };
        const hash = hashEvent(prevHash, event);
        await client.query(
          `INSERT INTO "AuditEvent" (id, seq, "occurredAt", "actorId", "actorEmail", action, "entityType", "entityId", changes, "prevHash", hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)`,
          [
            event.id,
            seq,
            event.occurredAt,
            event.actorId,
            event.actorEmail,
            event.action,
            event.entityType,
            event.entityId,
            JSON.stringify(event.changes),
            prevHash,
            hash,
          ],
        );
        prevHash = hash;
      }
      await client.query(migrations.find((m) => m.name === MIGRATION)!.sql);

      const rows = (
        await client.query(`SELECT e.*, p."actorEmail" AS "keptEmail" FROM "AuditEvent" e
                            LEFT JOIN "AuditPersonalData" p ON p."eventId" = e.id ORDER BY e.seq`)
      ).rows as Record<string, unknown>[];
      expect(rows.map((row) => [row.scheme, row.keptEmail, "actorEmail" in row])).toEqual([
        [1, "person1@test.local", false],
        [1, "person2@test.local", false],
        [1, "system", false],
      ]);
      const stored: StoredEvent[] = rows.map((row) => ({
        id: row.id as string,
        seq: String(row.seq),
        occurredAt: (row.occurredAt as Date).toISOString(),
        actorId: row.actorId as string | null,
        actorEmail: row.keptEmail as string | null,
        action: row.action as string,
        entityType: row.entityType as string,
        entityId: row.entityId as string,
        changes: toJsonValue(row.changes),
        prevHash: row.prevHash as string,
        hash: row.hash as string,
      }));
      expect(findFirstBrokenEvent(stored).brokenId).toBeNull();
      const defaults = await client.query(
        `SELECT column_default FROM information_schema.columns WHERE table_name = 'AuditEvent' AND column_name = 'scheme'`,
      );
      expect(defaults.rows[0].column_default).toBe("2");
    });
  }, 60_000);
});
