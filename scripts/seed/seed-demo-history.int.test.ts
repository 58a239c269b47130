import { beforeAll, describe, expect, it } from "vitest";
import { listEntityEvents } from "@/lib/server/audit/list-entity-events";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { db } from "@/lib/server/db";
import { seedDemoDataIfEmpty } from "./seed-demo-data";

const DAY_MS = 86_400_000;

beforeAll(async () => {
  expect(await seedDemoDataIfEmpty(() => {})).toBe(true);
}, 60_000);

describe("the demo's history", () => {
  it("dates a version's change log when the story says, not when the seed ran", async () => {
    // support-assistant-eu v2: registered 90 days ago, promoted to production since
    const version = await db.modelVersion.findFirstOrThrow({
      where: { model: { slug: "support-assistant-eu" }, version: 2 },
      select: { id: true, createdAt: true },
    });
    expect(Date.now() - version.createdAt.getTime()).toBeGreaterThan(89 * DAY_MS);
    const { items } = await listEntityEvents("model_version", version.id);
    const registered = items.find((event) => event.action === "model_version.registered")!;
    expect(registered.occurredAt).toBe(version.createdAt.toISOString());
    const stageChanges = items.filter((event) => event.action === "model_version.stage_changed");
    expect(stageChanges.length).toBeGreaterThanOrEqual(2);
    for (const event of stageChanges) {
      expect(Date.parse(event.occurredAt)).toBeGreaterThan(version.createdAt.getTime());
      expect(Date.now() - Date.parse(event.occurredAt)).toBeGreaterThan(DAY_MS);
    }
  });

  it("dates every seeded record's event with the record: models, datasets, artifacts, policies, evaluations", async () => {
    const pairs = await db.$queryRaw<{ entityType: string; off: number }[]>`
      SELECT e."entityType", count(*)::int AS off FROM "AuditEvent" e
      LEFT JOIN "Model" m ON m.id = e."entityId"
      LEFT JOIN "DatasetVersion" dv ON dv.id = e."entityId"
      LEFT JOIN "Artifact" a ON a.id = e."entityId"
      LEFT JOIN "EvaluationRun" r ON r.id = e."entityId"
      LEFT JOIN "FairnessReport" f ON f.id = e."entityId"
      WHERE e."occurredAt" <> COALESCE(m."createdAt", dv."createdAt", a."createdAt", r."createdAt", f."createdAt")
        -- later changes of a model (its MLflow tags and aliases) carry their own times
        AND e.action NOT IN ('model.tag_set', 'model.alias_set')
      GROUP BY 1`;
    expect(pairs).toEqual([]);
    const recent = await db.auditEvent.count({
      where: {
        occurredAt: { gt: new Date(Date.now() - 60 * 60_000) },
        action: { not: "erasure_request.opened" },
      },
    });
    expect(recent).toBe(0);
  });

  it("reads in time order along the chain, and the chain verifies", async () => {
    const rows = await db.auditEvent.findMany({
      orderBy: { seq: "asc" },
      select: { seq: true, occurredAt: true },
    });
    rows.forEach((row, index) => {
      expect(row.seq).toBe(BigInt(index + 1));
      if (index > 0)
        expect(row.occurredAt.getTime()).toBeGreaterThanOrEqual(rows[index - 1]!.occurredAt.getTime());
    });
    expect(await verifyAuditChain()).toEqual({ ok: true, events: rows.length, firstBrokenAt: null });
  });
});
