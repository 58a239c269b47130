/**
 * Promotion-workflow rows: a data scientist requesting DEVELOPMENT -> STAGING (every policy in force
 * judges the version: evidence gathered through its lineage and datasets, results frozen on the
 * request) and an officer approving it (the approval that moves the stage), over HTTP with tokens.
 * Two policies target STAGING so the engine really runs: an ENFORCE one the bench versions pass (licence
 * allow-list over their datasets, one approval) and a SHADOW one they fail (recorded, never blocking).
 */
import type { Prisma } from "@/generated/prisma/client";
import { rulesSchema } from "@/lib/policy/rules";
import { generateTokenSecret, hashTokenSecret } from "@/lib/server/auth/api-tokens";
import { db } from "@/lib/server/db";
import { DEFAULT_ITERATIONS, type BenchTable } from "./harness";

const WARMUP = 20;

const POLICIES = [
  {
    key: "bench-staging-gate",
    name: "Staging gate",
    mode: "ENFORCE",
    rules: [
      { id: "licences", kind: "dataset_license_allowlist", licenses: ["CC-BY-4.0", "MIT", "Apache-2.0"] },
      { id: "approvals", kind: "approvals_required", byRiskTier: { MINIMAL: 1, LIMITED: 1, HIGH: 1 } },
    ],
  },
  {
    key: "bench-staging-shadow",
    name: "Staging evidence (shadow)",
    mode: "SHADOW",
    rules: [
      { id: "accuracy", kind: "metric_min", suite: "bench-eval", metric: "accuracy", threshold: 0.8 },
      { id: "legal-basis", kind: "dataset_legal_basis" },
    ],
  },
] as const;

/** An officer with a token, the two policies, and one untouched DEVELOPMENT version per call. */
async function prepare(calls: number) {
  const secret = generateTokenSecret();
  const officer = await db.user.create({
    data: { email: "bench-officer@bench.local", name: "Bench officer", roles: ["COMPLIANCE_OFFICER"] },
    select: { id: true },
  });
  await db.apiToken.create({
    data: {
      userId: officer.id,
      name: "bench",
      tokenHash: hashTokenSecret(secret),
      prefix: secret.slice(0, 10),
      scopes: ["read", "write"],
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  for (const policy of POLICIES)
    await db.policy.create({
      data: {
        ...policy,
        version: 1,
        targetStage: "STAGING",
        enabled: true,
        rules: rulesSchema.parse(policy.rules) as Prisma.InputJsonValue,
        createdById: officer.id,
      },
    });
  // Chain versions (level >= 1): each has parents and datasets of its own and through its ancestors.
  const versions = await db.modelVersion.findMany({
    where: { stage: "DEVELOPMENT", version: { gt: 1 }, promotionRequests: { none: {} } },
    orderBy: { id: "asc" },
    take: calls,
    select: { id: true },
  });
  if (versions.length < calls)
    throw new Error(`only ${versions.length} DEVELOPMENT versions for ${calls} calls`);
  return { officerToken: secret, versionIds: versions.map((v) => v.id) };
}

function poster(baseUrl: string, token: string, expected: number) {
  return async (path: string, body: unknown): Promise<string> => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== expected)
      throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return text;
  };
}

export async function benchPromotions(table: BenchTable, baseUrl: string, scientistToken: string) {
  const calls = DEFAULT_ITERATIONS + WARMUP;
  const { officerToken, versionIds } = await prepare(calls);
  const request = poster(baseUrl, scientistToken, 201);
  const decide = poster(baseUrl, officerToken, 200);

  const requestIds: string[] = [];
  let next = 0;
  await table.measure(
    "request a promotion (DEVELOPMENT -> STAGING)",
    "HTTP",
    async () => {
      const body = await request(`/versions/${versionIds[next++]}/promotions`, {
        toStage: "STAGING",
        justification: "Benchmark: evaluated and ready for staging",
      });
      requestIds.push((JSON.parse(body) as { request: { id: string } }).request.id);
    },
    {
      warmup: WARMUP,
      note: "2 policies judged (lineage + datasets), results frozen, PENDING, 1 audit event",
    },
  );

  next = 0;
  await table.measure(
    "decide: approve (moves the stage)",
    "HTTP",
    () => decide(`/promotions/${requestIds[next++]}/decisions`, { decision: "APPROVE", comment: "ok" }),
    { warmup: WARMUP, note: "locks, approval, APPROVED, stage change, 3 audit events" },
  );
}
