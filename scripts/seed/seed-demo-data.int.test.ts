import { beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { db } from "@/lib/server/db";
import { seedDemoDataIfEmpty } from "./seed-demo-data";

let seedMs = 0;

beforeAll(async () => {
  const startedAt = Date.now();
  expect(await seedDemoDataIfEmpty(() => {})).toBe(true);
  seedMs = Date.now() - startedAt;
  console.info(`[seed test] demo data seeded in ${seedMs} ms`);
}, 60_000);

describe("demo data", () => {
  it("is fast enough to seed on every fresh start", () => {
    // Measured 8-16 s on a shared 2-core machine at load 10-16: about 1,200 statements, 3.3 s of Node
    // CPU (most of it in Prisma). The bound only catches a gross regression such as per-row drift writes.
    expect(seedMs).toBeLessThan(45_000);
  });

  it("has versions in every stage, and lines of every kind", async () => {
    const stages = await db.modelVersion.groupBy({ by: ["stage"], _count: { _all: true } });
    expect(stages.map((s) => s.stage).sort()).toEqual(["ARCHIVED", "DEVELOPMENT", "PRODUCTION", "STAGING"]);
    const versionsOf = (kind: "BASE" | "FINE_TUNED" | "ADAPTER") =>
      db.modelVersion.count({ where: { model: { kind } } });
    expect(await db.model.count({ where: { kind: "BASE" } })).toBeGreaterThanOrEqual(3);
    expect(await versionsOf("FINE_TUNED")).toBeGreaterThanOrEqual(8);
    const fineTunedStages = await db.modelVersion.findMany({
      where: { model: { kind: "FINE_TUNED" } },
      select: { stage: true },
      distinct: ["stage"],
    });
    expect(fineTunedStages).toHaveLength(4);
    const owners = await db.model.findMany({
      select: { team: { select: { slug: true } } },
      distinct: ["teamId"],
    });
    expect(owners.map((o) => o.team.slug).sort()).toEqual(["applied-ml", "nlp-platform"]);
  });

  it("gives every adapter version exactly one ADAPTER_OF parent, on a base version", async () => {
    const adapters = await db.modelVersion.findMany({
      where: { model: { kind: "ADAPTER" } },
      select: {
        adapterType: true,
        adapterTargetModules: true,
        adapterTargetModulesRegex: true,
        parentEdges: {
          select: { relation: true, parent: { select: { model: { select: { kind: true } } } } },
        },
      },
    });
    expect(adapters.length).toBeGreaterThanOrEqual(4);
    for (const adapter of adapters) {
      expect(adapter.parentEdges).toHaveLength(1);
      expect(adapter.parentEdges[0]).toMatchObject({
        relation: "ADAPTER_OF",
        parent: { model: { kind: "BASE" } },
      });
      expect(adapter.adapterTargetModules.length > 0 || adapter.adapterTargetModulesRegex !== null).toBe(
        true,
      );
    }
    expect(new Set(adapters.map((a) => a.adapterType))).toEqual(new Set(["LORA", "QLORA", "DORA", "IA3"]));
    expect(adapters.some((a) => a.adapterTargetModulesRegex !== null)).toBe(true);
  });

  it("has a merge with at least two parents and a quantisation", async () => {
    const merges = await db.modelVersion.findMany({
      where: { model: { kind: "MERGED" } },
      select: { parentEdges: { select: { relation: true } } },
    });
    expect(merges.some((m) => m.parentEdges.filter((e) => e.relation === "MERGED_FROM").length >= 2)).toBe(
      true,
    );
    expect(
      await db.lineageEdge.count({
        where: { relation: "QUANTIZED_FROM", child: { model: { kind: "QUANTIZED" } } },
      }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("has datasets with and without personal data, and personal data always in a region", async () => {
    expect(await db.dataset.count()).toBeGreaterThanOrEqual(5);
    expect(await db.datasetVersion.count({ where: { containsPersonalData: true } })).toBeGreaterThan(0);
    expect(await db.datasetVersion.count({ where: { containsPersonalData: false } })).toBeGreaterThan(0);
    expect(
      await db.datasetVersion.count({
        where: {
          containsPersonalData: true,
          OR: [{ region: null }, { personalDataCategories: { isEmpty: true } }],
        },
      }),
    ).toBe(0);
    expect(await db.datasetUsage.groupBy({ by: ["role"], _count: { _all: true } })).toHaveLength(3);
  });

  it("audits every created entity in one verifiable chain", async () => {
    const audited = async (entityType: string) =>
      new Set(
        (
          await db.auditEvent.findMany({
            where: { entityType },
            select: { entityId: true },
            distinct: ["entityId"],
          })
        ).map((e) => e.entityId),
      );
    const expectAudited = async (entityType: string, ids: { id: string }[]) => {
      const seen = await audited(entityType);
      expect(ids.filter(({ id }) => !seen.has(id))).toEqual([]);
    };
    await expectAudited("model", await db.model.findMany({ select: { id: true } }));
    await expectAudited("model_version", await db.modelVersion.findMany({ select: { id: true } }));
    await expectAudited("dataset", await db.dataset.findMany({ select: { id: true } }));
    await expectAudited("dataset_version", await db.datasetVersion.findMany({ select: { id: true } }));
    await expectAudited("artifact", await db.artifact.findMany({ select: { id: true } }));
    await expectAudited("evaluation_run", await db.evaluationRun.findMany({ select: { id: true } }));
    await expectAudited("fairness_report", await db.fairnessReport.findMany({ select: { id: true } }));
    // A policy is audited under its key, the id its versions share.
    const policyKeys = await db.policy.findMany({ select: { key: true }, distinct: ["key"] });
    await expectAudited(
      "policy",
      policyKeys.map(({ key }) => ({ id: key })),
    );
    await expectAudited("promotion_request", await db.promotionRequest.findMany({ select: { id: true } }));
    await expectAudited("alert", await db.alert.findMany({ select: { id: true } }));
    await expectAudited("erasure_request", await db.erasureRequest.findMany({ select: { id: true } }));
    const actions = new Set(
      (await db.auditEvent.findMany({ select: { action: true }, distinct: ["action"] })).map((e) => e.action),
    );
    for (const action of [
      "policy.created",
      "policy.updated",
      "promotion.requested",
      "promotion.decision_recorded",
      "promotion.approved",
      "promotion.rejected",
      "promotion.withdrawn",
      "promotion.blocked",
      "model_version.stage_changed",
      "drift.observations_recorded",
    ]) {
      expect(actions).toContain(action);
    }
    expect(await verifyAuditChain()).toMatchObject({ ok: true, firstBrokenAt: null });
  });
});
