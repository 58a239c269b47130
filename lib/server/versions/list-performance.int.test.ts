/**
 * The benchmark's shape at service level: 100,000 versions under 2,000 models, every list filter timed
 * (p50/p95 over repeated calls) and its plan printed. Slow to seed, so it runs only on request:
 *   REGISTRY_PERF=1 npx vitest run --project integration lib/server/versions/list-performance.int.test.ts
 * (add REGISTRY_PERF_PLANS=1 for each query's EXPLAIN ANALYZE).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { listModels } from "@/lib/server/models/list-models";
import { createUser } from "@/tests/support/factories";
import { listVersions } from "./list-versions";
import { registerVersion } from "./register-version";

// The services' client, with query events, so each list's SQL can be explained as Prisma sent it.
const logged = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
  log: [{ emit: "event", level: "query" }],
});
const sent: { query: string; params: string }[] = [];
logged.$on("query", (event) => sent.push({ query: event.query, params: event.params }));
(globalThis as unknown as { prisma?: PrismaClient }).prisma ??= logged;

/** The plan of the main list query of one call (the one ordered by the keyset), as PostgreSQL ran it. */
async function planOf(run: () => Promise<unknown>, table: string) {
  sent.length = 0;
  await run();
  const main = sent.find((q) => q.query.includes(`FROM "public"."${table}"`) && q.query.includes("ORDER BY"));
  if (!main) return "(no list query)";
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const result = await client.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) ${main.query}`,
    JSON.parse(main.params) as unknown[],
  );
  await client.end();
  return result.rows.map((row) => `    ${row["QUERY PLAN"]}`).join("\n");
}

const MODELS = 2_000;
const VERSIONS_PER_MODEL = 50;
let reader: Principal;
let admin: Principal;

async function seed() {
  const { user, principal } = await createUser({ roles: ["LEADERSHIP"] });
  reader = principal;
  admin = (await createUser({ roles: ["ADMIN"] })).principal;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(
    `INSERT INTO "Team" (id, slug, name) SELECT 'team' || t, 'team-' || t, 'Team ' || t FROM generate_series(1, 10) t`,
  );
  await client.query(
    `INSERT INTO "Model" (id, slug, name, kind, "baseFamily", "riskTier", "teamId", "createdById", "createdAt", "updatedAt")
     SELECT 'model' || m, 'model-' || lpad(m::text, 5, '0'), 'Model ' || m,
            (ARRAY['BASE','ADAPTER','FINE_TUNED','MERGED','QUANTIZED'])[1 + m % 5]::"ModelKind",
            (ARRAY['llama','mistral','qwen','gemma','phi','falcon','mpt','bloom','gpt2','t5'])[1 + m % 10],
            (ARRAY['MINIMAL','LIMITED','HIGH'])[1 + m % 3]::"RiskTier",
            'team' || (1 + m % 10), $1, now() - (m || ' minutes')::interval, now()
     FROM generate_series(1, ${MODELS}) m`,
    [user.id],
  );
  await client.query(
    `INSERT INTO "ModelVersion" (id, "modelId", version, stage, tags, "createdById", "createdAt", "updatedAt")
     SELECT 'v' || m || '-' || v, 'model' || m, v,
            (CASE WHEN r < 85 THEN 'DEVELOPMENT' WHEN r < 93 THEN 'STAGING' WHEN r < 98 THEN 'PRODUCTION' ELSE 'ARCHIVED' END)::"Stage",
            CASE WHEN (m * v) % 997 = 0 THEN ARRAY['rare', 'tag-' || (v % 50)] ELSE ARRAY['tag-' || (v % 50), 'tag-' || (m % 50)] END,
            $1, now() - ((m * ${VERSIONS_PER_MODEL} + v) || ' seconds')::interval, now()
     -- r: a fixed pseudo-random percentage per version, so every run seeds the same stages
     FROM generate_series(1, ${MODELS}) m, generate_series(1, ${VERSIONS_PER_MODEL}) v, LATERAL (SELECT (m * 7919 + v * 104729) % 100 AS r) rand`,
    [user.id],
  );
  await client.query(`ANALYZE`);
  await client.end();
}

async function time(run: () => Promise<unknown>, runs = Number(process.env.REGISTRY_PERF_RUNS ?? 60)) {
  for (let i = 0; i < 5; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(runs * 0.5)]!, p95: samples[Math.floor(runs * 0.95)]! };
}

describe.runIf(process.env.REGISTRY_PERF === "1")("list performance at 100,000 versions", () => {
  beforeAll(seed, 300_000);

  it("keeps every version filter fast", async () => {
    expect(await db.modelVersion.count()).toBe(MODELS * VERSIONS_PER_MODEL);
    const deep = await listVersions(reader, { limit: 200 });
    const cases: Record<string, Parameters<typeof listVersions>[1]> = {
      "newest, no filter": {},
      "page 2": { cursor: deep.nextCursor! },
      "stage=PRODUCTION": { stage: "PRODUCTION" },
      "stage=ARCHIVED": { stage: "ARCHIVED" },
      "kind=ADAPTER": { kind: "ADAPTER" },
      "riskTier=HIGH": { riskTier: "HIGH" },
      "team=team-3": { team: "team-3" },
      "baseFamily=qwen": { baseFamily: "qwen" },
      "tag=rare": { tag: "rare" },
      "tag=tag-7": { tag: "tag-7" },
      "model=model-01234": { model: "model-01234" },
      "q=model-0123": { q: "model-0123" },
      "q=no-match": { q: "no-match" },
      "q=model-0 (half)": { q: "model-0" },
      "q=model (all)": { q: "model" },
      "kind+stage+tag": { kind: "FINE_TUNED", stage: "STAGING", tag: "tag-3" },
      "team+stage=PRODUCTION": { team: "team-5", stage: "PRODUCTION" },
    };
    // The floor on this machine at this moment: one round trip through the same client.
    const floor = await time(() => db.$queryRaw`SELECT 1`);
    const report = [
      `SELECT 1 (floor)                      p50 ${floor.p50.toFixed(1).padStart(6)} ms  p95 ${floor.p95.toFixed(1).padStart(6)} ms`,
    ];
    for (const [name, query] of Object.entries(cases)) {
      const { p50, p95 } = await time(() => listVersions(reader, query));
      report.push(
        `listVersions ${name.padEnd(24)} p50 ${p50.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms`,
      );
      if (process.env.REGISTRY_PERF_PLANS)
        report.push(await planOf(() => listVersions(reader, query), "ModelVersion"));
    }
    const modelCases: Record<string, Parameters<typeof listModels>[1]> = {
      newest: {},
      name: { sort: "name" },
      "stage=PRODUCTION": { stage: "PRODUCTION" },
      "q=model-01": { q: "model-01" },
      "kind+riskTier": { kind: "BASE", riskTier: "HIGH" },
    };
    for (const [name, query] of Object.entries(modelCases)) {
      const { p50, p95 } = await time(() => listModels(reader, query));
      report.push(
        `listModels   ${name.padEnd(24)} p50 ${p50.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms`,
      );
      if (process.env.REGISTRY_PERF_PLANS)
        report.push(await planOf(() => listModels(reader, query), "Model"));
    }
    console.log(report.join("\n"));
  }, 600_000);

  it("registers versions fast on a full registry", async () => {
    // Seeded kinds follow m % 5: 0 BASE, 1 ADAPTER, 2 FINE_TUNED. "v5-1" is version 1 of a BASE model.
    const bodies = [
      (m: number) => ({ slug: m * 5, body: { tags: ["bench"], codeCommit: "abcdef1" } }),
      (m: number) => ({
        slug: m * 5 + 2,
        body: {
          parents: [{ versionId: "v5-1", relation: "FINETUNED_FROM" as const }],
          hyperparameters: { lr: 1e-4, epochs: 3 },
        },
      }),
      (m: number) => ({
        slug: m * 5 + 1,
        body: {
          parents: [{ versionId: "v5-1", relation: "ADAPTER_OF" as const }],
          adapter: { type: "LORA" as const, rank: 16, alpha: 32, targetModules: ["q_proj", "v_proj"] },
        },
      }),
    ];
    let n = 0;
    const { p50, p95 } = await time(() => {
      const { slug, body } = bodies[n % 3]!(1 + (n++ % 399));
      return registerVersion(admin, `model-${String(slug).padStart(5, "0")}`, body);
    }, 300);
    console.log(
      `registerVersion (base, fine-tune, adapter) p50 ${p50.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms`,
    );
  }, 600_000);
});
