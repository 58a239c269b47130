import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemoDataIfEmpty } from "./seed-demo-data";

describe("demo data, seeded again", () => {
  it("seeds an empty database", async () => {
    expect(await seedDemoDataIfEmpty(() => {})).toBe(true);
  }, 60_000);

  it("does nothing the second time", async () => {
    const before = { events: await db.auditEvent.count(), versions: await db.modelVersion.count() };
    expect(await seedDemoDataIfEmpty(() => {})).toBe(false);
    expect({ events: await db.auditEvent.count(), versions: await db.modelVersion.count() }).toEqual(before);
  });

  it("is deterministic: seeding the emptied database again gives the same slugs, counts and figures", async () => {
    const fingerprint = async (client: pg.Client) => {
      const one = async (sql: string) => (await client.query(sql)).rows;
      return {
        models: await one(`SELECT slug, kind FROM "Model" ORDER BY slug`),
        versions: await one(
          `SELECT m.slug, v.version, v.stage, v."codeCommit" FROM "ModelVersion" v JOIN "Model" m ON m.id = v."modelId" ORDER BY 1, 2`,
        ),
        datasets: await one(`SELECT slug FROM "Dataset" ORDER BY slug`),
        checksums: await one(`SELECT checksum FROM "DatasetVersion" ORDER BY checksum`),
        fairness: await one(
          `SELECT attribute, "demographicParityDifference", "disparateImpactRatio" FROM "FairnessReport" ORDER BY 2, 3`,
        ),
        drift: await one(
          `SELECT metric, count(*)::int AS n, round(sum(value)::numeric, 6) AS total FROM "DriftObservation" GROUP BY metric ORDER BY metric`,
        ),
        requests: await one(
          `SELECT status, count(*)::int AS n FROM "PromotionRequest" GROUP BY status ORDER BY status`,
        ),
        events: await one(
          `SELECT action, count(*)::int AS n FROM "AuditEvent" GROUP BY action ORDER BY action`,
        ),
      };
    };
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const first = await fingerprint(client);

    // Empty every table (the test database is this file's own) and seed again from scratch.
    const tables = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    await client.query(`TRUNCATE ${tables.rows.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
    expect(await seedDemoDataIfEmpty(() => {})).toBe(true);
    const second = await fingerprint(client);
    await client.end();
    expect(second).toEqual(first);
  }, 60_000);
});
